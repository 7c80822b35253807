package io.github.lpfunctions.client;

import java.net.URI;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.observation.FunctionsObservationContext;

/**
 * One attempt of a {@link GatewayRequest}: send it to the host of the endpoints resolved
 * for it, read the body up to the limit, and either convert it or turn the answer into
 * the matching exception.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class GatewayExchange {

	private final WebClient webClient;

	private final int maxResponseBytes;

	GatewayExchange(WebClient webClient, int maxResponseBytes) {
		this.webClient = webClient;
		this.maxResponseBytes = maxResponseBytes;
	}

	/**
	 * Send the request once.
	 * @param request the request
	 * @param resolved the endpoints resolved for this call; the authentication filter
	 * checks the host against these same endpoints
	 * @param context the observation, which learns the status and the error code
	 * @param reader converts a 2xx body
	 * @param <R> the result type
	 * @return the converted body, empty when it converts to {@code null}
	 */
	<R> Mono<R> send(GatewayRequest request, ServiceEndpoints resolved, FunctionsObservationContext context,
			Function<byte[], @Nullable R> reader) {
		String requestId = context.getRequestId();
		URI host = request.host().of(resolved);
		if (host == null) {
			return Mono.error(new FaaSException(request.description() + " needs the management host (faasUI): enable "
					+ "discovery or configure the management endpoint", requestId));
		}
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(host + request.path(), request.variables())
			.attribute(AuthenticationFilter.RESOLVED_ENDPOINTS, resolved)
			.header("X-Request-ID", requestId)
			.accept(MediaType.APPLICATION_JSON);
		if (request.eventSource() != null) {
			spec.header("LP-EventSource", request.eventSource());
		}
		byte[] body = request.body();
		WebClient.RequestHeadersSpec<?> ready = (body != null)
				? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : spec;
		return ready.exchangeToMono((response) -> {
			int status = response.statusCode().value();
			context.setStatus(status);
			return readBody(response).flatMap((bytes) -> {
				if (status < 200 || status > 299) {
					FaaSDetailedException error = GatewayErrors.toException(request, status, bytes,
							response.headers().asHttpHeaders(), requestId);
					context.setErrorCode(error.getFaaSError().errorCode());
					return Mono.error(error);
				}
				return Mono.justOrEmpty(reader.apply(bytes));
			});
		});
	}

	private Mono<byte[]> readBody(ClientResponse response) {
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), this.maxResponseBytes)
			.map((buffer) -> {
				try {
					byte[] bytes = new byte[buffer.readableByteCount()];
					buffer.read(bytes);
					return bytes;
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.defaultIfEmpty(new byte[0]);
	}

}
