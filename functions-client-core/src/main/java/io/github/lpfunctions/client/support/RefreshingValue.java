package io.github.lpfunctions.client.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A value fetched from a server and kept until it must be fetched again: the discovered
 * endpoints, an access token. However many callers arrive, one fetch is in flight at a
 * time. A value past its refresh time keeps serving while a refresh runs in the
 * background; when that refresh fails the value keeps serving until it is no longer
 * usable, and the next refresh waits for a pause. Only a caller with no usable value
 * waits for the server.
 *
 * @param <T> the value type
 * @author LivePerson Functions for Spring contributors
 */
public final class RefreshingValue<T> {

	private final Supplier<Mono<Lease<T>>> source;

	private final Clock clock;

	private final Duration pauseAfterFailure;

	private final Consumer<Throwable> onBackgroundFailure;

	private final SingleFlight<Lease<T>> singleFlight = new SingleFlight<>();

	private volatile @Nullable Lease<T> lease;

	private volatile Instant nextAttempt = Instant.MIN;

	private RefreshingValue(Supplier<Mono<Lease<T>>> source, Clock clock, Duration pauseAfterFailure,
			Consumer<Throwable> onBackgroundFailure) {
		this.source = source;
		this.clock = clock;
		this.pauseAfterFailure = pauseAfterFailure;
		this.onBackgroundFailure = onBackgroundFailure;
	}

	/**
	 * Keep the values the given source fetches.
	 * @param source fetches a new value with the times it holds
	 * @param clock the clock that decides when a value is due
	 * @param pauseAfterFailure how long a failed fetch keeps the next background refresh
	 * waiting
	 * @param onBackgroundFailure told of a failed background refresh, for the log
	 * @param <T> the value type
	 * @return the refreshing value
	 */
	public static <T> RefreshingValue<T> of(Supplier<Mono<Lease<T>>> source, Clock clock, Duration pauseAfterFailure,
			Consumer<Throwable> onBackgroundFailure) {
		return new RefreshingValue<>(source, clock, pauseAfterFailure, onBackgroundFailure);
	}

	/**
	 * Return the usable value at once, starting a background refresh when it is due, or
	 * fetch one (joining the fetch in flight) when there is none.
	 * @return the value, or the error of the fetch
	 */
	public Mono<T> get() {
		return Mono.defer(() -> {
			Lease<T> current = this.lease;
			Instant now = this.clock.instant();
			if (current != null && now.isBefore(current.usableUntil())) {
				if (!now.isBefore(current.refreshAt()) && !isPaused()) {
					refreshInBackground();
				}
				return Mono.just(current.value());
			}
			return this.singleFlight.run(this::fetchUnlessFresh).map(Lease::value);
		});
	}

	/**
	 * Whether a value was ever fetched and is still usable.
	 * @return {@code true} when {@link #get()} answers without waiting for the server
	 */
	public boolean hasUsableValue() {
		Lease<T> current = this.lease;
		return current != null && this.clock.instant().isBefore(current.usableUntil());
	}

	/**
	 * Whether the last fetch failed less than the pause ago.
	 * @return {@code true} during the pause after a failure
	 */
	public boolean isPaused() {
		return this.clock.instant().isBefore(this.nextAttempt);
	}

	/**
	 * Drop the value if it is the one the server rejected, so that the next
	 * {@link #get()} fetches a new one.
	 * @param rejected tells the rejected value
	 */
	public void invalidate(Predicate<T> rejected) {
		Lease<T> current = this.lease;
		if (current != null && rejected.test(current.value())) {
			this.lease = null;
		}
	}

	private void refreshInBackground() {
		this.singleFlight.run(this::fetchUnlessFresh).subscribe(null, this.onBackgroundFailure);
	}

	// A caller may find no usable value just before a flight stores one, and the single
	// flight free just after: looking again here spares a second request.
	private Mono<Lease<T>> fetchUnlessFresh() {
		Lease<T> current = this.lease;
		if (current != null && this.clock.instant().isBefore(current.refreshAt())) {
			return Mono.just(current);
		}
		return this.source.get().doOnNext((fetched) -> {
			this.lease = fetched;
			this.nextAttempt = Instant.MIN;
		}).doOnError((ex) -> this.nextAttempt = this.clock.instant().plus(this.pauseAfterFailure));
	}

	/**
	 * A fetched value and the times it holds.
	 *
	 * @param value the value
	 * @param refreshAt from when a background refresh is due
	 * @param usableUntil until when the value may serve; {@link Instant#MAX} for a value
	 * that serves until a refresh replaces it
	 * @param <T> the value type
	 */
	public record Lease<T>(T value, Instant refreshAt, Instant usableUntil) {

		@Override
		public String toString() {
			return "Lease[refreshAt=" + this.refreshAt + ", usableUntil=" + this.usableUntil + "]";
		}

	}

}
