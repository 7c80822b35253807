package io.github.lpfunctions.emulator.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.util.Assert;

/**
 * A clock that stands still until a test moves it forward, so that a test crosses token
 * expiries and cache lifetimes without sleeping. Hand it to
 * {@code FunctionsEmulator.builder().clock(...)} and to the client under test:
 *
 * <pre class="code">
 * MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
 * FunctionsEmulator emulator = FunctionsEmulator.builder().clock(clock).start();
 * clock.advance(Duration.ofHours(1)); // the access token issued before has expired
 * </pre>
 *
 * Safe for use by many threads: concurrent {@link #advance(Duration)} calls all take
 * effect. A clock from {@link #withZone(ZoneId)} shares the instant of this one.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	/**
	 * Create a clock that shows {@code start} until it is moved; its zone is UTC.
	 * @param start the instant the clock shows first
	 */
	public MovableClock(Instant start) {
		this(new AtomicReference<>(Objects.requireNonNull(start, "start must not be null")), ZoneOffset.UTC);
	}

	private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/**
	 * Move the clock forward.
	 * @param duration how far, zero or positive
	 */
	public void advance(Duration duration) {
		Assert.notNull(duration, "duration must not be null");
		Assert.isTrue(!duration.isNegative(), "duration must not be negative");
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(this.zone) ? this : new MovableClock(this.now, zone);
	}

	@Override
	public String toString() {
		return "MovableClock[" + instant() + "," + this.zone + "]";
	}

}
