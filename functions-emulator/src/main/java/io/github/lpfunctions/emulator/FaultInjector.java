package io.github.lpfunctions.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Faults the emulator injects: authorization server or discovery down, the next gateway
 * requests failing, added latency, and answers scripted per {@link Endpoint}.
 * Thread-safe; {@link FunctionsEmulator#reset()} removes them all.
 * <p>
 * Gateway faults queue up: {@code failNextGatewayRequests(1, connectionReset())} then
 * {@code failNextGatewayRequests(2, status(503))} resets the first gateway request and
 * answers the next two with 503.
 * <p>
 * A request to an endpoint is answered by the first that applies: the endpoint's group
 * being down ({@link #discoveryDown}, {@link #authorizationServerDown}) or a pending
 * gateway fault, then the next {@linkplain #respondNext(Endpoint, ScriptedResponse...)
 * scripted answer}, then the endpoint's {@linkplain #respond(Endpoint, Responder)
 * responder}, then the emulator itself. A scripted answer replaces the emulator's
 * entirely, its authentication included. {@link #capture(Endpoint)} records the requests
 * whoever answers them.
 *
 * <pre class="code">
 * emulator.faults()
 * 	.respondNext(Endpoint.TOKEN, ScriptedResponse.json(503, "{}"), ScriptedResponse.connectionReset())
 * 	.latency(Endpoint.IS_IMPLEMENTED, Duration.ofSeconds(5));
 * RequestCapture tokens = emulator.faults().capture(Endpoint.TOKEN);
 * </pre>
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FaultInjector {

	private volatile boolean authorizationServerDown;

	private volatile boolean discoveryDown;

	private volatile Duration gatewayLatency = Duration.ZERO;

	private final Deque<PendingFault> pending = new ArrayDeque<>();

	private final Map<Endpoint, Deque<ScriptedResponse>> scripted = new EnumMap<>(Endpoint.class);

	private final Map<Endpoint, Responder> responders = new EnumMap<>(Endpoint.class);

	private final Map<Endpoint, Duration> latencies = new EnumMap<>(Endpoint.class);

	private final Map<Endpoint, List<RequestCapture>> captures = new EnumMap<>(Endpoint.class);

	/**
	 * Set whether the authorization server (all {@code /sentinel/**} endpoints) answers
	 * 503.
	 * @param down whether it is down
	 * @return this injector
	 */
	public FaultInjector authorizationServerDown(boolean down) {
		this.authorizationServerDown = down;
		return this;
	}

	/**
	 * Whether the authorization server is down.
	 * @return {@code true} if it answers 503
	 */
	public boolean isAuthorizationServerDown() {
		return this.authorizationServerDown;
	}

	/**
	 * Set whether service discovery (CSDS) answers 503.
	 * @param down whether it is down
	 * @return this injector
	 */
	public FaultInjector discoveryDown(boolean down) {
		this.discoveryDown = down;
		return this;
	}

	/**
	 * Whether service discovery is down.
	 * @return {@code true} if it answers 503
	 */
	public boolean isDiscoveryDown() {
		return this.discoveryDown;
	}

	/**
	 * Add latency to every gateway request.
	 * @param latency the latency, {@link Duration#ZERO} for none
	 * @return this injector
	 */
	public FaultInjector gatewayLatency(Duration latency) {
		Assert.notNull(latency, "'latency' must not be null");
		Assert.isTrue(!latency.isNegative(), "'latency' must not be negative");
		this.gatewayLatency = latency;
		return this;
	}

	/**
	 * Return the latency added to every gateway request.
	 * @return the latency
	 */
	public Duration gatewayLatency() {
		return this.gatewayLatency;
	}

	/**
	 * Answer the next {@code count} gateway requests with the given status (429 and 503
	 * carry {@code Retry-After: 1}).
	 * @param count how many requests
	 * @param status the HTTP status
	 * @return this injector
	 */
	public FaultInjector failNextGatewayRequests(int count, int status) {
		return failNextGatewayRequests(count, GatewayFault.status(status));
	}

	/**
	 * Answer the next {@code count} gateway requests with the given fault.
	 * @param count how many requests
	 * @param fault the fault
	 * @return this injector
	 */
	public synchronized FaultInjector failNextGatewayRequests(int count, GatewayFault fault) {
		Assert.isTrue(count > 0, "'count' must be positive");
		Assert.notNull(fault, "'fault' must not be null");
		this.pending.addLast(new PendingFault(fault, count));
		return this;
	}

	/**
	 * Reset the TCP connection of the next {@code count} gateway requests.
	 * @param count how many requests
	 * @return this injector
	 */
	public FaultInjector resetNextGatewayConnections(int count) {
		return failNextGatewayRequests(count, GatewayFault.connectionReset());
	}

	/**
	 * Take the fault for the next gateway request, if any is pending.
	 * @return the fault, or {@code null}
	 */
	public synchronized @Nullable GatewayFault nextGatewayFault() {
		PendingFault head = this.pending.peekFirst();
		if (head == null) {
			return null;
		}
		head.remaining--;
		if (head.remaining <= 0) {
			this.pending.removeFirst();
		}
		return head.fault;
	}

	/**
	 * Return the pending gateway faults with their remaining counts.
	 * @return a snapshot, in the order they apply
	 */
	public synchronized List<Pending> pendingGatewayFaults() {
		List<Pending> result = new ArrayList<>();
		this.pending.forEach((fault) -> result.add(new Pending(fault.fault, fault.remaining)));
		return result;
	}

	/**
	 * Answer the next requests to an endpoint with the given answers, one each, in order;
	 * they queue up after answers scripted before. Once they are used up, the endpoint's
	 * {@linkplain #respond(Endpoint, Responder) responder} or the emulator answers again.
	 * @param endpoint the endpoint
	 * @param responses the answers
	 * @return this injector
	 */
	public synchronized FaultInjector respondNext(Endpoint endpoint, ScriptedResponse... responses) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		Assert.notEmpty(responses, "'responses' must not be empty");
		Assert.noNullElements(responses, "'responses' must not contain null");
		this.scripted.computeIfAbsent(endpoint, (key) -> new ArrayDeque<>()).addAll(List.of(responses));
		return this;
	}

	/**
	 * Answer every request to an endpoint that no {@linkplain #respondNext queued answer}
	 * is left for with the given responder, which sees the request as sent and may leave
	 * it to the emulator by returning {@code null}. Replaces the endpoint's previous
	 * responder.
	 * @param endpoint the endpoint
	 * @param responder the responder
	 * @return this injector
	 */
	public synchronized FaultInjector respond(Endpoint endpoint, Responder responder) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		Assert.notNull(responder, "'responder' must not be null");
		this.responders.put(endpoint, responder);
		return this;
	}

	/**
	 * Delay every answer of an endpoint, the emulator's own and scripted ones (on the
	 * gateway, in addition to {@link #gatewayLatency(Duration)}).
	 * @param endpoint the endpoint
	 * @param latency the latency, {@link Duration#ZERO} for none
	 * @return this injector
	 */
	public synchronized FaultInjector latency(Endpoint endpoint, Duration latency) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		Assert.notNull(latency, "'latency' must not be null");
		Assert.isTrue(!latency.isNegative(), "'latency' must not be negative");
		this.latencies.put(endpoint, latency);
		return this;
	}

	/**
	 * Return the latency added to the answers of an endpoint.
	 * @param endpoint the endpoint
	 * @return the latency, {@link Duration#ZERO} for none
	 */
	public synchronized Duration latency(Endpoint endpoint) {
		return this.latencies.getOrDefault(endpoint, Duration.ZERO);
	}

	/**
	 * Start capturing the requests to an endpoint exactly as they are sent, secrets
	 * included, and their answers, until the emulator is reset.
	 * @param endpoint the endpoint
	 * @return the capture, which fills as requests arrive
	 */
	public synchronized RequestCapture capture(Endpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		RequestCapture capture = new RequestCapture(endpoint);
		this.captures.computeIfAbsent(endpoint, (key) -> new ArrayList<>()).add(capture);
		return capture;
	}

	/**
	 * Whether a request to the endpoint must be read whole before it is answered, because
	 * answers are scripted for it or it is captured. Used by the emulator's filters.
	 * @param endpoint the endpoint
	 * @return {@code true} if {@link #arrived(UnmaskedRequest)} is to be called
	 */
	public synchronized boolean isScriptedOrCaptured(Endpoint endpoint) {
		Deque<ScriptedResponse> queue = this.scripted.get(endpoint);
		return (queue != null && !queue.isEmpty()) || this.responders.containsKey(endpoint)
				|| this.captures.containsKey(endpoint);
	}

	/**
	 * Record a request in the captures of its endpoint and return its scripted answer.
	 * Used by the emulator's filters.
	 * @param request the request as sent
	 * @param scriptable whether the request may get a scripted answer ({@code false} when
	 * a fault answers it)
	 * @return the next queued answer, else the responder's, else {@code null} for the
	 * emulator's own
	 */
	public @Nullable ScriptedResponse arrived(UnmaskedRequest request, boolean scriptable) {
		Assert.notNull(request, "'request' must not be null");
		Responder responder;
		synchronized (this) {
			this.captures.getOrDefault(request.endpoint(), List.of()).forEach((capture) -> capture.record(request));
			if (!scriptable) {
				return null;
			}
			Deque<ScriptedResponse> queue = this.scripted.get(request.endpoint());
			ScriptedResponse next = (queue != null) ? queue.pollFirst() : null;
			if (next != null) {
				return next;
			}
			responder = this.responders.get(request.endpoint());
		}
		// outside the lock: a responder may script further answers
		return (responder != null) ? responder.respond(request) : null;
	}

	/**
	 * Record an answer in the captures of its endpoint. Used by the emulator's filters.
	 * @param endpoint the endpoint
	 * @param status the HTTP status sent
	 * @param body the body sent
	 */
	public synchronized void answered(Endpoint endpoint, int status, byte[] body) {
		RequestCapture.Answer answer = RequestCapture.Answer.of(status, body);
		this.captures.getOrDefault(endpoint, List.of()).forEach((capture) -> capture.record(answer));
	}

	/**
	 * Remove every fault, scripted answer, responder, latency and capture (a capture
	 * already handed out keeps what it has, and records nothing more).
	 */
	public synchronized void clear() {
		this.authorizationServerDown = false;
		this.discoveryDown = false;
		this.gatewayLatency = Duration.ZERO;
		this.pending.clear();
		this.scripted.clear();
		this.responders.clear();
		this.latencies.clear();
		this.captures.clear();
	}

	/**
	 * A gateway fault and how many more requests it applies to.
	 *
	 * @param fault the fault
	 * @param remaining the number of requests it still applies to
	 */
	public record Pending(GatewayFault fault, int remaining) {

	}

	private static final class PendingFault {

		private final GatewayFault fault;

		private int remaining;

		PendingFault(GatewayFault fault, int remaining) {
			this.fault = fault;
			this.remaining = remaining;
		}

	}

}
