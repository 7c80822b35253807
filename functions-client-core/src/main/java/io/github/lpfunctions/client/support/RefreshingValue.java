package io.github.lpfunctions.client.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A value fetched from a server and kept until it must be fetched again: the discovered
 * endpoints, an access token. However many callers arrive, one fetch is in flight at a
 * time. A value past its refresh time keeps serving while a refresh runs in the
 * background; only a caller with no usable value waits for the server.
 * <p>
 * A failed fetch starts a pause, during which no fetch starts: the refresh pause when a
 * usable value still serves, the failure pause when none does. Each pause is varied by up
 * to 20% either way, so that many clients that failed together do not come back together.
 * A value that remembers failures (see {@link #rememberingFailures}) answers callers with
 * no usable value during the pause at once with a copy of the failure, instead of asking
 * the server again; one that does not lets such callers fetch, and the pause holds back
 * only background refreshes.
 *
 * @param <T> the value type
 * @author LivePerson Functions for Spring contributors
 */
public final class RefreshingValue<T> {

	/** How much a pause varies either way, in percent of its length. */
	static final int PAUSE_JITTER_PERCENT = 20;

	private final Supplier<Mono<Lease<T>>> source;

	private final Clock clock;

	private final Duration refreshPause;

	private final Duration failurePause;

	private final @Nullable Function<Throwable, @Nullable Throwable> recall;

	private final Consumer<Throwable> onBackgroundFailure;

	private final SingleFlight<Lease<T>> singleFlight = new SingleFlight<>();

	private volatile @Nullable Lease<T> lease;

	private volatile @Nullable Failure failure;

	private RefreshingValue(Supplier<Mono<Lease<T>>> source, Clock clock, Duration refreshPause, Duration failurePause,
			@Nullable Function<Throwable, @Nullable Throwable> recall, Consumer<Throwable> onBackgroundFailure) {
		this.source = source;
		this.clock = clock;
		this.refreshPause = refreshPause;
		this.failurePause = failurePause;
		this.recall = recall;
		this.onBackgroundFailure = onBackgroundFailure;
	}

	/**
	 * Keep the values the given source fetches. A failed fetch pauses background
	 * refreshes; callers with no usable value still fetch.
	 * @param source fetches a new value with the times it holds
	 * @param clock the clock that decides when a value is due
	 * @param pauseAfterFailure how long a failed fetch keeps the next one waiting
	 * @param onBackgroundFailure told of a failed background refresh, for the log
	 * @param <T> the value type
	 * @return the refreshing value
	 */
	public static <T> RefreshingValue<T> of(Supplier<Mono<Lease<T>>> source, Clock clock, Duration pauseAfterFailure,
			Consumer<Throwable> onBackgroundFailure) {
		return new RefreshingValue<>(source, clock, pauseAfterFailure, pauseAfterFailure, null, onBackgroundFailure);
	}

	/**
	 * Return a value like this one that remembers a failed fetch which left no usable
	 * value for the failure pause: callers with no usable value get a copy of that
	 * failure at once until the pause ends, and no request reaches the server.
	 * @param failurePause how long such a failure is remembered; zero to remember none
	 * @param recall makes the copy each such caller gets, keeping what the failure tells
	 * (a copy, so that no caller adds to an exception the others share), or returns
	 * {@code null} for a failure that is not to be remembered
	 * @return the refreshing value that remembers failures
	 */
	public RefreshingValue<T> rememberingFailures(Duration failurePause,
			Function<Throwable, @Nullable Throwable> recall) {
		return new RefreshingValue<>(this.source, this.clock, this.refreshPause, failurePause, recall,
				this.onBackgroundFailure);
	}

	/**
	 * Return the usable value at once, starting a background refresh when it is due, or
	 * fetch one (joining the fetch in flight) when there is none.
	 * @return the value, or the error of the fetch (or of the remembered failure)
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
			Throwable remembered = rememberedFailure();
			if (remembered != null) {
				return Mono.error(remembered);
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
	 * Whether the last fetch failed and its pause has not ended.
	 * @return {@code true} during the pause after a failure
	 */
	public boolean isPaused() {
		return pausedUntil() != null;
	}

	/**
	 * When the pause after the last failed fetch ends, if it has not ended yet.
	 * @return the end of the pause, or {@code null} when no pause holds
	 */
	public @Nullable Instant pausedUntil() {
		Failure last = this.failure;
		return (last != null && this.clock.instant().isBefore(last.pausedUntil())) ? last.pausedUntil() : null;
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

	// The copy of the failure a caller with no usable value gets during the pause, when
	// failures are remembered.
	private @Nullable Throwable rememberedFailure() {
		Failure last = this.failure;
		if (this.recall == null || last == null || !this.clock.instant().isBefore(last.pausedUntil())) {
			return null;
		}
		return this.recall.apply(last.error());
	}

	// A caller may find no usable value (or no remembered failure) just before a flight
	// stores one, and the single flight free just after: looking again here spares a
	// second request.
	private Mono<Lease<T>> fetchUnlessFresh() {
		Lease<T> current = this.lease;
		Instant now = this.clock.instant();
		if (current != null && now.isBefore(current.refreshAt())) {
			return Mono.just(current);
		}
		if (current == null || !now.isBefore(current.usableUntil())) {
			Throwable remembered = rememberedFailure();
			if (remembered != null) {
				return Mono.error(remembered);
			}
		}
		return this.source.get().doOnNext((fetched) -> {
			this.lease = fetched;
			this.failure = null;
		}).doOnError(this::remember);
	}

	private void remember(Throwable error) {
		Duration pause = hasUsableValue() ? this.refreshPause : this.failurePause;
		this.failure = new Failure(error, this.clock.instant().plus(jittered(pause)));
	}

	private static Duration jittered(Duration pause) {
		long nanos = pause.toNanos();
		long spread = nanos / 100 * PAUSE_JITTER_PERCENT;
		return (spread <= 0) ? pause
				: Duration.ofNanos(nanos - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1));
	}

	private record Failure(Throwable error, Instant pausedUntil) {

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
