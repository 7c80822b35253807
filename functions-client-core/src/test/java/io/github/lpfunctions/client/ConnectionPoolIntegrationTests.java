package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The default connector's bounded pool at the wire: a call that finds every connection
 * busy waits for one within its deadline, then ends with the call's typed timeout,
 * without having been sent.
 */
class ConnectionPoolIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private FunctionsEmulator liveperson;

	@BeforeEach
	void start() {
		this.liveperson = Emulators.start();
	}

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void aCallThatGetsNoConnectionEndsAtItsDeadlineWithTheTypedTimeoutAndIsNeverSent() throws Exception {
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(this.liveperson).maxConnections(1).build();
		try {
			// discovery and the token, cached from here on, over the only connection; the
			// first call of a JVM may need long for class loading
			template.invokeByUuid(Emulators.UUID, null, options(Duration.ofSeconds(30)), MAP)
				.block(Duration.ofSeconds(40));
			RequestCapture invocations = this.liveperson.faults().capture(Endpoint.INVOKE);
			this.liveperson.faults()
				.respondNext(Endpoint.INVOKE, json(200, "{\"late\":true}").delayedBy(Duration.ofSeconds(3)));
			CompletableFuture<Map<String, Object>> holder = template
				.invokeByUuid(Emulators.UUID, null, options(Duration.ofSeconds(30)), MAP)
				.toFuture();
			await().atMost(Duration.ofSeconds(10)).until(() -> invocations.count() == 1);

			assertThatExceptionOfType(FaaSException.class)
				.isThrownBy(() -> template.invokeByUuid(Emulators.UUID, null, options(Duration.ofMillis(500)), MAP)
					.block(Duration.ofSeconds(30)))
				.withMessageContaining("Invocation of function " + Emulators.UUID)
				.withMessageContaining("timed out: no answer within PT0.5S");
			// it ended while the only connection still carried the other call, unsent
			assertThat(holder).isNotDone();
			assertThat(invocations.count()).isEqualTo(1);
			assertThat(holder.get(30, TimeUnit.SECONDS)).containsEntry("late", true);
		}
		finally {
			template.close();
		}
	}

	@Test
	void rejectsAPoolWithoutConnectionsBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Emulators.templateBuilder(this.liveperson).maxConnections(0).build())
			.withMessage("'maxConnections' must be positive but was 0");
		assertThat(this.liveperson.requests().all()).isEmpty();
	}

	private static InvocationOptions options(Duration timeout) {
		return InvocationOptions.builder().timeout(timeout).build();
	}

}
