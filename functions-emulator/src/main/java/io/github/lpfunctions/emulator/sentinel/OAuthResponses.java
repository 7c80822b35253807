package io.github.lpfunctions.emulator.sentinel;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.http.QuietBodies;

/**
 * The authorization server's answers: token responses and OAuth 2.0 error bodies
 * {@code {"error","error_description"}}, both never cached, and HTML pages.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class OAuthResponses {

	private OAuthResponses() {
	}

	static Mono<ServerResponse> token(TokenResponse body) {
		return QuietBodies.body(ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.PRAGMA, "no-cache"), body);
	}

	static Mono<ServerResponse> error(HttpStatus status, String error, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.bodyValue(body);
	}

	static Mono<ServerResponse> invalidRequest(String description) {
		return error(HttpStatus.BAD_REQUEST, "invalid_request", description);
	}

	static Mono<ServerResponse> html(HttpStatus status, String html) {
		// the redirect URI and state of the login page are the client's, not to be logged
		return QuietBodies.body(ServerResponse.status(status).contentType(MediaType.TEXT_HTML), html);
	}

}
