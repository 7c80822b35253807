package io.github.lpfunctions.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What one function bound to an event returned when the event was invoked.
 * <p>
 * The platform does not document how it reports one failing function among several. When
 * an element carries an {@code error} object (V1 {@code {"errorCode","errorMsg"}} or V2
 * {@code {"code","message"}}, as the emulator sends), it is {@link #error()} here, so one
 * failing function neither hides the others' results nor passes for one that returned
 * nothing. Written as JSON, a result without an error has no {@code error} field.
 *
 * @param uuid the UUID of the function that ran
 * @param timestamp when the platform recorded the result
 * @param result the function's result, converted to the requested type; {@code null} when
 * the function returned nothing or failed
 * @param error the function's failure; {@code null} when it did not fail
 * @param <T> the result type
 */
public record EventInvocationResult<T>(String uuid, Instant timestamp, @Nullable T result,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable FaaSError error) {

	/**
	 * Create the result of a function that did not fail.
	 * @param uuid the UUID of the function that ran
	 * @param timestamp when the platform recorded the result
	 * @param result the function's result; {@code null} when it returned nothing
	 */
	public EventInvocationResult(String uuid, Instant timestamp, @Nullable T result) {
		this(uuid, timestamp, result, null);
	}

	/**
	 * Whether this function failed.
	 * @return {@code true} when {@link #error()} is set
	 */
	public boolean failed() {
		return this.error != null;
	}

}
