package io.github.lpfunctions.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Faults the emulator injects: authorization server or discovery down, the next gateway
 * requests failing, added gateway latency. Thread-safe.
 * <p>
 * Gateway faults queue up: {@code failNextGatewayRequests(1, connectionReset())} then
 * {@code failNextGatewayRequests(2, status(503))} resets the first gateway request and
 * answers the next two with 503.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FaultInjector {

	private volatile boolean authorizationServerDown;

	private volatile boolean discoveryDown;

	private volatile Duration gatewayLatency = Duration.ZERO;

	private final Deque<PendingFault> pending = new ArrayDeque<>();

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
	 * Remove every fault.
	 */
	public synchronized void clear() {
		this.authorizationServerDown = false;
		this.discoveryDown = false;
		this.gatewayLatency = Duration.ZERO;
		this.pending.clear();
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
