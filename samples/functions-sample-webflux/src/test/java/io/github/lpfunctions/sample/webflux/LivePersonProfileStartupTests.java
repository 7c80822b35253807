package io.github.lpfunctions.sample.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With the {@code liveperson} profile and no {@code LP_*} environment variables, the
 * sample refuses to start and names the missing property.
 */
class LivePersonProfileStartupTests {

	@Test
	void missingAccountIsReportedByName() {
		assumeTrue(System.getenv("LP_ACCOUNT_ID") == null, "LP_ACCOUNT_ID is set in this environment");
		assertThatException()
			.isThrownBy(
					() -> new SpringApplicationBuilder(FunctionsWebFluxSampleApplication.class).profiles("liveperson")
						.properties("server.port=0")
						.run()
						.close())
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
				.contains("liveperson.functions.account-id"));
	}

}
