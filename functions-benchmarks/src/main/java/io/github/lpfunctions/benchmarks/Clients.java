package io.github.lpfunctions.benchmarks;

import java.time.Duration;
import java.util.Map;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * What every invocation benchmark measures against: one loopback {@link LocalGateway},
 * the reactive template, the blocking template on top of it, and the hand-written
 * {@link RawWebClient} baseline, all warm (token and endpoints known, connections open)
 * before the first measured call.
 */
@State(Scope.Benchmark)
public class Clients {

	static final String FUNCTION = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final int COLD_CALLERS = 16;

	/**
	 * https as every LivePerson host speaks it, or plain http.
	 */
	@Param({ "https" })
	public String scheme;

	/**
	 * The size of the payload as JSON, which the stand-in echoes back as the result.
	 */
	@Param({ "100B", "10KB", "1MB" })
	public String payload;

	LocalGateway gateway;

	ReactiveFunctionsTemplate reactive;

	FunctionsTemplate blocking;

	RawWebClient raw;

	Map<String, Object> body;

	@Setup(Level.Trial)
	public void start() {
		this.gateway = LocalGateway.start("https".equals(this.scheme));
		this.reactive = ReactiveFunctionsTemplate.builder()
			.accountId(LocalGateway.ACCOUNT)
			.clientCredentials("benchmark", "benchmark-secret")
			.discoveryEnabled(false)
			.endpoints(this.gateway.uri(), this.gateway.uri(), null)
			.eventSource("benchmark")
			.timeout(Duration.ofSeconds(30))
			.build();
		this.blocking = new FunctionsTemplate(this.reactive);
		this.raw = RawWebClient.overNetty(this.gateway.uri(), this.gateway.token());
		this.body = body(this.payload);
		// A cold start under load, as when a service starts while traffic arrives: 16
		// first calls at once share one token request; the raw client's token is warm.
		Flux.range(0, COLD_CALLERS)
			.flatMap((i) -> this.reactive.invokeByUuid(FUNCTION, this.body, Map.class), COLD_CALLERS)
			.blockLast();
		Flux.range(0, COLD_CALLERS).flatMap((i) -> this.raw.invoke(FUNCTION, this.body), COLD_CALLERS).blockLast();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.blocking.close();
		this.raw.close();
		this.gateway.close();
	}

	/** The payload of the given size. */
	static Map<String, Object> body(String payload) {
		return Map.of("conversationId", "c-42", "text", "x".repeat(textLength(payload)));
	}

	/** The payload as the echo function answers it. */
	static String json(Map<String, Object> body) {
		return JsonMapper.builder().build().writeValueAsString(body);
	}

	// the envelope and the other field take about 90 bytes
	private static int textLength(String size) {
		return switch (size) {
			case "100B" -> 10;
			case "10KB" -> 10 * 1024 - 90;
			case "1MB" -> 1024 * 1024 - 90;
			default -> throw new IllegalArgumentException("payload: 100B, 10KB or 1MB, not " + size);
		};
	}

}
