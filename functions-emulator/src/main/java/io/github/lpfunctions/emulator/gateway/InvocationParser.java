package io.github.lpfunctions.emulator.gateway;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;

import io.github.lpfunctions.emulator.http.QuietBodies;

/**
 * Reads the body of an invocation, {@code {"timestamp", "headers", "payload"}}, and
 * rejects one of another shape with 400.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class InvocationParser {

	private final JsonMapper jsonMapper;

	InvocationParser(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Read the payload of an invocation.
	 * @param request the request
	 * @return the payload (any JSON value), or a {@link GatewayException}
	 */
	Mono<JsonNode> payload(ServerRequest request) {
		MediaType contentType = request.headers().contentType().orElse(null);
		if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
			return Mono.error(GatewayException.badInput("Content-Type must be application/json"));
		}
		return QuietBodies.text(request).defaultIfEmpty("").map(this::payload);
	}

	private JsonNode payload(String body) {
		JsonNode invocation;
		try {
			invocation = this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw GatewayException.badInput("Body is not valid JSON");
		}
		if (invocation == null || !invocation.isObject()) {
			throw GatewayException.badInput("Body must be a JSON object with timestamp, headers and payload");
		}
		if (!invocation.path("timestamp").isNumber()) {
			throw GatewayException.badInput("timestamp must be a number (epoch milliseconds)");
		}
		JsonNode headers = invocation.path("headers");
		if (!headers.isArray()) {
			throw GatewayException.badInput("headers must be a list of {key, value}");
		}
		for (JsonNode header : headers) {
			if (!header.isObject() || !header.path("key").isString()
					|| !(header.path("value").isString() || header.path("value").isNull())) {
				throw GatewayException.badInput("headers must be a list of {key, value}");
			}
		}
		if (!invocation.has("payload")) {
			throw GatewayException.badInput("payload is missing");
		}
		return invocation.get("payload");
	}

}
