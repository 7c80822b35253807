package io.github.lpfunctions.emulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionsEmulatorIsolationIntegrationTests {

	@Test
	void ignoresSystemPropertiesAndApplicationProperties() {
		System.setProperty("functions.emulator.client-id", "from-system-property");
		System.setProperty("server.port", "1");
		try (FunctionsEmulator emulator = FunctionsEmulator.start()) {
			assertThat(emulator.clientId()).isEqualTo("emulator-client");
			assertThat(emulator.accountId()).as("src/test/resources/application.properties is not read")
				.isEqualTo("123456");
			assertThat(emulator.port()).isNotEqualTo(1);
		}
		finally {
			System.clearProperty("functions.emulator.client-id");
			System.clearProperty("server.port");
		}
	}

	@Test
	void runsInsideAnApplicationStartedInAotMode() {
		// SpringApplication would otherwise look for the host's generated initializer
		// (here the test runner's), and load none of the emulator's configuration
		System.setProperty("spring.aot.enabled", "true");
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.function(EmulatedFunction.returning("0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d", Map.of("ok", true)))
			.start()) {
			HttpExchanges http = new HttpExchanges(emulator);
			HttpResponse<String> response = http.invoke("0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d", http.accessToken());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(HttpExchanges.json(response).get("ok").asBoolean()).isTrue();
		}
		finally {
			System.clearProperty("spring.aot.enabled");
		}
	}

	@Test
	void closeReleasesThePort() throws IOException {
		FunctionsEmulator emulator = FunctionsEmulator.start();
		int port = emulator.port();
		emulator.close();
		assertThat(emulator.isRunning()).isFalse();
		try (ServerSocket socket = new ServerSocket(port)) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

	@Test
	void twoEmulatorsRunSideBySide() {
		try (FunctionsEmulator first = FunctionsEmulator.start()) {
			try (FunctionsEmulator second = FunctionsEmulator.builder().accountId("other").start()) {
				assertThat(second.port()).isNotEqualTo(first.port());
			}
			HttpExchanges http = new HttpExchanges(first);
			assertThat(http.accessToken()).as("closing one emulator leaves the other running").isNotBlank();
		}
	}

}
