package io.github.lpfunctions.emulator;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * How the gateway answers a request that a fault was injected into: with an HTTP status,
 * or by resetting the TCP connection.
 *
 * @param status the HTTP status, or {@code null} to reset the connection
 * @param retryAfter the {@code Retry-After} value to send, or {@code null} for none
 * @author LivePerson Functions for Spring contributors
 */
public record GatewayFault(@Nullable Integer status, @Nullable Duration retryAfter) {

	/**
	 * Create a new instance, validating the arguments.
	 * @param status the HTTP status, or {@code null} to reset the connection
	 * @param retryAfter the {@code Retry-After} value to send, or {@code null} for none
	 */
	public GatewayFault {
		Assert.isTrue(status == null || (status >= 100 && status <= 999), "'status' must be a three-digit HTTP status");
		Assert.isTrue(retryAfter == null || !retryAfter.isNegative(), "'retryAfter' must not be negative");
	}

	/**
	 * Answer with the given status; {@code 429} and {@code 503} carry
	 * {@code Retry-After: 1}.
	 * @param status the HTTP status
	 * @return the fault
	 */
	public static GatewayFault status(int status) {
		return new GatewayFault(status, (status == 429 || status == 503) ? Duration.ofSeconds(1) : null);
	}

	/**
	 * Answer with the given status and {@code Retry-After} header.
	 * @param status the HTTP status
	 * @param retryAfter the {@code Retry-After} value (whole seconds are sent)
	 * @return the fault
	 */
	public static GatewayFault status(int status, Duration retryAfter) {
		return new GatewayFault(status, retryAfter);
	}

	/**
	 * Reset the TCP connection without answering.
	 * @return the fault
	 */
	public static GatewayFault connectionReset() {
		return new GatewayFault(null, null);
	}

	/**
	 * Whether the fault resets the connection.
	 * @return {@code true} for a connection reset
	 */
	public boolean isConnectionReset() {
		return this.status == null;
	}

}
