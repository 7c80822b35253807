package io.github.lpfunctions.emulator.admin;

import java.util.List;

import tools.jackson.databind.JsonNode;

import io.github.lpfunctions.emulator.FaultInjector;
import io.github.lpfunctions.emulator.GatewayFault;

/**
 * Reads the body of {@code PUT /emulator/faults} onto the fault injector:
 * {@code authorizationServerDown}, {@code discoveryDown} and {@code gatewayLatency}
 * change when named; {@code gateway}, one fault or a list of them ({@code {"status",
 * "retryAfter", "count"}} or {@code {"reset": true, "count"}}), is appended to the queue.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FaultSpec {

	private FaultSpec() {
	}

	/**
	 * Apply a body, field by field: a body that turns out invalid keeps the changes of
	 * the fields before the invalid one.
	 * @param spec the body
	 * @param faults the faults to change
	 * @throws IllegalArgumentException at the first invalid field
	 */
	static void apply(JsonNode spec, FaultInjector faults) {
		SpecValues.requireObject(spec);
		if (spec.has("authorizationServerDown")) {
			faults.authorizationServerDown(spec.get("authorizationServerDown").asBoolean());
		}
		if (spec.has("discoveryDown")) {
			faults.discoveryDown(spec.get("discoveryDown").asBoolean());
		}
		if (spec.has("gatewayLatency")) {
			faults.gatewayLatency(SpecValues.duration(spec.get("gatewayLatency")));
		}
		JsonNode gateway = spec.path("gateway");
		List<JsonNode> gatewayFaults = gateway.isArray() ? gateway.valueStream().toList()
				: gateway.isObject() ? List.of(gateway) : List.of();
		for (JsonNode fault : gatewayFaults) {
			int count = fault.path("count").asInt(1);
			if (fault.path("reset").asBoolean(false)) {
				faults.resetNextGatewayConnections(count);
			}
			else if (fault.path("status").isInt()) {
				int status = fault.get("status").asInt();
				faults.failNextGatewayRequests(count,
						fault.has("retryAfter")
								? GatewayFault.status(status, SpecValues.duration(fault.get("retryAfter")))
								: GatewayFault.status(status));
			}
			else {
				throw new IllegalArgumentException("A gateway fault needs a status or \"reset\": true");
			}
		}
	}

}
