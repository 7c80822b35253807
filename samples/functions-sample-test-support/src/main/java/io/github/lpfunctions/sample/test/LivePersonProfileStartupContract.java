package io.github.lpfunctions.sample.test;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With the {@code liveperson} profile and no {@code LP_*} environment variables, the
 * sample refuses to start and names the missing property. A sample extends it with its
 * application class.
 *
 * @author LivePerson Functions for Spring contributors
 */
public abstract class LivePersonProfileStartupContract {

	private final Class<?> application;

	/**
	 * Create the contract of a sample.
	 * @param application the sample's {@code @SpringBootApplication} class
	 */
	protected LivePersonProfileStartupContract(Class<?> application) {
		this.application = application;
	}

	@Test
	void missingAccountIsReportedByName() {
		assumeTrue(System.getenv("LP_ACCOUNT_ID") == null, "LP_ACCOUNT_ID is set in this environment");
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(this.application).profiles("liveperson")
				.properties("server.port=0")
				.run()
				.close())
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
				.contains("liveperson.functions.account-id"));
	}

}
