package io.github.lpfunctions.client.support;

import java.time.Duration;

/**
 * The moment a call must have ended by, on the monotonic clock.
 *
 * @param nanoTime the deadline in {@link System#nanoTime()} terms
 * @author LivePerson Functions for Spring contributors
 */
public record Deadline(long nanoTime) {

	/**
	 * A deadline the given time from now.
	 * @param timeout the time allowed
	 * @return the deadline
	 */
	public static Deadline in(Duration timeout) {
		return new Deadline(System.nanoTime() + timeout.toNanos());
	}

	/**
	 * The time left, zero once passed.
	 * @return the remaining time
	 */
	public Duration remaining() {
		long left = this.nanoTime - System.nanoTime();
		return (left > 0) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	/**
	 * Whether waiting the given delay still leaves time before the deadline.
	 * @param delay the delay to wait
	 * @return {@code true} if the deadline lies beyond the delay
	 */
	public boolean allows(Duration delay) {
		return this.remaining().compareTo(delay) > 0;
	}

}
