package io.github.lpfunctions.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The LivePerson Functions platform answered with a non-2xx status: it rejected the call
 * (missing function, bad input, missing privilege, rate limit, server error, ...). The
 * platform's {@link FaaSError} and the HTTP status are kept as fields.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FaaSDetailedException extends FaaSException {

	private final FaaSError faaSError;

	private final int statusCode;

	private final @Nullable String functionUuid;

	private final @Nullable String eventId;

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception for a rejected call.
	 * @param message what went wrong
	 * @param faaSError the error the platform reported
	 * @param statusCode the HTTP status of the response
	 * @param requestId the {@code X-Request-ID} of the call
	 * @param functionUuid the invoked function, if the call named one
	 * @param eventId the event, if the call named one
	 * @param retryAfter the delay the platform asked for in {@code Retry-After}, if any
	 */
	public FaaSDetailedException(String message, FaaSError faaSError, int statusCode, @Nullable String requestId,
			@Nullable String functionUuid, @Nullable String eventId, @Nullable Duration retryAfter) {
		super(message, requestId);
		this.faaSError = faaSError;
		this.statusCode = statusCode;
		this.functionUuid = functionUuid;
		this.eventId = eventId;
		this.retryAfter = retryAfter;
	}

	/**
	 * Return the error code and message the platform reported.
	 * @return the error, with {@code null} fields when the response body carried none
	 */
	public FaaSError getFaaSError() {
		return this.faaSError;
	}

	/**
	 * Return the HTTP status of the response, such as 404, 429 or 901.
	 * @return the status code
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the UUID of the invoked function.
	 * @return the function UUID, or {@code null} for event operations and listings
	 */
	public @Nullable String getFunctionUuid() {
		return this.functionUuid;
	}

	/**
	 * Return the event of the call.
	 * @return the event id, or {@code null} for invocations by UUID and listings
	 */
	public @Nullable String getEventId() {
		return this.eventId;
	}

	/**
	 * Return how long the platform asked callers to wait before trying again.
	 * @return the {@code Retry-After} delay, or {@code null} when the response had none
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}
