package io.github.lpfunctions.client.autoconfigure;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.lpfunctions.client.FaaSDetailedException;
import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The reliability properties reach the client: retries, retried invocations, the response
 * and request size limits and the deadline change what happens against the emulator's
 * faults.
 */
class FunctionsReliabilitySettingsIntegrationTests {

	private static final String UUID = "7f1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	@Test
	void readsAreRetriedOnTransientFailuresByDefault() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder().port(0).start();
				ConfigurableApplicationContext context = start(emulator)) {
			emulator.faults().failNextGatewayRequests(2, 503);
			assertThat(functions(context).isImplemented("conversational_command")).isFalse();
			assertThat(gatewayRequests(emulator, "/isImplemented")).isEqualTo(3);
		}
	}

	@Test
	void maxAttemptsOfOneSwitchesRetriesOff() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder().port(0).start();
				ConfigurableApplicationContext context = start(emulator, "liveperson.functions.retry.max-attempts=1")) {
			emulator.faults().failNextGatewayRequests(1, 503);
			assertThatExceptionOfType(FaaSDetailedException.class)
				.isThrownBy(() -> functions(context).isImplemented("conversational_command"))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
			assertThat(gatewayRequests(emulator, "/isImplemented")).isEqualTo(1);
		}
	}

	@Test
	void anEmptyRetryBudgetStopsRetries() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder().port(0).start();
				ConfigurableApplicationContext context = start(emulator, "liveperson.functions.retry.budget=0")) {
			emulator.faults().failNextGatewayRequests(1, 503);
			assertThatExceptionOfType(FaaSDetailedException.class)
				.isThrownBy(() -> functions(context).isImplemented("conversational_command"));
			assertThat(gatewayRequests(emulator, "/isImplemented")).isEqualTo(1);
		}
	}

	@Test
	void invocationsAreRetriedOnlyWhenDeclaredIdempotent() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.port(0)
			.function(EmulatedFunction.echo(UUID))
			.start();
				ConfigurableApplicationContext safe = start(emulator);
				ConfigurableApplicationContext idempotent = start(emulator,
						"liveperson.functions.retry.invocations=true")) {
			emulator.faults().failNextGatewayRequests(1, 503);
			assertThatExceptionOfType(FaaSDetailedException.class)
				.isThrownBy(() -> functions(safe).invokeByUuid(UUID, Map.of("n", 1)));
			assertThat(gatewayRequests(emulator, "/invoke")).isEqualTo(1);

			emulator.faults().failNextGatewayRequests(1, 503);
			functions(idempotent).invokeByUuid(UUID, Map.of("n", 2));
			assertThat(gatewayRequests(emulator, "/invoke")).isEqualTo(3);
		}
	}

	@Test
	void responsesAreBoundedByMaxResponseSize() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.port(0)
			.function(EmulatedFunction.returning(UUID, "x".repeat(4096)))
			.start();
				ConfigurableApplicationContext context = start(emulator,
						"liveperson.functions.max-response-size=1KB")) {
			assertThatExceptionOfType(FaaSException.class)
				.isThrownBy(() -> functions(context).invokeByUuid(UUID, null, String.class))
				.withMessageContaining("exceeds the limit of 1024 bytes");
		}
	}

	@Test
	void requestsAreBoundedByMaxRequestSize() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.port(0)
			.function(EmulatedFunction.echo(UUID))
			.start();
				ConfigurableApplicationContext context = start(emulator, "liveperson.functions.max-request-size=1KB")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> functions(context).invokeByUuid(UUID, Map.of("text", "x".repeat(1024))))
				.withMessageContaining("request body of 1086 bytes")
				.withMessageContaining("limit of 1024 bytes set by 'maxRequestBytes'");
			assertThat(emulator.requests().all()).isEmpty();
			functions(context).invokeByUuid(UUID, Map.of("text", "x".repeat(512)));
			assertThat(gatewayRequests(emulator, "/invoke")).isOne();
		}
	}

	@Test
	void callsEndWithinTheConfiguredTimeout() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.port(0)
			.function(EmulatedFunction.echo(UUID))
			.start(); ConfigurableApplicationContext context = start(emulator, "liveperson.functions.timeout=1s")) {
			functions(context).invokeByUuid(UUID, null);
			emulator.faults().gatewayLatency(Duration.ofSeconds(5));
			long start = System.nanoTime();
			assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> functions(context).invokeByUuid(UUID, null))
				.withMessageContaining("timed out");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
	}

	private static ConfigurableApplicationContext start(FunctionsEmulator emulator, String... properties) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(FunctionsTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.application.name=reliability", "spring.main.banner-mode=off",
					"liveperson.functions.retry.base-delay=10ms", "liveperson.functions.retry.max-delay=50ms")
			.properties(new HashMap<String, Object>(emulator.properties()))
			.properties(properties);
		return builder.run();
	}

	private static FunctionsOperations functions(ConfigurableApplicationContext context) {
		return context.getBean(FunctionsOperations.class);
	}

	private static long gatewayRequests(FunctionsEmulator emulator, String pathSuffix) {
		return emulator.requests().matching((request) -> request.path().endsWith(pathSuffix)).size();
	}

}
