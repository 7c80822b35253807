package io.github.lpfunctions.emulator.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.sentinel.VerifiedToken;

/**
 * Runs a function as the platform would: after its delay, cut short at the execution
 * window, with its error or its result (the payload for an echo, the caller for a
 * {@link EmulatedFunction#whoAmI(String) whoAmI} function), and counted in the registry
 * once it starts.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionExecutor {

	private final FunctionRegistry registry;

	private final Duration timeout;

	FunctionExecutor(FunctionRegistry registry, Duration timeout) {
		this.registry = registry;
		this.timeout = timeout;
	}

	Mono<Outcome> execute(EmulatedFunction function, JsonNode payload, @Nullable VerifiedToken caller) {
		boolean exceeded = function.delay().compareTo(this.timeout) > 0;
		Duration delay = exceeded ? this.timeout : function.delay();
		Mono<Outcome> outcome = Mono.fromSupplier(() -> {
			if (exceeded) {
				return Outcome.failure(901, ErrorCodes.EXECUTION_TIME_EXCEEDED,
						"Function exceeded its execution time of " + this.timeout.toSeconds() + " s");
			}
			String errorCode = function.errorCode();
			if (errorCode != null) {
				int status = (function.errorStatus() != null) ? function.errorStatus() : ErrorCodes.status(errorCode);
				String message = (function.errorMessage() != null) ? function.errorMessage() : "Function failed";
				return Outcome.failure(status, errorCode, message);
			}
			if (function.reportsCaller()) {
				return Outcome.success(whoAmI(caller, payload));
			}
			return Outcome.success((function.result() != null) ? function.result() : payload);
		});
		Mono<Outcome> delayed = delay.isZero() ? outcome : Mono.delay(delay).then(outcome);
		return Mono.defer(() -> {
			this.registry.recordInvocation(function.uuid());
			return delayed;
		});
	}

	private static Map<String, @Nullable Object> whoAmI(@Nullable VerifiedToken caller, JsonNode payload) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		boolean user = caller != null && caller.isUserToken();
		result.put("sub", (caller != null) ? caller.subject() : null);
		result.put("user", user ? caller.subject() : null);
		result.put("userId", (caller != null) ? caller.userId() : null);
		result.put("clientId", (caller != null) ? caller.clientId() : null);
		result.put("payload", payload);
		return result;
	}

}
