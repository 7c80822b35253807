package io.github.lpfunctions.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.FunctionsDefaults;

/**
 * The floor: the call a developer writes by hand with a plain {@link WebClient} (over
 * Reactor Netty: its shared event loops, a pool as large as the template's; Spring's
 * Jackson codecs) once a token is at hand. It sends what the template sends for a V1
 * invocation by UUID — the same path and query, the bearer token, an
 * {@code X-Request-ID}, the same JSON envelope — and decodes the same answer into the
 * same type, but resolves nothing, refreshes nothing, retries nothing and observes
 * nothing.
 */
final class RawWebClient implements AutoCloseable {

	private static final String PATH = "/api/account/{accountId}/lambdas/{uuid}/invoke?v=1&externalSystem={source}";

	private final @Nullable ConnectionProvider pool;

	private final WebClient webClient;

	private final String authorization;

	private RawWebClient(URI gateway, String token, ClientHttpConnector connector, @Nullable ConnectionProvider pool) {
		this.pool = pool;
		this.webClient = WebClient.builder()
			.baseUrl(gateway.toString())
			.clientConnector(connector)
			// answers as large as the template accepts (Spring's default stops at 256 KB)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(FunctionsDefaults.MAX_RESPONSE_BYTES))
			.build();
		this.authorization = "Bearer " + token;
	}

	/**
	 * The raw call over Reactor Netty.
	 * @param gateway the gateway
	 * @param token the bearer token
	 * @return the client, which closes its pool
	 */
	static RawWebClient overNetty(URI gateway, String token) {
		// As many connections as the template's pool (Reactor Netty's default is 2 per
		// core, at least 16), so that both pay the same handshakes and spread over as
		// many connections; any number of callers may wait: Reactor Netty's default
		// queue (twice the size) would refuse 64 calls in flight
		ConnectionProvider pool = ConnectionProvider.builder("raw-webclient")
			.maxConnections(FunctionsDefaults.MAX_CONNECTIONS)
			.pendingAcquireMaxCount(-1)
			.pendingAcquireTimeout(Duration.ofMillis(ConnectionProvider.DEFAULT_POOL_ACQUIRE_TIMEOUT))
			.build();
		return new RawWebClient(gateway, token, new ReactorClientHttpConnector(HttpClient.create(pool)), pool);
	}

	/**
	 * The raw call over the given connector.
	 * @param gateway the gateway
	 * @param token the bearer token
	 * @param connector the connector
	 * @return the client
	 */
	static RawWebClient over(URI gateway, String token, ClientHttpConnector connector) {
		return new RawWebClient(gateway, token, connector, null);
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

	@Override
	public void close() {
		if (this.pool != null) {
			this.pool.dispose();
		}
	}

}
