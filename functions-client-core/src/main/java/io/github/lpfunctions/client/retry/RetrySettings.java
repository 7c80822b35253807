package io.github.lpfunctions.client.retry;

import java.time.Duration;

/**
 * How failed requests are retried: exponential back-off with full jitter, at most
 * {@code maxAttempts} attempts, always within the call's deadline.
 *
 * @param maxAttempts attempts in all, the first included; 1 switches retries off
 * @param baseDelay the back-off before the second attempt grows from this
 * @param maxDelay the back-off never exceeds this
 * @param retryInvocations whether invocations are retried like reads (after timeouts,
 * resets and 5xx answers); only safe when every function is idempotent
 * @param budget how many retries an outage may cause
 */
public record RetrySettings(int maxAttempts, Duration baseDelay, Duration maxDelay, boolean retryInvocations,
		RetryBudget.Settings budget) {

	/**
	 * Check the settings.
	 * @param maxAttempts attempts in all
	 * @param baseDelay the base back-off
	 * @param maxDelay the maximum back-off
	 * @param retryInvocations whether invocations are retried like reads
	 * @param budget the retry budget
	 */
	public RetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("'maxAttempts' must be at least 1 but was " + maxAttempts);
		}
		if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
			throw new IllegalArgumentException("'baseDelay' must be positive and not above 'maxDelay'");
		}
	}

	/**
	 * The defaults: 3 attempts, 100 ms base, 2 s cap, invocations retried only when
	 * certainly not sent, and the default budget.
	 * @return the default settings
	 */
	public static RetrySettings defaults() {
		return new RetrySettings(3, Duration.ofMillis(100), Duration.ofSeconds(2), false,
				RetryBudget.Settings.defaults());
	}

	/**
	 * Settings that never retry.
	 * @return settings with a single attempt
	 */
	public static RetrySettings none() {
		return new RetrySettings(1, Duration.ofMillis(100), Duration.ofSeconds(2), false,
				RetryBudget.Settings.defaults());
	}

}
