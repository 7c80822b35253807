package io.github.lpfunctions.sample.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.sample.support.emulator.DemoFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test: the sample starts as {@code spring-boot:run} starts it, with its in-process
 * emulator, and answers over HTTP. A sample extends it with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}; the emulator deploys the shared
 * {@link DemoFunctions}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public abstract class SampleApplicationContract {

	@LocalServerPort
	private int port;

	@Autowired
	private FunctionsEmulator emulator;

	/**
	 * Create the contract of a sample.
	 */
	protected SampleApplicationContract() {
	}

	@Test
	void startsWithTheInProcessEmulatorAndInvokesTheGreeting() {
		assertThat(this.emulator.isRunning()).isTrue();
		SampleClient.Response response = new SampleClient(this.port)
			.post("/functions/" + DemoFunctions.GREETING + "/invoke", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("greeting").asString()).isEqualTo("Hello from LivePerson Functions!");
	}

}
