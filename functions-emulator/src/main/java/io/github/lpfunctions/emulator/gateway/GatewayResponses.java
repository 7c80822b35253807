package io.github.lpfunctions.emulator.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.Platform;
import io.github.lpfunctions.emulator.http.QuietBodies;

/**
 * The gateway's answers: JSON bodies as the platform writes them, an outcome as a
 * response of its own or as one element of an event's answer.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class GatewayResponses {

	private final Platform platform;

	private final JsonMapper jsonMapper;

	GatewayResponses(Platform platform, JsonMapper jsonMapper) {
		this.platform = platform;
		this.jsonMapper = jsonMapper;
	}

	Platform platform() {
		return this.platform;
	}

	Mono<ServerResponse> json(@Nullable Object body) {
		// results echo payloads
		return QuietBodies.body(ServerResponse.ok().contentType(MediaType.APPLICATION_JSON),
				this.jsonMapper.writeValueAsString(body));
	}

	/**
	 * Answer an invocation by UUID: the result, or the error in the platform's format.
	 */
	Mono<ServerResponse> outcome(Outcome outcome) {
		String errorCode = outcome.errorCode();
		if (errorCode != null) {
			return GatewayErrorResponse.of(this.platform, outcome.errorStatus(), errorCode, outcome.errorMessage());
		}
		return json(outcome.result());
	}

	/**
	 * One element of the answer to an invocation by event: {@code {"uuid", "timestamp",
	 * "result"}}, or {@code "error"} with the platform's error body in place of
	 * {@code "result"}.
	 */
	Map<String, Object> element(EmulatedFunction function, Outcome outcome, long timestamp) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put("uuid", function.uuid());
		element.put("timestamp", timestamp);
		String errorCode = outcome.errorCode();
		if (errorCode != null) {
			element.put("error", ErrorCodes.body(this.platform, errorCode, outcome.errorMessage()));
		}
		else {
			element.put("result", outcome.result());
		}
		return element;
	}

}
