package io.github.lpfunctions.emulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The standalone emulator ({@code java -jar ...-exec.jar}), as its README describes it.
 */
@ExtendWith(OutputCaptureExtension.class)
class FunctionsEmulatorApplicationIntegrationTests {

	@Test
	void readsFunctionsEmulatorPropertiesButNotApplicationProperties() {
		try (ConfigurableApplicationContext context = FunctionsEmulatorApplication.run("--server.port=0")) {
			FunctionsEmulator emulator = FunctionsEmulator.of(context);
			assertThat(emulator.clientId()).isEqualTo("standalone-client");
			assertThat(emulator.accountId()).as("application.properties is not read").isEqualTo("123456");
			assertThat(emulator.functions().get("greeter").orElseThrow().result())
				.isEqualTo(Map.of("greeting", "hello"));
			assertThat(emulator.functions().get("greeter").orElseThrow().eventId()).isEqualTo("conversational_command");
			assertThat(emulator.functions().get("plain").orElseThrow().result()).as("a result that is not JSON")
				.isEqualTo("not json");
		}
	}

	@Test
	void logsThePropertiesThatPointAnApplicationAtIt(CapturedOutput output) {
		try (ConfigurableApplicationContext context = FunctionsEmulatorApplication.run("--server.port=0",
				"--functions.emulator.platform=v2", "--functions.emulator.users-without-invocation[bob]=b0b-pw")) {
			FunctionsEmulator emulator = FunctionsEmulator.of(context);
			assertThat(output).contains("LivePerson Functions emulator listening on " + emulator.baseUrl())
				.contains("liveperson.functions.account-id=123456")
				.contains("liveperson.functions.client-id=standalone-client")
				.contains("liveperson.functions.discovery.uri=" + emulator.baseUrl())
				.contains("liveperson.functions.platform=v2")
				.contains("Users who sign in on the login page and through the Login API: agent, "
						+ "bob (without FaaS-Invocation)")
				.doesNotContain("b0b-pw", "agent-password");
		}
	}

	@Test
	void systemPropertiesAreRead() {
		System.setProperty("functions.emulator.account-id", "from-system-property");
		try (ConfigurableApplicationContext context = FunctionsEmulatorApplication.run("--server.port=0")) {
			assertThat(FunctionsEmulator.of(context).accountId()).isEqualTo("from-system-property");
		}
		finally {
			System.clearProperty("functions.emulator.account-id");
		}
	}

	@Test
	void listensOn8787ByDefault() {
		assumeTrue(isFree(8787), "port 8787 is taken on this machine");
		try (ConfigurableApplicationContext context = FunctionsEmulatorApplication.run()) {
			assertThat(FunctionsEmulator.of(context).port()).isEqualTo(8787);
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
