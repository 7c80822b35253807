package io.github.lpfunctions.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import io.github.lpfunctions.client.support.LivePersonJson;

/**
 * Turns failures into the exceptions callers see. A non-2xx answer of the gateway or the
 * management host becomes {@link FaaSLambdaException} when the function's own code failed
 * (status 901, {@code handler.*} and {@code com.customer.faas.function.*} codes),
 * otherwise {@link FaaSDetailedException}; V1 ({@code errorCode}, {@code errorMsg}) and
 * V2 ({@code code}, {@code message}) bodies are read alike. Any other failure of an
 * operation (a timeout, a broken connection, an oversized or unreadable body) becomes a
 * {@link FaaSException} that says what happened and carries the request id.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class GatewayErrors {

	private GatewayErrors() {
	}

	/**
	 * Translate a non-2xx answer.
	 * @param request the request that was answered, which names the function or event
	 * @param status the status code
	 * @param body the bounded body
	 * @param headers the answer's headers, for {@code Retry-After}
	 * @param requestId the request id
	 * @return the exception for the caller
	 */
	static FaaSDetailedException toException(GatewayRequest request, int status, byte[] body, HttpHeaders headers,
			String requestId) {
		FaaSError error = parse(body);
		String functionUuid = request.functionUuid();
		String eventId = request.eventId();
		String message = request.description() + " failed with status " + status + describe(error) + " [request id "
				+ requestId + "]";
		Duration retryAfter = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER));
		if (status == 901 || error.isFunctionError()) {
			return new FaaSLambdaException(message, error, status, requestId, functionUuid, eventId, retryAfter);
		}
		return new FaaSDetailedException(message, error, status, requestId, functionUuid, eventId, retryAfter);
	}

	/**
	 * Translate the failure of an operation; a {@link FaaSException} or an
	 * {@link IllegalArgumentException} stays as it is.
	 * @param ex the failure
	 * @param description the operation as the message names it
	 * @param timeout the operation's deadline
	 * @param requestId the request id
	 * @param maxResponseBytes the limit of a response body
	 * @return the exception for the caller
	 */
	static Throwable toFaaSException(Throwable ex, String description, Duration timeout, @Nullable String requestId,
			int maxResponseBytes) {
		if (ex instanceof FaaSException || ex instanceof IllegalArgumentException) {
			return ex;
		}
		String suffix = " [request id " + requestId + "]";
		if (ex instanceof TimeoutException) {
			return new FaaSException(description + " timed out: no answer within " + timeout + suffix, requestId, ex);
		}
		if (ex instanceof WebClientRequestException request) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return new FaaSException(description + " failed: connection to " + request.getUri().getHost() + " failed ("
					+ summary(cause) + ")" + suffix, requestId, ex);
		}
		if (ex instanceof DataBufferLimitException) {
			return new FaaSException(
					description + " failed: the response exceeds the limit of " + maxResponseBytes + " bytes" + suffix,
					requestId, ex);
		}
		if (ex instanceof UnreadableResponseException) {
			return new FaaSException(ex.getMessage() + suffix, requestId, null);
		}
		if (ex instanceof IOException) {
			return new FaaSException(description + " failed: the connection broke (" + summary(ex) + ")" + suffix,
					requestId, ex);
		}
		return new FaaSException(description + " failed: " + summary(ex) + suffix, requestId, ex);
	}

	private static String summary(Throwable ex) {
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private static FaaSError parse(byte[] body) {
		if (body.length > 0) {
			try {
				JsonNode node = LivePersonJson.mapper().readTree(body);
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
		return new FaaSError(text(object, "errorCode", "code"), text(object, "errorMsg", "message", "errorMessage"),
				logs(object.get("errorLogs")));
	}

	/**
	 * Read a V1 body's {@code errorLogs}. They are the function's own output and only
	 * help debugging, so an entry that is not an object is skipped and a field of an
	 * unexpected type is left out rather than failing the error's mapping.
	 */
	private static List<FaaSError.LogEntry> logs(@Nullable JsonNode logs) {
		if (logs == null || !logs.isArray()) {
			return List.of();
		}
		List<FaaSError.LogEntry> entries = new ArrayList<>(logs.size());
		for (JsonNode entry : logs) {
			if (entry.isObject()) {
				JsonNode message = entry.get("message");
				JsonNode timestamp = entry.get("timestamp");
				entries.add(new FaaSError.LogEntry(text(entry, "level"),
						(message == null || message.isNull()) ? null
								: message.isString() ? message.asString() : message.toString(),
						(timestamp != null && timestamp.isIntegralNumber() && timestamp.canConvertToLong())
								? timestamp.asLong() : null,
						extras(entry.get("extras"))));
			}
		}
		return entries;
	}

	private static List<@Nullable Object> extras(@Nullable JsonNode extras) {
		if (extras == null || !extras.isArray()) {
			return List.of();
		}
		List<@Nullable Object> values = new ArrayList<>(extras.size());
		for (JsonNode extra : extras) {
			values.add(LivePersonJson.mapper().convertValue(extra, Object.class));
		}
		return values;
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
