package io.github.lpfunctions.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one function bound to an event returned when the event was invoked.
 *
 * @param uuid the UUID of the function that ran
 * @param timestamp when the platform recorded the result
 * @param result the function's result, converted to the requested type; {@code null} when
 * the function returned nothing
 * @param <T> the result type
 */
public record EventInvocationResult<T>(String uuid, Instant timestamp, @Nullable T result) {

}
