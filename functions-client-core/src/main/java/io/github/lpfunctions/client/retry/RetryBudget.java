package io.github.lpfunctions.client.retry;

/**
 * Token bucket that limits retries, so an outage does not multiply the load on
 * LivePerson: every retry takes {@code retryCost} tokens, every success gives one back.
 * With the defaults, a client retries freely while most calls succeed, and stops retrying
 * after about 100 retries in a row have failed. Thread-safe.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class RetryBudget {

	private final Settings settings;

	/** Written under the lock only; volatile for the lock-free check of a full bucket. */
	private volatile int tokens;

	/**
	 * Create a full budget.
	 * @param settings capacity and costs
	 */
	public RetryBudget(Settings settings) {
		this.settings = settings;
		this.tokens = settings.capacity();
	}

	/**
	 * Take the cost of one retry, if the budget has it.
	 * @return {@code true} when the retry may go ahead
	 */
	public synchronized boolean tryAcquire() {
		if (this.tokens < this.settings.retryCost()) {
			return false;
		}
		this.tokens -= this.settings.retryCost();
		return true;
	}

	/**
	 * Give a token back after a successful call.
	 */
	public void onSuccess() {
		// Every successful call ends here, and nearly always with a full bucket: that
		// case takes neither the lock nor a write to the shared field.
		if (this.tokens >= this.settings.capacity()) {
			return;
		}
		synchronized (this) {
			this.tokens = Math.min(this.settings.capacity(), this.tokens + 1);
		}
	}

	/**
	 * Size of the budget.
	 *
	 * @param capacity tokens in a full bucket
	 * @param retryCost tokens one retry takes
	 */
	public record Settings(int capacity, int retryCost) {

		/**
		 * Check the settings.
		 * @param capacity tokens in a full bucket
		 * @param retryCost tokens one retry takes
		 */
		public Settings {
			if (capacity < 0 || retryCost < 0) {
				throw new IllegalArgumentException("Retry budget capacity and cost must not be negative");
			}
		}

		/**
		 * The defaults of the AWS SDK's standard retry mode: 500 tokens, 5 a retry.
		 * @return the default settings
		 */
		public static Settings defaults() {
			return new Settings(500, 5);
		}

	}

}
