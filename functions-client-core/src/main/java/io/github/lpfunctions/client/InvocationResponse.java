package io.github.lpfunctions.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * The whole answer to an invocation, as {@code exchangeByUuid} and
 * {@code exchangeByEvent} return it, in the manner of Spring's {@code ResponseEntity}:
 * the status and headers of the last answer, the request id, how many attempts were made,
 * how long the call took, and either the mapped body or, when the platform answered with
 * an error, the {@link FaaSError} it sent.
 * <p>
 * Only the platform's own error answers (a 4xx or 5xx status, after any retries) arrive
 * here instead of being thrown; faults that leave no answer (timeouts, refused
 * connections, failed token requests, unreadable bodies) are still thrown as
 * {@link FaaSException}s. {@link #getBodyOrThrow()} turns an error answer back into the
 * exception the throwing operations raise.
 *
 * @param <T> the type of the mapped body
 * @author LivePerson Functions for Spring contributors
 * @see ReactiveFunctionsOperations#exchangeByUuid(String, Object, InvocationOptions,
 * org.springframework.core.ParameterizedTypeReference)
 */
public final class InvocationResponse<T> {

	private final HttpStatusCode statusCode;

	private final HttpHeaders headers;

	private final String requestId;

	private final int attempts;

	private final Duration duration;

	private final @Nullable T body;

	private final @Nullable FaaSDetailedException error;

	InvocationResponse(int status, HttpHeaders headers, String requestId, int attempts, Duration duration,
			@Nullable T body, @Nullable FaaSDetailedException error) {
		this.statusCode = HttpStatusCode.valueOf(status);
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		this.requestId = requestId;
		this.attempts = attempts;
		this.duration = duration;
		this.body = body;
		this.error = error;
	}

	/**
	 * Return the status of the last answer.
	 * @return the status code
	 */
	public HttpStatusCode getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the headers of the last answer, read-only.
	 * @return the headers
	 */
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	/**
	 * Return the {@code X-Request-ID} the call was sent with, the same on every attempt.
	 * @return the request id
	 */
	public String getRequestId() {
		return this.requestId;
	}

	/**
	 * Return how many times the request was sent, retries included; a resend with a new
	 * token after a 401 belongs to the attempt it repeats.
	 * @return the number of attempts, at least 1
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Return how long the call took, from its subscription until the last answer was read
	 * and mapped, discovery, token and retries included.
	 * @return the duration
	 */
	public Duration getDuration() {
		return this.duration;
	}

	/**
	 * Return the mapped body of a successful answer.
	 * @return the body, or {@code null} when the function returned nothing or the
	 * platform answered with an error
	 */
	public @Nullable T getBody() {
		return this.body;
	}

	/**
	 * Return whether the platform answered with a 2xx status.
	 * @return {@code true} when the call succeeded
	 */
	public boolean isSuccessful() {
		return this.error == null;
	}

	/**
	 * Return the error the platform answered with: its code, message and, on V1, the
	 * function's log lines.
	 * @return the error, or {@code null} when the call succeeded
	 */
	public @Nullable FaaSError getError() {
		return (this.error != null) ? this.error.getFaaSError() : null;
	}

	/**
	 * Return the body of a successful answer, or throw the exception the throwing
	 * operations raise for the error answer, such as a {@link FaaSLambdaException} when
	 * the function itself failed.
	 * @return the body, or {@code null} when the function returned nothing
	 * @throws FaaSDetailedException when the platform answered with an error
	 */
	public @Nullable T getBodyOrThrow() {
		if (this.error != null) {
			throw this.error;
		}
		return this.body;
	}

	@Override
	public String toString() {
		return "InvocationResponse[status=" + this.statusCode.value() + ", requestId=" + this.requestId + ", attempts="
				+ this.attempts + ", duration=" + this.duration
				+ ((this.error != null) ? ", errorCode=" + this.error.getFaaSError().errorCode() : "") + "]";
	}

}
