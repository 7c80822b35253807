package io.github.lpfunctions.emulator.gateway;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.Platform;

/**
 * An error answer of the gateway, whether the gateway itself failed the request or an
 * injected fault did: the platform's error body, {@code WWW-Authenticate} on 401 and
 * {@code Retry-After} when given.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class GatewayErrorResponse {

	private GatewayErrorResponse() {
	}

	/**
	 * Answer with the platform's error body.
	 * @param platform the platform whose format to use
	 * @param status the HTTP status
	 * @param code the error code (translated to the platform)
	 * @param message the error message
	 * @return the response
	 */
	public static Mono<ServerResponse> of(Platform platform, int status, String code, String message) {
		return of(platform, status, code, message, null);
	}

	/**
	 * Answer with the platform's error body and a {@code Retry-After} header.
	 * @param platform the platform whose format to use
	 * @param status the HTTP status
	 * @param code the error code (translated to the platform)
	 * @param message the error message
	 * @param retryAfter when the client may retry, or {@code null} for no header
	 * @return the response
	 */
	public static Mono<ServerResponse> of(Platform platform, int status, String code, String message,
			@Nullable Duration retryAfter) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
		if (retryAfter != null) {
			// Retry-After has whole seconds: round up, so no client retries early
			long seconds = Math.max(0, (retryAfter.toMillis() + 999) / 1000);
			builder.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		if (status == 401) {
			builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		}
		return builder.bodyValue(ErrorCodes.body(platform, code, message));
	}

}
