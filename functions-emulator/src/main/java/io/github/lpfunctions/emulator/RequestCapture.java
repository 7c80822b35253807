package io.github.lpfunctions.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The requests to one {@link Endpoint} exactly as they were sent (secrets included), and
 * the answers they got, from the moment {@link FaultInjector#capture(Endpoint)} created
 * it until the emulator is reset. Unlike the {@link RequestJournal} it keeps every
 * request, unmasked, so it is meant for tests that check what a client put on the wire:
 * the credentials in a token form, the bearer token of an invocation. Thread-safe.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class RequestCapture {

	private final Endpoint endpoint;

	private final List<UnmaskedRequest> requests = new CopyOnWriteArrayList<>();

	private final List<Answer> answers = new CopyOnWriteArrayList<>();

	RequestCapture(Endpoint endpoint) {
		this.endpoint = endpoint;
	}

	/**
	 * Return the endpoint whose requests this captures.
	 * @return the endpoint
	 */
	public Endpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * Return how many requests arrived, counted when they arrive (before any answer).
	 * @return the count
	 */
	public int count() {
		return this.requests.size();
	}

	/**
	 * Return the requests in arrival order.
	 * @return a snapshot
	 */
	public List<UnmaskedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Return the most recent request.
	 * @return the request
	 * @throws IllegalStateException if none arrived
	 */
	public UnmaskedRequest last() {
		List<UnmaskedRequest> requests = requests();
		if (requests.isEmpty()) {
			throw new IllegalStateException("No request to " + this.endpoint + " has arrived");
		}
		return requests.get(requests.size() - 1);
	}

	/**
	 * Return the answers sent, the emulator's own and scripted ones, in the order they
	 * were sent; a reset connection and an answer the client did not wait for are not
	 * among them.
	 * @return a snapshot
	 */
	public List<Answer> answers() {
		return List.copyOf(this.answers);
	}

	void record(UnmaskedRequest request) {
		this.requests.add(request);
	}

	void record(Answer answer) {
		this.answers.add(answer);
	}

	@Override
	public String toString() {
		return "RequestCapture[" + this.endpoint + ", " + count() + " requests]";
	}

	/**
	 * An answer that was sent.
	 *
	 * @param status the HTTP status
	 * @param body the body as UTF-8 text, empty if none
	 */
	public record Answer(int status, String body) {

		static Answer of(int status, byte[] body) {
			return new Answer(status, new String(body, StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			// no body: a token answer holds a secret
			return "Answer[HTTP " + this.status + "]";
		}

	}

}
