package io.github.lpfunctions.emulator.gateway;

import java.time.Duration;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionRegistry;

/**
 * Runs a function as the platform would: after its delay, cut short at the execution
 * window, with its error or its result (the payload for an echo), and counted in the
 * registry once it starts.
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

	Mono<Outcome> execute(EmulatedFunction function, JsonNode payload) {
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
			return Outcome.success((function.result() != null) ? function.result() : payload);
		});
		Mono<Outcome> delayed = delay.isZero() ? outcome : Mono.delay(delay).then(outcome);
		return Mono.defer(() -> {
			this.registry.recordInvocation(function.uuid());
			return delayed;
		});
	}

}
