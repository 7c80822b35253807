package io.github.lpfunctions.client;

import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;

import io.github.lpfunctions.client.support.Arguments;
import io.github.lpfunctions.client.support.LivePersonJson;

/**
 * JSON of payloads and function results, through the application's {@link JsonMapper}, so
 * that its modules and settings apply to the application's own types. LivePerson's own
 * answers (isImplemented, listings, the envelope of event results) are read with
 * {@link LivePersonJson}'s mapper instead, so that settings such as a snake_case naming
 * strategy cannot break the protocol; {@link #readAnswer} is here because it fails the
 * same way. Always UTF-8, whatever the platform's default charset.
 * <p>
 * Messages of failures name the type and position, never the content, which may be a
 * customer's payload.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class PayloadJson {

	private final JsonMapper mapper;

	private final int maxRequestBytes;

	PayloadJson(JsonMapper mapper, int maxRequestBytes) {
		this.mapper = mapper;
		this.maxRequestBytes = maxRequestBytes;
	}

	/**
	 * Write the invocation body {@code {"timestamp": <millis>, "headers":
	 * [{"key","value"}], "payload": ...}}, with the options' headers and timestamp, else
	 * the clock's "now".
	 * @throws IllegalArgumentException when the payload cannot be serialized, or makes a
	 * body larger than the limit
	 */
	JsonBody invocationBody(@Nullable Object payload, InvocationOptions options, Clock clock) {
		Instant timestamp = (options.timestamp() != null) ? options.timestamp() : clock.instant();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("timestamp", timestamp.toEpochMilli());
		body.put("headers", options.headers());
		body.put("payload", (payload != null) ? payload : Map.of());
		JsonBody.Writer bytes = new JsonBody.Writer(this.maxRequestBytes);
		try {
			this.mapper.writeValue(bytes, body);
		}
		catch (JacksonException ex) {
			String type = (payload != null) ? payload.getClass().getName() : "null";
			throw new IllegalArgumentException(
					"'payload' of type " + type + " cannot be serialized to JSON: " + ex.getClass().getSimpleName());
		}
		Arguments.requestSize(bytes.size(), this.maxRequestBytes);
		return bytes.toBody();
	}

	/** Read a function's result into the caller's type, with the application's mapper. */
	@Nullable <T> T readResult(DataBuffer body, Type type, String description) {
		return read(this.mapper, body, type, description);
	}

	/** Read an answer of LivePerson's own, with the protocol's mapper. */
	static <T> @Nullable T readAnswer(DataBuffer body, Type type, String description) {
		return read(LivePersonJson.mapper(), body, type, description);
	}

	/** Read the answer of isImplemented: {@code {"implemented": true|false}}. */
	static Boolean readImplemented(DataBuffer body, String description) {
		IsImplementedAnswer answer = readAnswer(body, IsImplementedAnswer.class, description);
		if (answer == null || answer.implemented() == null) {
			throw new UnreadableResponseException("isImplemented: the response has no 'implemented' field");
		}
		return answer.implemented();
	}

	// parsed from the buffer the body was joined into, not from a copy of it
	private static <T> @Nullable T read(JsonMapper mapper, DataBuffer body, Type type, String description) {
		if (body.readableByteCount() == 0) {
			return null;
		}
		try {
			return mapper.readValue(body.asInputStream(), mapper.getTypeFactory().constructType(type));
		}
		catch (JacksonException ex) {
			throw unreadable(description, type, ex);
		}
	}

	<T> List<EventInvocationResult<T>> readEventResults(DataBuffer body, Type resultType, String description) {
		try {
			JsonNode root = (body.readableByteCount() > 0) ? LivePersonJson.mapper().readTree(body.asInputStream())
					: null;
			if (root == null || !root.isArray()) {
				throw new UnreadableResponseException(description + ": the response is not a JSON array");
			}
			JavaType type = this.mapper.getTypeFactory().constructType(resultType);
			List<EventInvocationResult<T>> results = new ArrayList<>(root.size());
			for (JsonNode item : root) {
				JsonNode result = item.get("result");
				T converted = (result == null || result.isNull()) ? null : this.mapper.treeToValue(result, type);
				JsonNode error = item.get("error");
				FaaSError failure = (error != null && error.isObject()) ? GatewayErrors.parse(error) : null;
				results.add(new EventInvocationResult<>(item.path("uuid").asString(""),
						timestamp(item.get("timestamp")), converted, failure));
			}
			return results;
		}
		catch (JacksonException ex) {
			throw unreadable(description, resultType, ex);
		}
	}

	private static Instant timestamp(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return Instant.EPOCH;
		}
		if (node.isNumber()) {
			return Instant.ofEpochMilli(node.asLong());
		}
		String text = node.asString("");
		return text.matches("[0-9]+") ? Instant.ofEpochMilli(Long.parseLong(text)) : Instant.parse(text);
	}

	private static UnreadableResponseException unreadable(String description, Type type, JacksonException ex) {
		String where = (ex.getLocation() != null)
				? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
		return new UnreadableResponseException(description + ": the response cannot be read as " + type.getTypeName()
				+ " (" + ex.getClass().getSimpleName() + where + ")");
	}

	record IsImplementedAnswer(@Nullable Boolean implemented) {

	}

}
