package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.observation.DefaultFunctionsObservationConvention;
import io.github.lpfunctions.client.observation.FunctionsObservationContext;
import io.github.lpfunctions.client.observation.FunctionsObservationConvention;
import io.github.lpfunctions.client.observation.FunctionsObservationDocumentation;
import io.github.lpfunctions.client.retry.RetryPolicy;
import io.github.lpfunctions.client.support.Deadline;

/**
 * Runs each operation of the template within its deadline, observed as
 * {@code liveperson.functions.requests}, and maps its failures to {@link FaaSException}s.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class OperationObserver {

	private static final FunctionsObservationConvention DEFAULT_CONVENTION = new DefaultFunctionsObservationConvention();

	private final ObservationRegistry observationRegistry;

	private final @Nullable FunctionsObservationConvention observationConvention;

	private final RetryPolicy retryPolicy;

	private final int maxResponseBytes;

	OperationObserver(ObservationRegistry observationRegistry,
			@Nullable FunctionsObservationConvention observationConvention, RetryPolicy retryPolicy,
			int maxResponseBytes) {
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
		this.retryPolicy = retryPolicy;
		this.maxResponseBytes = maxResponseBytes;
	}

	/**
	 * Wrap an operation: observation, deadline, and failures mapped to
	 * {@link FaaSException}s that say what happened and carry the request id.
	 * <p>
	 * The first subscription keeps the deadline taken when the operation was called, so
	 * that whatever happens between the call and the first byte on the wire (serializing
	 * the payload, discovery, the token, setting up connections and TLS, first class
	 * loading) counts against it; a later subscription, such as a caller's repeat, gets a
	 * deadline of its own.
	 */
	<R> Mono<R> observe(FunctionsObservationContext context, Deadline callDeadline, String description,
			Function<Deadline, Mono<R>> operation) {
		Duration timeout = callDeadline.timeout();
		AtomicReference<@Nullable Deadline> unused = new AtomicReference<>(callDeadline);
		return Mono.deferContextual((reactorContext) -> {
			Deadline first = unused.getAndSet(null);
			Deadline deadline = (first != null) ? first : Deadline.in(timeout);
			Observation observation = start(context, reactorContext);
			Mono<R> timed = deadline.allows(Duration.ZERO) ? operation.apply(deadline).timeout(deadline.expiry())
					: Mono.error(new TimeoutException("The deadline passed before the request was sent"));
			return timed
				.onErrorMap((ex) -> GatewayErrors.toFaaSException(ex, description, timeout, context.getRequestId(),
						this.maxResponseBytes))
				// Stopped before the result reaches the caller, so that the timer is
				// recorded once the call returns.
				.doOnSuccess((result) -> {
					this.retryPolicy.onSuccess();
					observation.stop();
				})
				.doOnError((ex) -> {
					observation.error(ex);
					observation.stop();
				})
				.doOnCancel(observation::stop)
				.contextWrite((ctx) -> ctx.put(ObservationThreadLocalAccessor.KEY, observation)
					.put(AuthenticationFilter.OPERATION_OBSERVATION, observation));
		});
	}

	/**
	 * Observe an operation answered without a request, such as from a cache: it succeeds
	 * at once, so there is no deadline to watch and no failure to map.
	 */
	<R> Mono<R> observeAnswered(FunctionsObservationContext context, R answer) {
		return Mono.deferContextual((reactorContext) -> {
			start(context, reactorContext).stop();
			this.retryPolicy.onSuccess();
			return Mono.just(answer);
		});
	}

	/**
	 * Observe, at once, an operation answered without a request on the caller's thread,
	 * whose current observation is the parent.
	 */
	void observeAnsweredNow(FunctionsObservationContext context) {
		start(context, Context.empty()).stop();
		this.retryPolicy.onSuccess();
	}

	private Observation start(FunctionsObservationContext context, ContextView reactorContext) {
		Observation parent = reactorContext.getOrDefault(ObservationThreadLocalAccessor.KEY,
				this.observationRegistry.getCurrentObservation());
		return FunctionsObservationDocumentation.FUNCTIONS_REQUEST
			.observation(this.observationConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.parentObservation(parent)
			.start();
	}

}
