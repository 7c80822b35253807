package io.github.lpfunctions.client.retry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClientRequestException;

import io.github.lpfunctions.client.FaaSAuthenticationException;
import io.github.lpfunctions.client.FaaSDetailedException;
import io.github.lpfunctions.client.support.Deadline;

/**
 * Decides which failures are retried, and when. Two kinds of requests:
 * <ul>
 * <li>reads (isImplemented, listings, discovery, tokens) are retried on connection errors
 * and on 408, 429, 500, 502, 503 and 504 answers;</li>
 * <li>invocations run the customer's function, so they are retried only when the request
 * certainly never left (connection refused, unknown host, no connection from the pool) —
 * unless the caller declared the function idempotent.</li>
 * </ul>
 * Back-off is exponential with full jitter, a {@code Retry-After} answer is honoured when
 * it fits the deadline, no retry starts that the deadline would cut, and a shared
 * {@link RetryBudget} stops retries during an outage.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class RetryPolicy {

	private static final Logger logger = LoggerFactory.getLogger(RetryPolicy.class);

	private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

	private final RetrySettings settings;

	private final RetryBudget budget;

	/**
	 * Create a policy with its own budget.
	 * @param settings the retry settings
	 */
	public RetryPolicy(RetrySettings settings) {
		this.settings = settings;
		this.budget = new RetryBudget(settings.budget());
	}

	/**
	 * The retry of a read or any other request that is safe to repeat, to apply with
	 * {@code mono.transform(policy.forReads(deadline))}.
	 * @param deadline the deadline of the whole call
	 * @param <T> the type of the answer
	 * @return the operator that resubscribes the request after a retryable failure
	 */
	public <T> Function<Mono<T>, Mono<T>> forReads(Deadline deadline) {
		return (request) -> retrying(request, deadline, RetryPolicy::isTransient, 1);
	}

	/**
	 * The retry of an invocation, to apply with
	 * {@code mono.transform(policy.forInvocations(deadline, idempotent))}.
	 * @param deadline the deadline of the whole call
	 * @param idempotent whether the caller declared the function safe to run twice;
	 * {@code null} takes the configured default
	 * @param <T> the type of the answer
	 * @return the operator that resubscribes the request after a retryable failure
	 */
	public <T> Function<Mono<T>, Mono<T>> forInvocations(Deadline deadline, @Nullable Boolean idempotent) {
		boolean repeatable = (idempotent != null) ? idempotent : this.settings.retryInvocations();
		Predicate<Throwable> retryable = repeatable ? RetryPolicy::isTransient : RetryPolicy::isCertainlyNotSent;
		return (request) -> retrying(request, deadline, retryable, 1);
	}

	/**
	 * Record a successful call, which refills the budget a little.
	 */
	public void onSuccess() {
		this.budget.onSuccess();
	}

	// An error handler rather than retryWhen: a call that succeeds at once, as nearly
	// all do, then costs one operator, not retryWhen's signal sink and companion
	// subscription set up on every subscription.
	private <T> Mono<T> retrying(Mono<T> request, Deadline deadline, Predicate<Throwable> retryable, long attempt) {
		return request.onErrorResume((failure) -> {
			Duration delay = delayAfter(attempt, failure, deadline, retryable);
			return (delay != null) ? Mono.delay(delay).then(retrying(request, deadline, retryable, attempt + 1))
					: Mono.error(failure);
		});
	}

	/**
	 * The back-off before the next attempt, or {@code null} when the failure is final.
	 */
	private @Nullable Duration delayAfter(long attempt, Throwable failure, Deadline deadline,
			Predicate<Throwable> retryable) {
		if (attempt >= this.settings.maxAttempts() || !retryable.test(failure)) {
			return null;
		}
		Duration delay = delayBefore(attempt, failure);
		if (delay == null || !deadline.allows(delay)) {
			logger.debug("Not retrying: the deadline leaves no room for a back-off of {}", delay);
			return null;
		}
		if (!this.budget.tryAcquire()) {
			logger.debug("Not retrying: the retry budget is exhausted");
			return null;
		}
		logger.debug("Retrying after {} (attempt {} failed: {})", delay, attempt, failure.getClass().getSimpleName());
		return delay;
	}

	private Duration delayBefore(long attempt, Throwable failure) {
		if (failure instanceof FaaSDetailedException detailed && detailed.getRetryAfter() != null) {
			return detailed.getRetryAfter();
		}
		long ceiling = Math.min(this.settings.maxDelay().toNanos(),
				this.settings.baseDelay().toNanos() << Math.min(attempt - 1, 20));
		return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
	}

	/**
	 * Whether the failure proves that the request never reached the server, so that even
	 * a non-idempotent call can be repeated.
	 * @param failure the failure
	 * @return {@code true} for refused connections, unknown hosts and an exhausted pool
	 */
	public static boolean isCertainlyNotSent(Throwable failure) {
		if (!(failure instanceof WebClientRequestException)) {
			return false;
		}
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| isPoolAcquireFailure(cause)) {
				return true;
			}
		}
		return false;
	}

	// Reactor Netty shades its pool, so its exceptions are matched by name rather than
	// by type from an internal package.
	private static boolean isPoolAcquireFailure(Throwable cause) {
		return cause.getClass().getSimpleName().startsWith("PoolAcquire");
	}

	/**
	 * Whether the failure is worth repeating for a request that is safe to repeat.
	 * @param failure the failure
	 * @return {@code true} for connection errors and 408, 429, 500, 502, 503, 504
	 */
	public static boolean isTransient(Throwable failure) {
		if (failure instanceof FaaSDetailedException detailed) {
			return TRANSIENT_STATUSES.contains(detailed.getStatusCode());
		}
		if (failure instanceof FaaSAuthenticationException refused) {
			return TRANSIENT_STATUSES.contains(refused.getStatusCode());
		}
		return failure instanceof WebClientRequestException || failure instanceof IOException;
	}

}
