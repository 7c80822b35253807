package io.github.lpfunctions.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.discovery.ServiceEndpoints;

/**
 * The outcome of a connection check: whether the account's hosts are known (discovered or
 * configured) and credentials can be obtained for its gateway. A check never invokes a
 * function. Failures are part of the outcome, never an error signal.
 *
 * @param accountId the account checked
 * @param endpoints the resolved endpoints, or {@code null} when discovery failed
 * @param platform the platform generation, or {@code null} when discovery failed
 * @param failedStep the step that failed, or {@code null} when the check passed
 * @param failure why that step failed, or {@code null} when the check passed
 * @param pausedUntil when the pause after the failure ends, or {@code null} when none
 * holds: until then the failed step is not tried again, and calls that need it fail at
 * once with the same failure (a failed token request is remembered this way)
 * @author LivePerson Functions for Spring contributors
 */
public record ConnectionCheck(String accountId, @Nullable ServiceEndpoints endpoints, @Nullable Platform platform,
		@Nullable Step failedStep, @Nullable Throwable failure, @Nullable Instant pausedUntil) {

	/**
	 * The outcome of a check with no pause after its failure.
	 * @param accountId the account checked
	 * @param endpoints the resolved endpoints, or {@code null} when discovery failed
	 * @param platform the platform generation, or {@code null} when discovery failed
	 * @param failedStep the step that failed, or {@code null} when the check passed
	 * @param failure why that step failed, or {@code null} when the check passed
	 */
	public ConnectionCheck(String accountId, @Nullable ServiceEndpoints endpoints, @Nullable Platform platform,
			@Nullable Step failedStep, @Nullable Throwable failure) {
		this(accountId, endpoints, platform, failedStep, failure, null);
	}

	/**
	 * Whether every step passed.
	 * @return {@code true} when the hosts are known and credentials could be obtained
	 */
	public boolean isHealthy() {
		return this.failedStep == null;
	}

	/**
	 * A step of the check, in the order they run.
	 */
	public enum Step {

		/** Finding the account's hosts: service discovery or the configured endpoints. */
		DISCOVERY,

		/** Obtaining credentials for the gateway, such as an access token. */
		AUTHORIZATION

	}

}
