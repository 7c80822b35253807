package io.github.lpfunctions.emulator.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.emulator.FaultInjector;
import io.github.lpfunctions.emulator.GatewayFault;

/**
 * The current faults as the admin API shows them, in the shape
 * {@code PUT /emulator/faults} accepts.
 *
 * @param authorizationServerDown whether the authorization server answers 503
 * @param discoveryDown whether discovery answers 503
 * @param gatewayLatency the latency added to every gateway request (ISO-8601)
 * @param gateway the pending gateway faults, in the order they apply
 * @author LivePerson Functions for Spring contributors
 */
record FaultsView(boolean authorizationServerDown, boolean discoveryDown, String gatewayLatency,
		List<Gateway> gateway) {

	static FaultsView of(FaultInjector faults) {
		return new FaultsView(faults.isAuthorizationServerDown(), faults.isDiscoveryDown(),
				faults.gatewayLatency().toString(), faults.pendingGatewayFaults().stream().map(Gateway::of).toList());
	}

	/**
	 * A pending gateway fault: a reset, or a status with its {@code Retry-After}.
	 *
	 * @param count how many more requests it applies to
	 * @param reset {@code true} for a connection reset, else left out
	 * @param status the HTTP status
	 * @param retryAfter the {@code Retry-After} value (ISO-8601)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Gateway(int count, @Nullable Boolean reset, @Nullable Integer status, @Nullable String retryAfter) {

		static Gateway of(FaultInjector.Pending pending) {
			GatewayFault fault = pending.fault();
			if (fault.isConnectionReset()) {
				return new Gateway(pending.remaining(), true, null, null);
			}
			String retryAfter = (fault.retryAfter() != null) ? fault.retryAfter().toString() : null;
			return new Gateway(pending.remaining(), null, fault.status(), retryAfter);
		}

	}

}
