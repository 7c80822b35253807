package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.client.support.Arguments;
import io.github.lpfunctions.client.support.Deadline;

/**
 * The blocking client of LivePerson Functions: each method waits for the
 * {@link ReactiveFunctionsTemplate} it wraps, so both share one token cache, one
 * connection pool, one configuration.
 * <p>
 * It blocks the calling thread and must not be called on a non-blocking thread (a Reactor
 * or Netty event loop, a WebFlux handler): there it fails at once with an
 * {@link IllegalStateException}; use {@link ReactiveFunctionsTemplate} there. Every call
 * ends within its deadline.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FunctionsTemplate implements FunctionsOperations, AutoCloseable {

	/**
	 * Room beyond the deadline for the reactive template's own timeout, which fires at
	 * the deadline, to reach the waiting thread.
	 */
	private static final Duration GRACE = Duration.ofMillis(150);

	private final ReactiveFunctionsTemplate reactive;

	/** Whether a call has succeeded, so that the client's machinery is set up. */
	private volatile boolean warm;

	/**
	 * Create a blocking template over a reactive one.
	 * @param reactive the reactive template that does the work
	 */
	public FunctionsTemplate(ReactiveFunctionsTemplate reactive) {
		this.reactive = Arguments.notNull(reactive, "reactive");
	}

	/**
	 * Return the reactive template this one wraps.
	 * @return the reactive template
	 */
	public ReactiveFunctionsTemplate getReactiveTemplate() {
		return this.reactive;
	}

	/**
	 * Close the reactive template's own connection pool.
	 */
	@Override
	public void close() {
		this.reactive.close();
	}

	@Override
	public <T> @Nullable T invokeByUuid(String functionUuid, @Nullable Object payload, Class<T> responseType) {
		return block(() -> this.reactive.invokeByUuid(functionUuid, payload, responseType), null);
	}

	@Override
	public <T> @Nullable T invokeByUuid(String functionUuid, @Nullable Object payload,
			ParameterizedTypeReference<T> responseType) {
		return block(() -> this.reactive.invokeByUuid(functionUuid, payload, responseType), null);
	}

	@Override
	public <T> @Nullable T invokeByUuid(String functionUuid, @Nullable Object payload, InvocationOptions options,
			ParameterizedTypeReference<T> responseType) {
		return block(() -> this.reactive.invokeByUuid(functionUuid, payload, options, responseType), options);
	}

	@Override
	public void invokeByUuid(String functionUuid, @Nullable Object payload) {
		block(() -> this.reactive.invokeByUuid(functionUuid, payload), null);
	}

	@Override
	public void invokeByUuid(String functionUuid, @Nullable Object payload, InvocationOptions options) {
		block(() -> this.reactive.invokeByUuid(functionUuid, payload, options), options);
	}

	@Override
	public <T> List<EventInvocationResult<T>> invokeByEvent(String eventId, @Nullable Object payload,
			Class<T> resultType) {
		return orEmpty(block(() -> this.reactive.invokeByEvent(eventId, payload, resultType), null));
	}

	@Override
	public <T> List<EventInvocationResult<T>> invokeByEvent(String eventId, @Nullable Object payload,
			ParameterizedTypeReference<T> resultType) {
		return orEmpty(block(() -> this.reactive.invokeByEvent(eventId, payload, resultType), null));
	}

	@Override
	public <T> List<EventInvocationResult<T>> invokeByEvent(String eventId, @Nullable Object payload,
			InvocationOptions options, ParameterizedTypeReference<T> resultType) {
		return orEmpty(block(() -> this.reactive.invokeByEvent(eventId, payload, options, resultType), options));
	}

	@Override
	public void invokeByEvent(String eventId, @Nullable Object payload) {
		block(() -> this.reactive.invokeByEvent(eventId, payload), null);
	}

	@Override
	public void invokeByEvent(String eventId, @Nullable Object payload, InvocationOptions options) {
		block(() -> this.reactive.invokeByEvent(eventId, payload, options), options);
	}

	@Override
	public <T> InvocationResponse<T> exchangeByUuid(String functionUuid, @Nullable Object payload,
			InvocationOptions options, ParameterizedTypeReference<T> responseType) {
		return answer(block(() -> this.reactive.exchangeByUuid(functionUuid, payload, options, responseType), options));
	}

	@Override
	public <T> InvocationResponse<List<EventInvocationResult<T>>> exchangeByEvent(String eventId,
			@Nullable Object payload, InvocationOptions options, ParameterizedTypeReference<T> resultType) {
		return answer(block(() -> this.reactive.exchangeByEvent(eventId, payload, options, resultType), options));
	}

	// A cached answer is handed over on the caller's thread: there is nothing to wait
	// for.
	@Override
	public boolean isImplemented(String eventId) {
		refuseNonBlockingThread();
		Boolean cached = this.reactive.cachedImplemented(eventId, null, InvocationOptions.none());
		return (cached != null) ? cached : Boolean.TRUE.equals(block(() -> this.reactive.isImplemented(eventId), null));
	}

	@Override
	public boolean isImplemented(String eventId, @Nullable String skillId) {
		refuseNonBlockingThread();
		if (skillId != null) {
			Arguments.headerValue(skillId, "skillId");
		}
		Boolean cached = this.reactive.cachedImplemented(eventId, skillId, InvocationOptions.none());
		return (cached != null) ? cached
				: Boolean.TRUE.equals(block(() -> this.reactive.isImplemented(eventId, skillId), null));
	}

	@Override
	public boolean isImplemented(String eventId, InvocationOptions options) {
		refuseNonBlockingThread();
		Arguments.notNull(options, "options");
		Boolean cached = this.reactive.cachedImplemented(eventId, options.skillId(), options);
		return (cached != null) ? cached
				: Boolean.TRUE.equals(block(() -> this.reactive.isImplemented(eventId, options), options));
	}

	@Override
	public List<LambdaSummary> getLambdas(LambdaQuery query) {
		return orEmpty(block(() -> this.reactive.getLambdas(query), null));
	}

	@Override
	public List<LambdaSummary> getLambdas(LambdaQuery query, InvocationOptions options) {
		return orEmpty(block(() -> this.reactive.getLambdas(query, options), options));
	}

	@Override
	public List<FunctionSummary> getFunctions(FunctionQuery query) {
		return orEmpty(block(() -> this.reactive.getFunctions(query), null));
	}

	@Override
	public List<FunctionSummary> getFunctions(FunctionQuery query, InvocationOptions options) {
		return orEmpty(block(() -> this.reactive.getFunctions(query, options), options));
	}

	private <T> @Nullable T block(Supplier<Mono<T>> call, @Nullable InvocationOptions options) {
		Duration timeout = (options != null && options.timeout() != null) ? options.timeout()
				: this.reactive.getTimeout();
		Deadline deadline = Deadline.in(timeout);
		refuseNonBlockingThread();
		// Until a call has succeeded, subscribed on another thread so that the caller
		// waits for the deadline only: on a cold JVM subscribing sets up event loops,
		// resolver, TLS and connections, which may outlast it. After that subscribing
		// takes microseconds, and the hop to another thread would cost more than the
		// call's own work. The caller's thread-local observation becomes the parent
		// either way.
		Mono<T> mono = call.get();
		CompletableFuture<T> result = (this.warm ? mono : mono.subscribeOn(Subscriber.SCHEDULER)).contextCapture()
			.toFuture();
		try {
			T value = result.get(deadline.remaining().plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
			this.warm = true;
			return value;
		}
		catch (ExecutionException ex) {
			throw unchecked(ex.getCause());
		}
		catch (TimeoutException ex) {
			// the reactive timeout, which names the request id, did not arrive in time
			result.cancel(true);
			throw new FaaSException("The call timed out: no answer within " + timeout, null, ex);
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new FaaSException("Interrupted while waiting for the call", null, ex);
		}
	}

	private static void refuseNonBlockingThread() {
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("FunctionsTemplate blocks and cannot be called on the non-blocking thread '"
					+ Thread.currentThread().getName() + "'; use ReactiveFunctionsTemplate there");
		}
	}

	/**
	 * Subscribes the blocking calls until one has succeeded, off their callers' threads.
	 * Its threads end after a second without work, so that an idle application keeps none
	 * of them. A class of its own, so that its scheduler is made by the first call, not
	 * when the template's class is loaded while the application starts.
	 */
	private static final class Subscriber {

		private static final AtomicInteger THREADS = new AtomicInteger();

		static final Scheduler SCHEDULER = Schedulers.fromExecutorService(new ThreadPoolExecutor(0, Integer.MAX_VALUE,
				1, TimeUnit.SECONDS, new SynchronousQueue<>(), Subscriber::newThread), "lpfunctions-blocking");

		private Subscriber() {
		}

		private static Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "lpfunctions-blocking-" + THREADS.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

	private static RuntimeException unchecked(Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new FaaSException("The call failed: " + failure.getClass().getName(), null, failure);
	}

	// an exchange always completes with its answer or fails
	private static <T> InvocationResponse<T> answer(@Nullable InvocationResponse<T> response) {
		return Objects.requireNonNull(response, "no answer");
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
