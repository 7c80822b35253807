package io.github.lpfunctions.client.support;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Runs at most one call at a time: callers that arrive while a call is in flight join it
 * instead of starting their own. Used by {@link RefreshingValue}, so that a cold cache
 * hit by hundreds of callers makes one discovery request and one token request, not
 * hundreds.
 *
 * @param <T> the result type
 * @author LivePerson Functions for Spring contributors
 */
final class SingleFlight<T> {

	private final AtomicReference<Mono<T>> inFlight = new AtomicReference<>();

	/**
	 * Join the call in flight, or start the given one.
	 * @param call the call to start when none is in flight
	 * @return the shared result
	 */
	Mono<T> run(Supplier<Mono<T>> call) {
		return Mono.defer(() -> {
			while (true) {
				Mono<T> existing = this.inFlight.get();
				if (existing != null) {
					return existing;
				}
				Flight flight = new Flight(call);
				if (this.inFlight.compareAndSet(null, flight.shared)) {
					return flight.shared;
				}
			}
		});
	}

	private final class Flight {

		private final Mono<T> shared;

		Flight(Supplier<Mono<T>> call) {
			// The slot is freed before the result reaches anyone, so that a caller who
			// arrives afterwards starts a new call instead of joining a finished one,
			// whose failure would be stale. cache() keeps the upstream alive when one
			// caller gives up, so the result still reaches the others.
			this.shared = Mono.defer(call).doOnTerminate(this::release).doOnCancel(this::release).cache();
		}

		private void release() {
			SingleFlight.this.inFlight.compareAndSet(this.shared, null);
		}

	}

}
