package io.github.lpfunctions.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.mock.http.client.reactive.MockClientHttpResponse;

/**
 * A connector that answers at once without a network: a token for the sentinel's path,
 * the given answer for every other request, whose body it reads and drops. With it,
 * {@link OverheadBenchmark} measures what the clients themselves cost per call.
 */
final class InMemoryGateway implements ClientHttpConnector {

	private final String token;

	private final byte[] answer;

	InMemoryGateway(String token, String answer) {
		this.token = token;
		this.answer = answer.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
		request.setWriteHandler((body) -> body.then());
		return requestCallback.apply(request).then(Mono.fromSupplier(() -> response(uri)));
	}

	private ClientHttpResponse response(URI uri) {
		MockClientHttpResponse response = new MockClientHttpResponse(HttpStatus.OK);
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		if (uri.getPath().startsWith("/sentinel/")) {
			response
				.setBody("{\"access_token\":\"" + this.token + "\",\"token_type\":\"Bearer\",\"expires_in\":\"7200\"}");
		}
		else {
			response.setBody(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(this.answer)));
		}
		return response;
	}

}
