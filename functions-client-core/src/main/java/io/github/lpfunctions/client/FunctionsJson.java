package io.github.lpfunctions.client;

import java.lang.reflect.Type;
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

/**
 * JSON of the gateway: writes invocation bodies and reads results with the application's
 * {@link JsonMapper}, so its modules and settings apply to payloads and results. Always
 * UTF-8, whatever the platform's default charset.
 * <p>
 * Messages of failures name the type and position, never the content, which may be a
 * customer's payload.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionsJson {

	private final JsonMapper mapper;

	FunctionsJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Write the invocation body {@code {"timestamp": <millis>, "headers":
	 * [{"key","value"}], "payload": ...}}.
	 */
	byte[] invocationBody(@Nullable Object payload, List<InvocationHeader> headers, Instant timestamp) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("timestamp", timestamp.toEpochMilli());
		body.put("headers", headers);
		body.put("payload", (payload != null) ? payload : Map.of());
		try {
			return this.mapper.writeValueAsBytes(body);
		}
		catch (JacksonException ex) {
			String type = (payload != null) ? payload.getClass().getName() : "null";
			throw new IllegalArgumentException(
					"'payload' of type " + type + " cannot be serialized to JSON: " + ex.getClass().getSimpleName());
		}
	}

	@Nullable <T> T read(byte[] body, Type type, String what) {
		if (body.length == 0) {
			return null;
		}
		try {
			return this.mapper.readValue(body, javaType(type));
		}
		catch (JacksonException ex) {
			throw unreadable(what, type, ex);
		}
	}

	<T> List<EventInvocationResult<T>> readEventResults(byte[] body, Type resultType, String what) {
		try {
			JsonNode root = this.mapper.readTree(body);
			if (root == null || !root.isArray()) {
				throw new UnreadableResponseException(what + ": the response is not a JSON array");
			}
			JavaType type = javaType(resultType);
			List<EventInvocationResult<T>> results = new ArrayList<>(root.size());
			for (JsonNode item : root) {
				JsonNode result = item.get("result");
				T converted = (result == null || result.isNull()) ? null : this.mapper.treeToValue(result, type);
				results.add(new EventInvocationResult<>(item.path("uuid").asString(""),
						timestamp(item.get("timestamp")), converted));
			}
			return results;
		}
		catch (JacksonException ex) {
			throw unreadable(what, resultType, ex);
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

	private JavaType javaType(Type type) {
		return this.mapper.getTypeFactory().constructType(type);
	}

	private static UnreadableResponseException unreadable(String what, Type type, JacksonException ex) {
		String where = (ex.getLocation() != null)
				? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
		return new UnreadableResponseException(what + ": the response cannot be read as " + type.getTypeName() + " ("
				+ ex.getClass().getSimpleName() + where + ")");
	}

	/**
	 * The response arrived but its body is not what the caller asked for.
	 */
	static final class UnreadableResponseException extends RuntimeException {

		UnreadableResponseException(String message) {
			super(message);
		}

	}

}
