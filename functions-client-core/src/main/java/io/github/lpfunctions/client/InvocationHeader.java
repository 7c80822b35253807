package io.github.lpfunctions.client;

import io.github.lpfunctions.client.support.Arguments;

/**
 * A header handed to the function inside the invocation body's {@code headers} list (not
 * an HTTP header of the request).
 *
 * @param key the header name, not blank
 * @param value the header value, without CR or LF
 */
public record InvocationHeader(String key, String value) {

	/**
	 * Validate the header.
	 * @param key the header name
	 * @param value the header value
	 */
	public InvocationHeader {
		Arguments.headerValue(key, "invocation header name");
		Arguments.headerValue(value, "invocation header '" + key + "'");
		if (key.isBlank()) {
			throw new IllegalArgumentException("'invocation header name' must not be blank");
		}
	}

}
