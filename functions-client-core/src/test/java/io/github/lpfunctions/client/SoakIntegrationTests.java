package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.UnmaskedRequest;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 10,000 invocations from 64 concurrent callers while one gateway answer in twenty is a
 * fault (a reset connection, 503, 429, or an answer later than the deadline): every call
 * ends within its deadline plus a small margin with the right result or a typed
 * exception, no invocation runs twice, and no connection or thread is left behind.
 */
class SoakIntegrationTests {

	private static final int CALLS = 10_000;

	private static final int CALLERS = 64;

	private static final Duration DEADLINE = Duration.ofSeconds(1);

	/**
	 * Scheduling slack on a loaded two-core machine; the deadline itself is not
	 * stretched.
	 */
	private static final Duration MARGIN = Duration.ofMillis(750);

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FunctionsEmulator liveperson = Emulators.start();

	private final AtomicInteger gatewayAnswers = new AtomicInteger();

	private final Set<String> executedRequestIds = ConcurrentHashMap.newKeySet();

	private final AtomicInteger duplicateExecutions = new AtomicInteger();

	private final Map<String, ConnectionPoolMetrics> pools = new ConcurrentHashMap<>();

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void everyCallEndsInTimeWithTheRightResultOrATypedException() throws Exception {
		this.liveperson.faults().respond(Endpoint.INVOKE, this::answer);
		// every invocation counted, beyond the journal's capacity
		RequestCapture invocations = this.liveperson.faults().capture(Endpoint.INVOKE);
		ConnectionProvider pool = FunctionsHttpConnector
			.pool(FunctionsHttpConnector.MAX_IDLE_TIME, FunctionsDefaults.MAX_CONNECTIONS, DEADLINE)
			.metrics(true, () -> (name, id, address, metrics) -> this.pools.put(id, metrics))
			.build();
		FunctionsHttpConnector connector = FunctionsHttpConnector.create(Duration.ofSeconds(1), pool,
				UnaryOperator.identity());
		ReactiveFunctionsTemplate reactive = Emulators.templateBuilder(this.liveperson)
			.timeout(DEADLINE)
			.retry(RetrySettings.defaults())
			.clientConnector(connector.connector())
			.build();
		FunctionsTemplate template = new FunctionsTemplate(reactive);
		// the first call of a JVM may spend its whole deadline on class loading
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.untilAsserted(() -> template.isImplemented("warm_up"));
		int threadsBefore = clientThreads();

		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		List<Future<Outcome>> outcomes = new ArrayList<>(CALLS);
		for (int i = 0; i < CALLS; i++) {
			int n = i;
			outcomes.add(callers.submit(() -> call(template, n)));
		}
		int succeeded = 0;
		int failed = 0;
		for (Future<Outcome> future : outcomes) {
			Outcome outcome = future.get(60, TimeUnit.SECONDS);
			assertThat(outcome.duration()).as("duration of call %d", outcome.n()).isLessThan(DEADLINE.plus(MARGIN));
			if (outcome.failure() == null) {
				assertThat(outcome.result()).as("result of call %d", outcome.n()).isEqualTo(outcome.n());
				succeeded++;
			}
			else {
				assertThat(outcome.failure()).as("failure of call %d", outcome.n()).isInstanceOf(FaaSException.class);
				failed++;
			}
		}
		callers.shutdown();
		assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		assertThat(succeeded + failed).isEqualTo(CALLS);
		// About one call in twenty meets a fault; none is retried after it may have run.
		assertThat(failed).isBetween(CALLS / 40, CALLS / 10);
		assertThat(invocations.count()).isLessThanOrEqualTo(CALLS);
		assertThat(this.duplicateExecutions.get()).isZero();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.pools.values()).allSatisfy((metrics) -> {
				assertThat(metrics.acquiredSize()).isZero();
				assertThat(metrics.pendingAcquireSize()).isZero();
			}));
		assertThat(this.pools).isNotEmpty();
		reactive.close();
		connector.dispose();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(clientThreads()).isLessThanOrEqualTo(threadsBefore + 4));
	}

	/** Live threads but the emulator's own, which serve its open connections. */
	private static int clientThreads() {
		return (int) Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive() && !thread.getName().startsWith("functions-emulator"))
			.count();
	}

	private Outcome call(FunctionsTemplate template, int n) {
		long start = System.nanoTime();
		try {
			Map<?, ?> result = template.invokeByUuid(UUID, Map.of("n", n), Map.class);
			Object value = (result != null) ? result.get("n") : null;
			return new Outcome(n, Duration.ofNanos(System.nanoTime() - start),
					(value instanceof Number number) ? number.intValue() : -1, null);
		}
		catch (RuntimeException ex) {
			return new Outcome(n, Duration.ofNanos(System.nanoTime() - start), -1, ex);
		}
	}

	private ScriptedResponse answer(UnmaskedRequest request) {
		if (!this.executedRequestIds.add(request.header("X-Request-ID"))) {
			this.duplicateExecutions.incrementAndGet();
		}
		int answer = this.gatewayAnswers.incrementAndGet();
		if (answer % 20 != 0) {
			JsonNode body = JSON.readTree(request.bodyAsString());
			return json(200, "{\"n\":" + body.get("payload").get("n").asInt() + "}");
		}
		return switch ((answer / 20) % 4) {
			case 0 -> ScriptedResponse.connectionReset();
			case 1 -> json(503, "{\"errorCode\":\"com.liveperson.faas.es.unavailable\",\"errorMsg\":\"down\"}");
			case 2 -> ScriptedResponse.status(429)
				.withHeader("Retry-After", "0")
				.withBody("application/json",
						"{\"errorCode\":\"com.liveperson.faas.es.general\",\"errorMsg\":\"rate\"}");
			default -> json(200, "{\"n\":-2}").delayedBy(DEADLINE.plusMillis(500));
		};
	}

	private record Outcome(int n, Duration duration, int result, Throwable failure) {

	}

}
