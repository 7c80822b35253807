package io.github.lpfunctions.sample.webflux;

import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import io.github.lpfunctions.client.ReactiveFunctionsOperations;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.emulator.test.FunctionsEmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "emulator in your own tests" example, reactive, run against the sample
 * with the {@code liveperson} profile: no in-process demo emulator, the connection comes
 * from the {@code liveperson.functions.*} properties, which {@link FunctionsEmulatorTest}
 * points at the test's emulator.
 */
@SpringBootTest
@ActiveProfiles("liveperson")
@FunctionsEmulatorTest
class LivePersonProfileIntegrationTests {

	static final String GREETING = "00000000-0000-4000-8000-00000000000a";

	@Autowired
	ReactiveFunctionsOperations functions;

	@Autowired
	FunctionsEmulator emulator;

	@Test
	void invokesTheGreeting() {
		this.emulator.functions().put(EmulatedFunction.returning(GREETING, Map.of("greeting", "Hi")));
		StepVerifier.create(this.functions.invokeByUuid(GREETING, Map.of("name", "Ada"), Map.class))
			.assertNext((result) -> assertThat(result.get("greeting")).isEqualTo("Hi"))
			.verifyComplete();
		RecordedRequest request = this.emulator.requests().withPathStartingWith("/api/account/123456/lambdas").get(0);
		assertThat(request.query()).isEqualTo("v=1&externalSystem=functions-sample-webflux");
	}

	@Test
	void theProfileStartsNoDemoEmulator(@Autowired ApplicationContext context) {
		assertThat(context.getBeansOfType(FunctionsEmulator.class)).containsOnlyKeys("functionsEmulator");
		assertThat(context.containsBean("emulatorConnectionDetails")).isFalse();
	}

}
