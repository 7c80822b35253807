package io.github.lpfunctions.benchmarks;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The floor: the call a developer writes by hand with a plain {@link WebClient} (its
 * default Reactor Netty connector, pool and event loops, Spring's Jackson codecs) once a
 * token is at hand. It sends what the template sends for a V1 invocation by UUID — the
 * same path and query, the bearer token, an {@code X-Request-ID}, the same JSON envelope
 * — and decodes the same answer into the same type, but resolves nothing, refreshes
 * nothing, retries nothing and observes nothing.
 */
final class RawWebClient {

	private static final String PATH = "/api/account/{accountId}/lambdas/{uuid}/invoke?v=1&externalSystem={source}";

	private final WebClient webClient;

	private final String authorization;

	RawWebClient(URI gateway, String token) {
		this.webClient = WebClient.builder().baseUrl(gateway.toString()).build();
		this.authorization = "Bearer " + token;
	}

	Mono<Map> invoke(String functionUuid, Object payload) {
		return this.webClient.post()
			.uri(PATH, LocalGateway.ACCOUNT, functionUuid, "benchmark")
			.header(HttpHeaders.AUTHORIZATION, this.authorization)
			.header("X-Request-ID", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("timestamp", System.currentTimeMillis(), "headers", List.of(), "payload", payload))
			.retrieve()
			.bodyToMono(Map.class);
	}

}
