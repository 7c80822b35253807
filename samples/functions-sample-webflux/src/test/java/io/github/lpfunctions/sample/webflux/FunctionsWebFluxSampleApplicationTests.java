package io.github.lpfunctions.sample.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.sample.webflux.emulator.DemoFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test: the sample starts as {@code spring-boot:run} starts it, with its in-process
 * emulator, and answers over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FunctionsWebFluxSampleApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	FunctionsEmulator emulator;

	@Test
	void startsWithTheInProcessEmulatorAndInvokesTheGreeting() {
		assertThat(this.emulator.isRunning()).isTrue();
		SampleClient.Response response = new SampleClient(this.port)
			.post("/functions/" + DemoFunctions.GREETING + "/invoke", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("greeting").asString()).isEqualTo("Hello from LivePerson Functions!");
	}

}
