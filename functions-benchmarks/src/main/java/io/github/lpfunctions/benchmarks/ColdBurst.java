package io.github.lpfunctions.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lpfunctions.client.FunctionsDefaults;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * The cold burst: many concurrent first calls of a new template, which has no token, no
 * discovered endpoints and no connection yet, against the same burst from a raw WebClient
 * that holds a token fetched before the clock starts and a fresh connection pool of the
 * template's default size. Both run over https against {@link LocalGateway}, which counts
 * the token requests, discovery requests and connections it sees. Rounds alternate
 * between the two; the first pair warms the JVM up and is not counted. The harness fails
 * when a template's burst makes other than exactly one token request and one discovery
 * request, or when a call fails.
 * <p>
 * Run with {@code java -jar functions-benchmarks/target/benchmarks.jar cold-burst
 * [callers...] [--rounds=N] [--max-connections=N] [--warm-template]}; by default 1,000
 * and 300 callers, 7 counted rounds of each, and the template's default pool
 * ({@code --max-connections=500} gives the pool the template had before it was bounded).
 */
public final class ColdBurst {

	private static final Logger logger = LoggerFactory.getLogger(ColdBurst.class);

	private static final String FUNCTION = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final Map<String, Object> PAYLOAD = Map.of("conversationId", "c-42", "text", "Hello");

	private static final Duration BURST_LIMIT = Duration.ofSeconds(120);

	private ColdBurst() {
	}

	/**
	 * Run the bursts and log each round and the medians.
	 * @param args the numbers of callers, {@code --rounds=N} for the counted rounds of
	 * each side, {@code --max-connections=N} for the template's pool,
	 * {@code --warm-template} to give the template its token and endpoints before the
	 * clock starts
	 */
	public static void main(String[] args) {
		int rounds = 7;
		int maxConnections = FunctionsDefaults.MAX_CONNECTIONS;
		boolean warm = false;
		List<Integer> bursts = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--rounds=")) {
				rounds = Integer.parseInt(arg.substring("--rounds=".length()));
			}
			else if (arg.equals("--warm-template")) {
				warm = true;
			}
			else if (arg.startsWith("--max-connections=")) {
				maxConnections = Integer.parseInt(arg.substring("--max-connections=".length()));
			}
			else {
				bursts.add(Integer.parseInt(arg));
			}
		}
		if (bursts.isEmpty()) {
			bursts = List.of(1000, 300);
		}
		try (LocalGateway gateway = LocalGateway.start(true)) {
			for (int callers : bursts) {
				compare(gateway, callers, rounds, maxConnections, warm);
			}
		}
	}

	private static void compare(LocalGateway gateway, int callers, int rounds, int maxConnections, boolean warm) {
		List<Round> ours = new ArrayList<>();
		List<Round> raw = new ArrayList<>();
		for (int round = 0; round <= rounds; round++) {
			// ABAB, each side first in every other pair, so neither always follows the
			// other
			Round a;
			Round b;
			if (round % 2 == 0) {
				a = template(gateway, callers, maxConnections, warm);
				b = rawWebClient(gateway, callers);
			}
			else {
				b = rawWebClient(gateway, callers);
				a = template(gateway, callers, maxConnections, warm);
			}
			logger.info("{} callers, round {}{}: template {} | raw {}", callers, round,
					(round == 0) ? " (warm-up, not counted)" : "", a, b);
			if (round > 0) {
				ours.add(a);
				raw.add(b);
			}
		}
		long ourMillis = median(ours, Round::millis);
		long rawMillis = median(raw, Round::millis);
		logger.info(String.format(Locale.ROOT,
				"%d callers, %s template, pool of %d connections, medians of %d rounds: template %d ms, raw WebClient %d ms, ratio %.2f; connections "
						+ "opened: template %d, raw %d; template token requests %d, discovery requests %d",
				callers, warm ? "warm" : "cold", maxConnections, rounds, ourMillis, rawMillis,
				(double) ourMillis / rawMillis, median(ours, Round::connections), median(raw, Round::connections),
				median(ours, Round::tokenRequests), median(ours, Round::discoveryRequests)));
	}

	/**
	 * A new template, cold: the burst pays for discovery, the token and every connection.
	 */
	private static Round template(LocalGateway gateway, int callers, int maxConnections, boolean warm) {
		ReactiveFunctionsTemplate template = ReactiveFunctionsTemplate.builder()
			.accountId(LocalGateway.ACCOUNT)
			.clientCredentials("benchmark", "benchmark-secret")
			.discoveryUri(gateway.uri())
			.eventSource("benchmark")
			.timeout(Duration.ofSeconds(60))
			.maxConnections(maxConnections)
			.build();
		try {
			int expected = 1;
			if (warm) {
				// token and endpoints cached, one connection open: what is left is the
				// cost of the calls and of the connections the burst opens
				template.invokeByUuid(FUNCTION, PAYLOAD, Map.class).block(BURST_LIMIT);
				expected = 0;
			}
			Round round = burst(gateway, callers, (i) -> template.invokeByUuid(FUNCTION, PAYLOAD, Map.class));
			if (round.tokenRequests() != expected || round.discoveryRequests() != expected || round.failures() != 0) {
				throw new IllegalStateException(
						"The template's burst of " + callers + " calls must make exactly " + expected
								+ " token request and " + expected + " discovery request and fail none, but: " + round);
			}
			return round;
		}
		finally {
			template.close();
		}
	}

	/**
	 * A raw WebClient with a token fetched before the clock starts and a fresh pool of
	 * the template's default size, with a pending queue that holds the whole burst
	 * (Reactor Netty's default one, twice the size, would refuse most of it).
	 */
	private static Round rawWebClient(LocalGateway gateway, int callers) {
		try (RawWebClient raw = RawWebClient.overNetty(gateway.uri(), gateway.token())) {
			return burst(gateway, callers, (i) -> raw.invoke(FUNCTION, PAYLOAD));
		}
	}

	private static Round burst(LocalGateway gateway, int callers, Function<Integer, Mono<?>> call) {
		System.gc();
		AtomicInteger failures = new AtomicInteger();
		LocalGateway.Counts before = gateway.counts();
		long start = System.nanoTime();
		Flux.range(0, callers).flatMap((i) -> call.apply(i).then().onErrorResume((ex) -> {
			if (failures.getAndIncrement() == 0) {
				logger.warn("Call {} failed", i, ex);
			}
			return Mono.empty();
		}), callers).then().block(BURST_LIMIT);
		long nanos = System.nanoTime() - start;
		return new Round(nanos / 1_000_000, gateway.counts().since(before), failures.get());
	}

	private static long median(List<Round> rounds, ToLongFunction<Round> value) {
		long[] values = rounds.stream().mapToLong(value).sorted().toArray();
		return (values.length % 2 == 1) ? values[values.length / 2]
				: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

	/**
	 * One burst.
	 *
	 * @param millis wall time from the first call to the last answer
	 * @param counts what the server saw during the burst
	 * @param failures calls that failed
	 */
	private record Round(long millis, LocalGateway.Counts counts, int failures) {

		long connections() {
			return this.counts.connections();
		}

		long tokenRequests() {
			return this.counts.tokenRequests();
		}

		long discoveryRequests() {
			return this.counts.discoveryRequests();
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%d ms, %d connections, %d token, %d discovery, %d failed", this.millis,
					this.counts.connections(), this.counts.tokenRequests(), this.counts.discoveryRequests(),
					this.failures);
		}

	}

}
