package io.github.lpfunctions.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.reactivestreams.Publisher;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A minimal loopback stand-in of the authorization server and the gateway on Reactor
 * Netty, cheap enough that the benchmark measures the clients rather than the server.
 * (The JDK's own HttpServer serves keep-alive connections several times slower than new
 * ones, which would skew the comparison.)
 */
final class LocalGateway implements AutoCloseable {

	static final String ACCOUNT = "123456";

	private static final String RESULT = "{\"greeting\":\"hello\",\"ok\":true}";

	private final String token;

	private final DisposableServer server;

	private LocalGateway() {
		String claims = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					("{\"exp\":" + (System.currentTimeMillis() / 1000 + 7200) + "}").getBytes(StandardCharsets.UTF_8));
		this.token = "eyJhbGciOiJIUzI1NiJ9." + claims + ".c2ln";
		String tokenResponse = "{\"access_token\":\"" + this.token
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":\"7200\"}";
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes
				.post("/sentinel/**", (request, response) -> answer(request, response, tokenResponse))
				.post("/api/**", (request, response) -> answer(request, response, RESULT)))
			.bindNow();
	}

	static LocalGateway start() {
		return new LocalGateway();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.port());
	}

	String token() {
		return this.token;
	}

	private static Publisher<Void> answer(HttpServerRequest request, HttpServerResponse response, String body) {
		return response.header("Content-Type", "application/json")
			.sendString(request.receive().aggregate().asString().defaultIfEmpty("").map((ignored) -> body))
			.then();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
