package io.github.lpfunctions.emulator.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MovableClockTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void standsStillUntilAdvanced() {
		MovableClock clock = new MovableClock(START);
		assertThat(clock.instant()).isEqualTo(START);
		assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
		assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
		clock.advance(Duration.ofMinutes(5));
		assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
	}

	@Test
	void clockInAnotherZoneSharesTheInstant() {
		MovableClock clock = new MovableClock(START);
		ZoneId paris = ZoneId.of("Europe/Paris");
		Clock inParis = clock.withZone(paris);
		clock.advance(Duration.ofHours(1));
		assertThat(inParis.getZone()).isEqualTo(paris);
		assertThat(inParis.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
		assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
	}

	@Test
	void concurrentAdvancesAllCount() throws InterruptedException {
		MovableClock clock = new MovableClock(START);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int i = 0; i < 1000; i++) {
				pool.execute(() -> clock.advance(Duration.ofMillis(1)));
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(clock.instant()).isEqualTo(START.plusMillis(1000));
	}

	@Test
	void refusesToGoBack() {
		MovableClock clock = new MovableClock(START);
		assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
			.withMessageContaining("negative");
		assertThat(clock.instant()).isEqualTo(START);
	}

}
