package io.github.lpfunctions.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline runs from the caller's call, however cold the JVM, discovery and token
 * are: the first tests run {@link ColdCall}, the first call of a fresh template in a JVM
 * of its own, with a deadline of 1 s against a server that never answers, and expect the
 * typed timeout, with the request id, within 1.2 s of the call. The bound is the deadline
 * itself plus slack for a loaded machine, not a measure of speed.
 */
class CallDeadlineIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final Duration BOUND = ColdCall.DEADLINE.plusMillis(200);

	@Test
	void blockingFirstCallEndsAtItsDeadlineWhenDiscoveryNeverAnswers() {
		try (SilentServer discovery = new SilentServer()) {
			Map<String, String> outcome = coldCall("blocking", discovery.uri());
			assertTimedOutInTime(outcome);
			// none when the cold set-up outlasts the deadline, as on a loaded machine
			assertThat(discovery.connections()).as("connections reaching discovery").isLessThanOrEqualTo(1);
		}
	}

	@Test
	void reactiveFirstCallSignalsAtItsDeadlineWhenDiscoveryNeverAnswers() {
		try (SilentServer discovery = new SilentServer()) {
			Map<String, String> outcome = coldCall("reactive", discovery.uri());
			assertTimedOutInTime(outcome);
			// none when the cold set-up outlasts the deadline, as on a loaded machine
			assertThat(discovery.connections()).as("connections reaching discovery").isLessThanOrEqualTo(1);
		}
	}

	@Test
	void aRepeatedSubscriptionGetsADeadlineOfItsOwn() {
		try (FunctionsEmulator liveperson = Emulators.start()) {
			ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson)
				.timeout(ColdCall.DEADLINE)
				.build();
			// discovery and the token are cached from here on
			template.invokeByUuid(Emulators.UUID, null).block();
			liveperson.faults()
				.respondNext(Endpoint.INVOKE, json(200, "{\"late\":true}").delayedBy(Duration.ofSeconds(5)));
			Mono<Map<String, Object>> call = template.invokeByUuid(Emulators.UUID, null, InvocationOptions.none(), MAP);
			// the first subscription times out at the deadline of the call, the repeat
			// has
			// a whole deadline for the emulator's own answer
			assertThat(call.retry(1).block(Duration.ofSeconds(10))).containsEntry("ok", true);
			assertThat(liveperson.requests().to(Endpoint.INVOKE)).hasSize(3);
		}
	}

	private static void assertTimedOutInTime(Map<String, String> outcome) {
		assertThat(outcome.get("failure")).isEqualTo(FaaSException.class.getName());
		assertThat(outcome.get("request-id")).isNotBlank().isNotEqualTo("null");
		assertThat(outcome.get("message")).contains("Invocation of function " + Emulators.UUID,
				"timed out: no answer within PT1S", "[request id " + outcome.get("request-id") + "]");
		assertThat(Duration.ofMillis(Long.parseLong(outcome.get("elapsed-ms")))).as("from the call to its failure")
			.isLessThan(BOUND);
	}

	/**
	 * Run {@link ColdCall} in a new JVM on the tests' class path.
	 * @return the lines it printed, by key
	 */
	private static Map<String, String> coldCall(String mode, String discoveryUri) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ColdCall.class.getName(), mode, discoveryUri)
			.redirectErrorStream(true);
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			Map<String, String> outcome = new HashMap<>();
			for (String line : output.lines().toList()) {
				int equals = line.indexOf('=');
				if (equals > 0 && List.of("elapsed-ms", "failure", "message", "request-id")
					.contains(line.substring(0, equals))) {
					outcome.put(line.substring(0, equals), line.substring(equals + 1));
				}
			}
			assertThat(outcome).as(output).containsKeys("elapsed-ms", "failure", "message");
			return outcome;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A loopback server that accepts connections and never answers, counting them.
	 */
	private static final class SilentServer implements AutoCloseable {

		private final ServerSocket socket;

		private final Queue<Socket> accepted = new ConcurrentLinkedQueue<>();

		SilentServer() {
			try {
				this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread acceptor = new Thread(this::accept, "silent-server");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		private void accept() {
			try {
				while (true) {
					this.accepted.add(this.socket.accept());
				}
			}
			catch (IOException ex) {
				// closed
			}
		}

		String uri() {
			return URI.create("http://127.0.0.1:" + this.socket.getLocalPort()).toString();
		}

		int connections() {
			return this.accepted.size();
		}

		@Override
		public void close() {
			try {
				this.socket.close();
				for (Socket connection : this.accepted) {
					connection.close();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
