package io.github.lpfunctions.emulator.gateway;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;

/**
 * The invocation gateway (faasGW): invoke a function by UUID or every function of an
 * event, and ask whether an event is implemented.
 * <p>
 * Behind the {@link BearerTokenFilter} (401) and the {@link EventSourceFilter} (400) it
 * checks the body (400), then the function (404), then runs it. Invoking by event runs
 * every productive function bound to the event concurrently and answers 200 with one
 * element per function, in deployment order; a function that fails contributes an element
 * with an {@code error} (the platform's error body) instead of a {@code result}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class InvocationHandler {

	private final FunctionRegistry registry;

	private final InvocationParser parser;

	private final FunctionExecutor executor;

	private final GatewayResponses responses;

	private final Clock clock;

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration (platform, execution window)
	 * @param registry the deployed functions
	 * @param jsonMapper the mapper for bodies
	 * @param clock the clock for result timestamps
	 */
	public InvocationHandler(FunctionsEmulatorProperties properties, FunctionRegistry registry, JsonMapper jsonMapper,
			Clock clock) {
		this.registry = registry;
		this.parser = new InvocationParser(jsonMapper);
		this.executor = new FunctionExecutor(registry, properties.getFunctionTimeout());
		this.responses = new GatewayResponses(properties.getPlatform(), jsonMapper);
		this.clock = clock;
	}

	/**
	 * {@code POST /api/account/{accountId}/lambdas/{uuid}/invoke}.
	 * @param request the request
	 * @return the function's result or an error
	 */
	public Mono<ServerResponse> invokeByUuid(ServerRequest request) {
		return this.parser.payload(request).flatMap((payload) -> {
			EmulatedFunction function = productive(request.pathVariable("uuid"));
			return this.executor.execute(function, payload, BearerTokenFilter.caller(request))
				.flatMap(this.responses::outcome);
		});
	}

	/**
	 * {@code POST /api/account/{accountId}/events/{eventId}/invoke}.
	 * @param request the request
	 * @return one element per productive function bound to the event
	 */
	public Mono<ServerResponse> invokeByEvent(ServerRequest request) {
		return this.parser.payload(request).flatMap((payload) -> {
			List<EmulatedFunction> functions = this.registry.productiveFor(request.pathVariable("eventId"));
			return Flux.fromIterable(functions)
				.flatMapSequential(
						(function) -> this.executor.execute(function, payload, BearerTokenFilter.caller(request))
							.map((outcome) -> this.responses.element(function, outcome, this.clock.millis())))
				.collectList()
				.flatMap(this.responses::json);
		});
	}

	/**
	 * {@code GET /api/account/{accountId}/events/{eventId}/isImplemented}.
	 * @param request the request
	 * @return {@code {"implemented": true|false}}
	 */
	public Mono<ServerResponse> isImplemented(ServerRequest request) {
		boolean implemented = !this.registry.productiveFor(request.pathVariable("eventId")).isEmpty();
		return this.responses.json(Map.of("implemented", implemented));
	}

	private EmulatedFunction productive(String uuid) {
		EmulatedFunction function = this.registry.get(uuid)
			.orElseThrow(
					() -> new GatewayException(404, ErrorCodes.MISSING_LAMBDA, "Function " + uuid + " does not exist"));
		if (!function.isProductive()) {
			throw new GatewayException(404, ErrorCodes.NOT_DEPLOYED,
					"Function " + uuid + " is not deployed (state " + function.state().displayName() + ")");
		}
		return function;
	}

}
