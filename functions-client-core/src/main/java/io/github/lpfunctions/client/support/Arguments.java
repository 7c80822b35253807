package io.github.lpfunctions.client.support;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
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

	private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Pattern REQUEST_ID = Pattern.compile("[\\x21-\\x7E]{1,256}");

	// labels of 1 to 63 letters, digits and inner hyphens; the last one not all digits
	private static final Pattern DOMAIN_NAME = Pattern
		.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*(?![0-9]+$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

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
	 * Check a LivePerson account (site) id: 1 to 64 letters, digits and {@code . _ -}.
	 * @param accountId the value to check
	 * @return the value
	 */
	public static String accountId(@Nullable String accountId) {
		notBlank(accountId, "accountId");
		if (!ACCOUNT_ID.matcher(accountId).matches()) {
			throw new IllegalArgumentException(
					"'accountId' may contain only letters, digits and . _ - but was '" + printable(accountId) + "'");
		}
		return accountId;
	}

	/**
	 * Check the scheme of discovered hosts: {@code https}, or {@code http} for loopback
	 * test setups, in any case.
	 * @param scheme the value to check
	 * @param name the argument name for the message
	 * @return the scheme in lower case
	 */
	public static String scheme(@Nullable String scheme, String name) {
		notBlank(scheme, name);
		String lower = scheme.toLowerCase(Locale.ROOT);
		if (!"https".equals(lower) && !"http".equals(lower)) {
			throw new IllegalArgumentException(
					"'" + name + "' must be https or http but was '" + printable(scheme) + "'");
		}
		return lower;
	}

	/**
	 * Drop the trailing slashes of a base URL, so that paths can be appended to it.
	 * @param uri the base URL
	 * @return the URL without trailing slashes
	 */
	public static URI withoutTrailingSlash(URI uri) {
		String value = uri.toString();
		return value.endsWith("/") ? URI.create(value.replaceAll("/+$", "")) : uri;
	}

	/**
	 * Check that a duration is longer than zero.
	 * @param duration the value to check
	 * @param name the argument name for the message
	 * @return the value
	 */
	public static Duration positive(@Nullable Duration duration, String name) {
		notNull(duration, name);
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("'" + name + "' must be positive but was " + duration);
		}
		return duration;
	}

	/**
	 * Check that a duration is zero or longer.
	 * @param duration the value to check
	 * @param name the argument name for the message
	 * @return the value
	 */
	public static Duration notNegative(@Nullable Duration duration, String name) {
		notNull(duration, name);
		if (duration.isNegative()) {
			throw new IllegalArgumentException("'" + name + "' must not be negative but was " + duration);
		}
		return duration;
	}

	/**
	 * Check the size of a serialized request body against the limit of the
	 * {@code maxRequestBytes} setting, before it is sent: the platform would refuse a
	 * larger one only after the upload.
	 * @param size the size of the body in bytes
	 * @param maxRequestBytes the limit in bytes
	 */
	public static void requestSize(long size, int maxRequestBytes) {
		if (size > maxRequestBytes) {
			throw new IllegalArgumentException("'payload' makes a request body of " + size
					+ " bytes, larger than the limit of " + maxRequestBytes + " bytes set by 'maxRequestBytes'");
		}
	}

	/**
	 * Check a request id: 1 to 256 visible ASCII characters.
	 * @param requestId the value to check
	 * @return the value
	 */
	public static String requestId(@Nullable String requestId) {
		return requestId(requestId, "requestId");
	}

	/**
	 * Check a request id: 1 to 256 visible ASCII characters.
	 * @param requestId the value to check
	 * @param name where it comes from, for the message
	 * @return the value
	 */
	public static String requestId(@Nullable String requestId, String name) {
		notBlank(requestId, name);
		if (!REQUEST_ID.matcher(requestId).matches()) {
			throw new IllegalArgumentException(
					"'" + name + "' must be 1 to 256 visible ASCII characters without spaces but was '"
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

	/**
	 * Check a trusted domain: a DNS name of letters, digits and {@code -} in labels
	 * separated by dots, whose last label is not all digits (so no IP address, and no
	 * wildcard). A leading or trailing dot is dropped; the result is lower case.
	 * @param domain the value to check
	 * @param name the argument name for the message
	 * @return the domain, normalized
	 */
	public static String domainName(@Nullable String domain, String name) {
		String value = notBlank(domain, name).trim().toLowerCase(Locale.ROOT);
		value = value.startsWith(".") ? value.substring(1) : value;
		value = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
		if (value.length() > 253 || !DOMAIN_NAME.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + name + "' must hold domain names such as 'liveperson.net' but "
					+ "held '" + printable(domain) + "'");
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
