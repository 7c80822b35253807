package io.github.lpfunctions.emulator.web;

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
final class GatewayErrorResponse {

	private GatewayErrorResponse() {
	}

	static Mono<ServerResponse> of(Platform platform, int status, String code, String message) {
		return of(platform, status, code, message, null);
	}

	static Mono<ServerResponse> of(Platform platform, int status, String code, String message,
			@Nullable Duration retryAfter) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
		if (retryAfter != null) {
			// Retry-After has whole seconds; rounding up keeps clients from retrying
			// early
			long seconds = Math.max(0, (retryAfter.toMillis() + 999) / 1000);
			builder.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		if (status == 401) {
			builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		}
		return builder.bodyValue(ErrorCodes.body(platform, code, message));
	}

}
