package io.github.lpfunctions.client.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callers join the call in flight; once it has ended, the next caller starts a new one.
 */
class SingleFlightTests {

	private final SingleFlight<String> singleFlight = new SingleFlight<>();

	private final AtomicInteger calls = new AtomicInteger();

	@Test
	void joinsTheCallInFlight() {
		Sinks.One<String> answer = Sinks.one();
		Mono<String> first = this.singleFlight.run(() -> count(answer.asMono()));
		Mono<String> second = this.singleFlight.run(() -> count(Mono.just("other")));
		AtomicReference<String> firstResult = new AtomicReference<>();
		AtomicReference<String> secondResult = new AtomicReference<>();
		first.subscribe(firstResult::set);
		second.subscribe(secondResult::set);
		answer.tryEmitValue("shared");
		assertThat(firstResult).hasValue("shared");
		assertThat(secondResult).hasValue("shared");
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void startsANewCallForACallerWhoArrivesWhileAFailureIsBeingDelivered() {
		AtomicReference<Throwable> retried = new AtomicReference<>();
		this.singleFlight.run(() -> count(Mono.<String>error(new IllegalStateException("down"))))
			.subscribe(null, (ex) -> this.singleFlight.run(() -> count(Mono.just("up")))
				.subscribe((value) -> retried.set(null), retried::set));
		assertThat(this.calls).hasValue(2);
		assertThat(retried).hasValue(null);
	}

	@Test
	void startsANewCallAfterTheLastOneEnded() {
		assertThat(this.singleFlight.run(() -> count(Mono.just("one"))).block(Duration.ofSeconds(1))).isEqualTo("one");
		assertThat(this.singleFlight.run(() -> count(Mono.just("two"))).block(Duration.ofSeconds(1))).isEqualTo("two");
		assertThat(this.calls).hasValue(2);
	}

	private <T> Mono<T> count(Mono<T> call) {
		return Mono.defer(() -> {
			this.calls.incrementAndGet();
			return call;
		});
	}

}
