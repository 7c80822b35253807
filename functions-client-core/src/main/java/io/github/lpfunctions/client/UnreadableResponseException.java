package io.github.lpfunctions.client;

/**
 * The response arrived but its body is not what the caller asked for. Becomes a
 * {@link FaaSException} with the request id; the message names the type and position,
 * never the content.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class UnreadableResponseException extends RuntimeException {

	UnreadableResponseException(String message) {
		super(message);
	}

}
