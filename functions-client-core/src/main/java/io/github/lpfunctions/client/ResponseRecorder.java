package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.http.HttpHeaders;

/**
 * What the attempts of one exchange-style call learned of the answers: how many were
 * made, the status and headers of the last answer, and the error it carried. Created per
 * subscription by {@link #exchange}, reached by {@link GatewayExchange} through the
 * Reactor context, so that the operations that return only the body are untouched.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class ResponseRecorder {

	/** The Reactor context key under which the recorder of a call travels. */
	private static final Object KEY = ResponseRecorder.class;

	/** Records nothing: the recorder of calls that want only the body. */
	private static final ResponseRecorder NONE = new ResponseRecorder();

	private final AtomicInteger attempts = new AtomicInteger();

	private volatile int status;

	private volatile HttpHeaders headers = HttpHeaders.EMPTY;

	private volatile @Nullable String requestId;

	private volatile @Nullable FaaSDetailedException error;

	private ResponseRecorder() {
	}

	/**
	 * Return the recorder of the call this context belongs to.
	 * @param context the Reactor context of an attempt
	 * @return the recorder, or one that records nothing
	 */
	static ResponseRecorder of(ContextView context) {
		return context.getOrDefault(KEY, NONE);
	}

	/**
	 * Turn a call that returns the body into one that returns the whole answer, and the
	 * platform's error answer instead of its exception.
	 * @param call the call, its arguments already checked
	 * @param <R> the body type
	 * @return the answer
	 */
	static <R> Mono<InvocationResponse<R>> exchange(Mono<R> call) {
		return Mono.defer(() -> {
			ResponseRecorder recorder = new ResponseRecorder();
			long start = System.nanoTime();
			return call.map((body) -> recorder.response(body, null, start))
				.switchIfEmpty(Mono.fromSupplier(() -> recorder.response(null, null, start)))
				// only the very exception made of the last answer: a timeout or a refused
				// connection after an error answer still fails the call
				.onErrorResume((ex) -> ex == recorder.error,
						(ex) -> Mono.just(recorder.response(null, (FaaSDetailedException) ex, start)))
				.contextWrite((context) -> context.put(KEY, recorder));
		});
	}

	/** An attempt is about to be sent. */
	void attempt(String requestId) {
		if (this != NONE) {
			this.requestId = requestId;
			this.attempts.incrementAndGet();
		}
	}

	/** An answer arrived, with the error made of it unless its status was 2xx. */
	void answered(int status, HttpHeaders headers, @Nullable FaaSDetailedException error) {
		if (this != NONE) {
			this.status = status;
			this.headers = HttpHeaders.copyOf(headers);
			this.error = error;
		}
	}

	private <R> InvocationResponse<R> response(@Nullable R body, @Nullable FaaSDetailedException error, long start) {
		String requestId = this.requestId;
		return new InvocationResponse<>(this.status, this.headers, (requestId != null) ? requestId : "",
				this.attempts.get(), Duration.ofNanos(System.nanoTime() - start), body, error);
	}

}
