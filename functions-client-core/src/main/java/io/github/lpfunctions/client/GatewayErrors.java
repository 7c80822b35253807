package io.github.lpfunctions.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

import io.github.lpfunctions.client.support.ProtocolJson;

/**
 * Turns a non-2xx answer of the gateway or the management host into the matching
 * exception: {@link FaaSLambdaException} when the function's own code failed (status 901,
 * {@code handler.*} and {@code com.customer.faas.function.*} codes), otherwise
 * {@link FaaSDetailedException}. Reads V1 ({@code errorCode}, {@code errorMsg}) and V2
 * ({@code code}, {@code message}) bodies alike.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class GatewayErrors {

	private GatewayErrors() {
	}

	static FaaSDetailedException toException(String operation, int status, byte[] body, HttpHeaders headers,
			String requestId, @Nullable String functionUuid, @Nullable String eventId) {
		FaaSError error = parse(body);
		String message = operation + " failed with status " + status + describe(error) + " [request id " + requestId
				+ "]";
		Duration retryAfter = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER));
		if (status == 901 || error.isFunctionError()) {
			return new FaaSLambdaException(message, error, status, requestId, functionUuid, eventId, retryAfter);
		}
		return new FaaSDetailedException(message, error, status, requestId, functionUuid, eventId, retryAfter);
	}

	private static FaaSError parse(byte[] body) {
		if (body.length > 0) {
			try {
				JsonNode node = ProtocolJson.mapper().readTree(body);
				if (node != null && node.isObject()) {
					return parse(node);
				}
			}
			catch (RuntimeException ex) {
				// Not JSON: a proxy's HTML page, say. The status is all there is to tell.
			}
		}
		return new FaaSError(null, null);
	}

	/**
	 * Read an error object of either platform generation.
	 * @param object the JSON object
	 * @return the error; a field the object lacks is {@code null}
	 */
	static FaaSError parse(JsonNode object) {
		return new FaaSError(text(object, "errorCode", "code"), text(object, "errorMsg", "message", "errorMessage"));
	}

	private static @Nullable String text(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = node.get(name);
			if (value != null && value.isString()) {
				return value.asString();
			}
		}
		return null;
	}

	private static String describe(FaaSError error) {
		if (error.errorCode() == null && error.errorMessage() == null) {
			return "";
		}
		StringBuilder text = new StringBuilder(": ");
		text.append((error.errorCode() != null) ? error.errorCode() : "no error code");
		if (error.errorMessage() != null) {
			text.append(" (").append(error.errorMessage()).append(")");
		}
		return text.toString();
	}

	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.matches("[0-9]{1,9}")) {
			return Duration.ofSeconds(Long.parseLong(trimmed));
		}
		try {
			Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration delay = Duration.between(Instant.now(), at);
			return delay.isNegative() ? Duration.ZERO : delay;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
