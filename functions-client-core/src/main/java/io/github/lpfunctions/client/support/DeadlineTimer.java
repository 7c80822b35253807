package io.github.lpfunctions.client.support;

import java.util.concurrent.TimeUnit;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The timer of the calls' deadlines: Netty's hashed wheel on one daemon thread, shared by
 * every template of the JVM, started with the first call.
 * <p>
 * Every call sets a timer and nearly every call cancels it. Reactor's parallel scheduler
 * keeps its timers in a {@code ScheduledThreadPoolExecutor}, which takes a lock to add
 * and to remove each one and, when it held none (one call in flight), wakes its thread
 * for every new one: measured without a network, that was 7 of the 18 µs the reactive
 * template spent on a call. The wheel adds a timer to a lock-free queue and looks at it
 * on its next tick, so a deadline fires up to one tick late; its signal then moves to the
 * parallel scheduler, so that what the caller does with the timeout never holds up the
 * wheel. Once started, the wheel's thread wakes at every tick, a hundred times a second,
 * whether or not a call is in flight.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class DeadlineTimer {

	/** How late a deadline may fire, in milliseconds. */
	static final long TICK_MILLIS = 10;

	private static final HashedWheelTimer WHEEL = start();

	private DeadlineTimer() {
	}

	// 512 ticks of 10 ms: a deadline of the default 35 s goes round nearly seven times
	private static HashedWheelTimer start() {
		HashedWheelTimer wheel = new HashedWheelTimer(new DefaultThreadFactory("lpfunctions-deadlines", true),
				TICK_MILLIS, TimeUnit.MILLISECONDS, 512, false);
		wheel.start();
		return wheel;
	}

	/**
	 * A timer that emits once the deadline has passed.
	 * @param deadlineNanos the deadline in {@link System#nanoTime()} terms
	 * @return the timer, set when subscribed and cancelled with its subscription
	 */
	static Mono<Long> at(long deadlineNanos) {
		return Mono.create((sink) -> {
			Timeout timeout = WHEEL.newTimeout((expired) -> Schedulers.parallel().schedule(() -> sink.success(0L)),
					deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
			sink.onCancel(timeout::cancel);
		});
	}

}
