package io.github.lpfunctions.client.support;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A deadline's timer fires once the deadline has passed, never before, and hands the
 * timeout to Reactor's parallel scheduler; a cancelled one never fires.
 */
class DeadlineTimerTests {

	@Test
	void firesAfterTheDeadlineOnTheParallelScheduler() {
		Deadline deadline = Deadline.in(Duration.ofMillis(150));
		AtomicReference<String> thread = new AtomicReference<>();
		Long fired = deadline.expiry().doOnNext((tick) -> thread.set(Thread.currentThread().getName())).block();
		long lateNanos = System.nanoTime() - deadline.nanoTime();
		assertThat(fired).isZero();
		assertThat(lateNanos).as("nanoseconds after the deadline").isNotNegative();
		assertThat(thread.get()).startsWith("parallel-");
	}

	@Test
	void endsACallThatOutlivesItsDeadline() {
		Deadline deadline = Deadline.in(Duration.ofMillis(100));
		Mono<String> neverAnswered = Sinks.<String>one().asMono();
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> neverAnswered.timeout(deadline.expiry()).block(Duration.ofSeconds(5)))
			.withCauseInstanceOf(TimeoutException.class);
		assertThat(deadline.remaining()).isZero();
	}

	@Test
	void aCancelledTimerNeverFires() {
		AtomicReference<Long> fired = new AtomicReference<>();
		Disposable timer = Deadline.in(Duration.ofMillis(50)).expiry().subscribe(fired::set);
		timer.dispose();
		Long later = Deadline.in(Duration.ofMillis(200)).expiry().block();
		assertThat(later).isZero();
		assertThat(fired).hasNullValue();
	}

	@Test
	void aPassedDeadlineFiresOnTheNextTick() {
		Deadline passed = new Deadline(System.nanoTime() - 1, Duration.ofMillis(1));
		assertThat(passed.expiry().block(Duration.ofSeconds(5))).isZero();
	}

}
