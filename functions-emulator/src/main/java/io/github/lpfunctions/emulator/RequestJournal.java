package io.github.lpfunctions.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.util.Assert;

/**
 * The requests that reached the emulator (except its admin API), in arrival order; keeps
 * the most recent ones up to a capacity. Thread-safe.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class RequestJournal {

	private final Deque<RecordedRequest> requests = new ArrayDeque<>();

	private final int capacity;

	/**
	 * Create a journal that keeps at most {@code capacity} requests, dropping the oldest.
	 * @param capacity the capacity
	 */
	public RequestJournal(int capacity) {
		Assert.isTrue(capacity > 0, "'capacity' must be positive");
		this.capacity = capacity;
	}

	/**
	 * Add a request.
	 * @param request the request
	 */
	public synchronized void record(RecordedRequest request) {
		Assert.notNull(request, "'request' must not be null");
		if (this.requests.size() >= this.capacity) {
			this.requests.removeFirst();
		}
		this.requests.addLast(request);
	}

	/**
	 * Return all recorded requests in arrival order.
	 * @return a snapshot of the requests
	 */
	public synchronized List<RecordedRequest> all() {
		return List.copyOf(this.requests);
	}

	/**
	 * Return the recorded requests whose path starts with the given prefix.
	 * @param pathPrefix the prefix, e.g. {@code /sentinel/}
	 * @return the requests in arrival order
	 */
	public List<RecordedRequest> withPathStartingWith(String pathPrefix) {
		return matching((request) -> request.path().startsWith(pathPrefix));
	}

	/**
	 * Return the recorded requests to an endpoint (masked, as every recorded request).
	 * @param endpoint the endpoint
	 * @return the requests in arrival order
	 */
	public List<RecordedRequest> to(Endpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		return matching((request) -> endpoint.matches(request.method(), request.path()));
	}

	/**
	 * Return the recorded requests that match a predicate.
	 * @param predicate the predicate
	 * @return the requests in arrival order
	 */
	public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> predicate) {
		return new ArrayList<>(this.requests.stream().filter(predicate).toList());
	}

	/**
	 * Forget all recorded requests.
	 */
	public synchronized void clear() {
		this.requests.clear();
	}

}
