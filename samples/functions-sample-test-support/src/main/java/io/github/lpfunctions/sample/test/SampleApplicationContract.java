package io.github.lpfunctions.sample.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test: the sample starts as {@code spring-boot:run} starts it, with its in-process
 * emulator, and answers over HTTP. A sample extends it with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and its {@code DemoFunctions}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public abstract class SampleApplicationContract {

	private final DemoFunctionIds demo;

	@LocalServerPort
	private int port;

	@Autowired
	private FunctionsEmulator emulator;

	/**
	 * Create the contract of a sample.
	 * @param demoFunctions the sample's {@code DemoFunctions} ({@link DemoFunctionIds})
	 */
	protected SampleApplicationContract(Class<?> demoFunctions) {
		this.demo = DemoFunctionIds.of(demoFunctions);
	}

	@Test
	void startsWithTheInProcessEmulatorAndInvokesTheGreeting() {
		assertThat(this.emulator.isRunning()).isTrue();
		SampleClient.Response response = new SampleClient(this.port)
			.post("/functions/" + this.demo.greeting() + "/invoke", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("greeting").asString()).isEqualTo("Hello from LivePerson Functions!");
	}

}
