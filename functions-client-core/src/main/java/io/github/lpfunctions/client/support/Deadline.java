package io.github.lpfunctions.client.support;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * The moment a call must have ended by, on the monotonic clock, and the time it was
 * given.
 *
 * @param nanoTime the deadline in {@link System#nanoTime()} terms
 * @param timeout the time the call was given
 * @author LivePerson Functions for Spring contributors
 */
public record Deadline(long nanoTime, Duration timeout) {

	/**
	 * A deadline the given time from now.
	 * @param timeout the time allowed
	 * @return the deadline
	 */
	public static Deadline in(Duration timeout) {
		return new Deadline(System.nanoTime() + timeout.toNanos(), timeout);
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
	 * A timer that fires at the deadline, for
	 * {@link Mono#timeout(org.reactivestreams.Publisher)}: at most
	 * {@value DeadlineTimer#TICK_MILLIS} ms late, on Reactor's parallel scheduler. The
	 * delay is measured when the timer is set, after the timer thread exists, so that the
	 * first-time set-up of the timeout operator and its timer on a cold JVM does not push
	 * the deadline back.
	 * @return a timer that emits once the deadline has passed
	 */
	public Mono<Long> expiry() {
		return DeadlineTimer.at(this.nanoTime);
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
