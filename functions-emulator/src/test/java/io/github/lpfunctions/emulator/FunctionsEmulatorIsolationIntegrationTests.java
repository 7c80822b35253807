package io.github.lpfunctions.emulator;

import java.io.IOException;
import java.net.ServerSocket;

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
