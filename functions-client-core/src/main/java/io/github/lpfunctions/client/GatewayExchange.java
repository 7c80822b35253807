package io.github.lpfunctions.client;

import java.net.URI;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.observation.FunctionsObservationContext;

/**
 * One attempt of a {@link GatewayRequest}: send it to the host of the endpoints resolved
 * for it, read the body up to the limit, and either convert it or turn the answer into
 * the matching exception. The {@link ResponseRecorder} of an exchange-style call learns
 * of each attempt and answer.
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
	 * @param reader converts a 2xx body, which is released after it returns
	 * @param <R> the result type
	 * @return the converted body, empty when it converts to {@code null}
	 */
	<R> Mono<R> send(GatewayRequest request, ServiceEndpoints resolved, FunctionsObservationContext context,
			Function<DataBuffer, @Nullable R> reader) {
		return send(request, resolved, context, Credentials.DEFAULT, reader);
	}

	/**
	 * Send the request once with the given credentials.
	 * @param request the request
	 * @param resolved the endpoints resolved for this call; the authentication filter
	 * checks the host against these same endpoints
	 * @param context the observation, which learns the status and the error code
	 * @param credentials the credentials of this call
	 * @param reader converts a 2xx body, which is released after it returns
	 * @param <R> the result type
	 * @return the converted body, empty when it converts to {@code null}
	 */
	<R> Mono<R> send(GatewayRequest request, ServiceEndpoints resolved, FunctionsObservationContext context,
			Credentials credentials, Function<DataBuffer, @Nullable R> reader) {
		String requestId = context.getRequestId();
		URI host = request.host().of(resolved);
		if (host == null) {
			return Mono.error(new FaaSException(request.description() + " needs the management host (faasUI): enable "
					+ "discovery or configure the management endpoint", requestId));
		}
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(GatewayUri.expand(host, request.path(), request.variables()))
			.attribute(AuthenticationFilter.RESOLVED_ENDPOINTS, resolved)
			.attributes((attributes) -> {
				if (credentials.authentication() != null) {
					attributes.put(AuthenticationFilter.CALL_AUTHENTICATION, credentials.authentication());
				}
			})
			.header("X-Request-ID", requestId)
			.accept(MediaType.APPLICATION_JSON);
		if (request.eventSource() != null) {
			spec.header("LP-EventSource", request.eventSource());
		}
		JsonBody body = request.body();
		WebClient.RequestHeadersSpec<?> ready = (body != null)
				? spec.contentType(MediaType.APPLICATION_JSON).body(body.inserter()) : spec;
		return Mono.deferContextual((reactorContext) -> {
			ResponseRecorder recorder = ResponseRecorder.of(reactorContext);
			recorder.attempt(requestId);
			return ready.exchangeToMono((response) -> {
				int status = response.statusCode().value();
				context.setStatus(status);
				HttpHeaders headers = response.headers().asHttpHeaders();
				return readBody(response).flatMap((answer) -> {
					if (status < 200 || status > 299) {
						FaaSDetailedException error = GatewayErrors.toException(request, status, drain(answer), headers,
								requestId);
						context.setErrorCode(error.getFaaSError().errorCode());
						recorder.answered(status, headers, error);
						if (status == 401 && credentials.callers()) {
							return Mono.error(callersRefused(request, credentials, error, requestId));
						}
						return Mono.error(error);
					}
					recorder.answered(status, headers, null);
					try {
						return Mono.justOrEmpty(reader.apply(answer));
					}
					finally {
						DataBufferUtils.release(answer);
					}
				});
			});
		});
	}

	private static FaaSCallerAuthenticationException callersRefused(GatewayRequest request, Credentials credentials,
			FaaSDetailedException error, String requestId) {
		return new FaaSCallerAuthenticationException(request.description()
				+ " was refused with status 401: LivePerson did not accept the caller's credentials given for this call ("
				+ credentials.authentication() + "); the template's own credentials were not tried [request id "
				+ requestId + "]", 401, error.getFaaSError().errorCode(), requestId);
	}

	/**
	 * The body joined into one buffer, read up to the limit, without copying it: the
	 * reader parses the buffer itself, so that a large answer is held once, not twice.
	 * The join releases what it gathered when the limit is passed or the call cancelled;
	 * the caller releases the joined buffer.
	 */
	private Mono<DataBuffer> readBody(ClientResponse response) {
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), this.maxResponseBytes)
			.switchIfEmpty(Mono.fromSupplier(() -> DefaultDataBufferFactory.sharedInstance.allocateBuffer(0)));
	}

	/** The bytes of an error answer, which is small and read whole; released. */
	private static byte[] drain(DataBuffer body) {
		try {
			byte[] bytes = new byte[body.readableByteCount()];
			body.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(body);
		}
	}

	/**
	 * The credentials of one call.
	 *
	 * @param authentication the credentials other than the template's default, or
	 * {@code null} for the default
	 * @param callers whether they are the caller's own, given for this call, whose 401 is
	 * the caller's to handle
	 */
	record Credentials(@Nullable ClientAuthentication authentication, boolean callers) {

		/** The template's default credentials. */
		static final Credentials DEFAULT = new Credentials(null, false);

		/**
		 * The credentials of one call: the caller's from the options, else the service
		 * user of a listing if it is not the template's own, else the template's.
		 * @param options the options of the call
		 * @param listingUser the service user of the Login API if the call is a listing
		 * and one is configured, else {@code null}
		 * @param template the template's credentials
		 * @return the credentials
		 */
		static Credentials of(InvocationOptions options, @Nullable ClientAuthentication listingUser,
				ClientAuthentication template) {
			if (options.authentication() != null) {
				return new Credentials(options.authentication(), true);
			}
			if (listingUser != null && listingUser != template) {
				return new Credentials(listingUser, false);
			}
			return DEFAULT;
		}

	}

}
