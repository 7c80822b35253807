package io.github.lpfunctions.client.support;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Validation of caller input before anything goes on the wire. Every failure is an
 * {@link IllegalArgumentException} that names the argument; values are not echoed where
 * they might be secret.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class Arguments {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,256}");

	private static final Pattern REQUEST_ID = Pattern.compile("[\\x21-\\x7E]{1,256}");

	private Arguments() {
	}

	/**
	 * Check a function UUID: 36 characters of the form
	 * {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}.
	 * @param functionUuid the value to check
	 * @return the value
	 */
	public static String functionUuid(@Nullable String functionUuid) {
		notBlank(functionUuid, "functionUuid");
		if (!UUID.matcher(functionUuid).matches()) {
			throw new IllegalArgumentException(
					"'functionUuid' must be a UUID like 00000000-0000-0000-0000-000000000000 but was '"
							+ printable(functionUuid) + "'");
		}
		return functionUuid;
	}

	/**
	 * Check an event id: letters, digits, {@code _ . : -}, at most 256 characters and no
	 * {@code ..}, so that it stays one path segment.
	 * @param eventId the value to check
	 * @return the value
	 */
	public static String eventId(@Nullable String eventId) {
		notBlank(eventId, "eventId");
		if (!EVENT_ID.matcher(eventId).matches() || eventId.contains("..")) {
			throw new IllegalArgumentException(
					"'eventId' may contain only letters, digits and _ . : - (no '..', at most 256 characters) but was '"
							+ printable(eventId) + "'");
		}
		return eventId;
	}

	/**
	 * Check a request id: 1 to 256 visible ASCII characters.
	 * @param requestId the value to check
	 * @return the value
	 */
	public static String requestId(@Nullable String requestId) {
		notBlank(requestId, "requestId");
		if (!REQUEST_ID.matcher(requestId).matches()) {
			throw new IllegalArgumentException(
					"'requestId' must be 1 to 256 visible ASCII characters without spaces but was '"
							+ printable(requestId) + "'");
		}
		return requestId;
	}

	/**
	 * Check a value that ends up in a header or header-like position: no CR, LF or other
	 * control characters, which would let a caller inject headers.
	 * @param value the value to check
	 * @param name the argument name for the message
	 * @return the value
	 */
	public static String headerValue(@Nullable String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\r' || c == '\n' || (c < 0x20 && c != '\t') || c == 0x7F) {
				throw new IllegalArgumentException("'" + name + "' must not contain CR, LF or control characters");
			}
		}
		return value;
	}

	/**
	 * Check that a value is neither null nor blank.
	 * @param value the value to check
	 * @param name the argument name for the message
	 * @return the value
	 */
	public static String notBlank(@Nullable String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
		return value;
	}

	/**
	 * Check that a value is not null.
	 * @param value the value to check
	 * @param name the argument name for the message
	 * @param <T> the value type
	 * @return the value
	 */
	public static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return value;
	}

	private static String printable(String value) {
		String shown = (value.length() > 64) ? value.substring(0, 64) + "..." : value;
		StringBuilder result = new StringBuilder(shown.length());
		shown.codePoints().forEach((c) -> {
			if (Character.isISOControl(c)) {
				result.append(String.format("\\u%04x", c));
			}
			else {
				result.appendCodePoint(c);
			}
		});
		return result.toString();
	}

}
