package io.github.lpfunctions.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The function's own code failed: it returned an error on purpose, threw, ran past its
 * window or exceeded its log limit (V1 codes {@code com.liveperson.faas.handler.*}, V2
 * codes {@code com.customer.faas.function.*}, or status 901). Usually no reason to alert
 * on the platform; look at the function.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FaaSLambdaException extends FaaSDetailedException {

	/**
	 * Create an exception for a failed function.
	 * @param message what went wrong
	 * @param faaSError the error the platform reported
	 * @param statusCode the HTTP status of the response, usually 901
	 * @param requestId the {@code X-Request-ID} of the call
	 * @param functionUuid the invoked function, if the call named one
	 * @param eventId the event, if the call named one
	 * @param retryAfter the delay the platform asked for, if any
	 */
	public FaaSLambdaException(String message, FaaSError faaSError, int statusCode, @Nullable String requestId,
			@Nullable String functionUuid, @Nullable String eventId, @Nullable Duration retryAfter) {
		super(message, faaSError, statusCode, requestId, functionUuid, eventId, retryAfter);
	}

}
