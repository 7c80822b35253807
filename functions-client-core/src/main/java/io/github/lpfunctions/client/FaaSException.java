package io.github.lpfunctions.client;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of every failure of a LivePerson Functions operation: the platform rejected the
 * call, the function failed, the call timed out, the connection failed, the response
 * could not be read, or no access token could be obtained.
 * <p>
 * Alert on this type and on {@link FaaSDetailedException}; a {@link FaaSLambdaException}
 * is the function's own failure and usually not the platform's.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FaaSException extends NestedRuntimeException {

	private final @Nullable String requestId;

	/**
	 * Create an exception.
	 * @param message what went wrong, never containing a secret, token or payload
	 * @param requestId the {@code X-Request-ID} of the failed call, if it got that far
	 * @param cause the underlying failure, if any
	 */
	public FaaSException(String message, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, cause);
		this.requestId = requestId;
	}

	/**
	 * Create an exception without a cause.
	 * @param message what went wrong
	 * @param requestId the {@code X-Request-ID} of the failed call, if any
	 */
	public FaaSException(String message, @Nullable String requestId) {
		this(message, requestId, null);
	}

	/**
	 * Return the {@code X-Request-ID} sent with the failed call, to quote to LivePerson
	 * support.
	 * @return the request id, or {@code null} when the call failed before a request was
	 * made
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

}
