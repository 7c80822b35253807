package io.github.lpfunctions.emulator.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FaultInjector;
import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.FunctionState;
import io.github.lpfunctions.emulator.GatewayFault;
import io.github.lpfunctions.emulator.RequestJournal;

/**
 * The admin API under {@code /emulator}: functions, recorded requests and faults.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class AdminHandler {

	private final FunctionRegistry registry;

	private final RequestJournal journal;

	private final FaultInjector faults;

	private final Runnable reset;

	private final JsonMapper jsonMapper;

	/**
	 * Create a new handler.
	 * @param registry the deployed functions
	 * @param journal the recorded requests
	 * @param faults the faults
	 * @param reset what {@code POST /emulator/reset} does, the same as
	 * {@link io.github.lpfunctions.emulator.FunctionsEmulator#reset()}
	 * @param jsonMapper the mapper for bodies
	 */
	public AdminHandler(FunctionRegistry registry, RequestJournal journal, FaultInjector faults, Runnable reset,
			JsonMapper jsonMapper) {
		this.registry = registry;
		this.journal = journal;
		this.faults = faults;
		this.reset = reset;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * {@code PUT /emulator/functions/{uuid}}: deploy or replace a function.
	 * @param request the request
	 * @return the deployed function
	 */
	public Mono<ServerResponse> putFunction(ServerRequest request) {
		String uuid = request.pathVariable("uuid");
		return readJson(request).flatMap((spec) -> {
			EmulatedFunction function;
			try {
				function = toFunction(uuid, spec);
			}
			catch (IllegalArgumentException ex) {
				return badRequest(ex.getMessage());
			}
			this.registry.put(function);
			return ok(view(this.registry.entry(uuid).orElseThrow()));
		}).onErrorResume(JacksonException.class, (ex) -> badRequest("Body is not valid JSON"));
	}

	/**
	 * {@code GET /emulator/functions}.
	 * @param request the request
	 * @return the functions with their invocation counts
	 */
	public Mono<ServerResponse> listFunctions(ServerRequest request) {
		return ok(this.registry.entries().stream().map(AdminHandler::view).toList());
	}

	/**
	 * {@code GET /emulator/functions/{uuid}}.
	 * @param request the request
	 * @return the function, or 404
	 */
	public Mono<ServerResponse> getFunction(ServerRequest request) {
		return this.registry.entry(request.pathVariable("uuid"))
			.map((entry) -> ok(view(entry)))
			.orElseGet(() -> ServerResponse.notFound().build());
	}

	/**
	 * {@code DELETE /emulator/functions/{uuid}}.
	 * @param request the request
	 * @return 204, or 404 if there was no such function
	 */
	public Mono<ServerResponse> deleteFunction(ServerRequest request) {
		return this.registry.remove(request.pathVariable("uuid")) ? ServerResponse.noContent().build()
				: ServerResponse.notFound().build();
	}

	/**
	 * {@code DELETE /emulator/functions}.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> clearFunctions(ServerRequest request) {
		this.registry.clear();
		return ServerResponse.noContent().build();
	}

	/**
	 * {@code GET /emulator/requests}.
	 * @param request the request
	 * @return the recorded requests in arrival order
	 */
	public Mono<ServerResponse> listRequests(ServerRequest request) {
		return ok(this.journal.all());
	}

	/**
	 * {@code DELETE /emulator/requests}.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> clearRequests(ServerRequest request) {
		this.journal.clear();
		return ServerResponse.noContent().build();
	}

	/**
	 * {@code POST /emulator/reset}: forget recorded requests, faults and invocation
	 * counts, and restore the start-up functions.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> reset(ServerRequest request) {
		this.reset.run();
		return ServerResponse.noContent().build();
	}

	/**
	 * {@code GET /emulator/faults}.
	 * @param request the request
	 * @return the current faults
	 */
	public Mono<ServerResponse> getFaults(ServerRequest request) {
		return ok(faultsView());
	}

	/**
	 * {@code PUT /emulator/faults}: change the faults named in the body; gateway faults
	 * are appended to the queue.
	 * @param request the request
	 * @return the current faults
	 */
	public Mono<ServerResponse> putFaults(ServerRequest request) {
		return readJson(request).flatMap((spec) -> {
			try {
				applyFaults(spec);
			}
			catch (IllegalArgumentException ex) {
				return badRequest(ex.getMessage());
			}
			return ok(faultsView());
		}).onErrorResume(JacksonException.class, (ex) -> badRequest("Body is not valid JSON"));
	}

	/**
	 * {@code DELETE /emulator/faults}: remove every fault.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> clearFaults(ServerRequest request) {
		this.faults.clear();
		return ServerResponse.noContent().build();
	}

	private void applyFaults(JsonNode spec) {
		if (!spec.isObject()) {
			throw new IllegalArgumentException("Expected a JSON object");
		}
		if (spec.has("authorizationServerDown")) {
			this.faults.authorizationServerDown(spec.get("authorizationServerDown").asBoolean());
		}
		if (spec.has("discoveryDown")) {
			this.faults.discoveryDown(spec.get("discoveryDown").asBoolean());
		}
		if (spec.has("gatewayLatency")) {
			this.faults.gatewayLatency(duration(spec.get("gatewayLatency")));
		}
		JsonNode gateway = spec.path("gateway");
		List<JsonNode> gatewayFaults = gateway.isArray() ? gateway.valueStream().toList()
				: gateway.isObject() ? List.of(gateway) : List.of();
		for (JsonNode fault : gatewayFaults) {
			int count = fault.path("count").asInt(1);
			if (fault.path("reset").asBoolean(false)) {
				this.faults.resetNextGatewayConnections(count);
			}
			else if (fault.path("status").isInt()) {
				int status = fault.get("status").asInt();
				GatewayFault gatewayFault = fault.has("retryAfter")
						? GatewayFault.status(status, duration(fault.get("retryAfter"))) : GatewayFault.status(status);
				this.faults.failNextGatewayRequests(count, gatewayFault);
			}
			else {
				throw new IllegalArgumentException("A gateway fault needs a status or \"reset\": true");
			}
		}
	}

	private Map<String, Object> faultsView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("authorizationServerDown", this.faults.isAuthorizationServerDown());
		view.put("discoveryDown", this.faults.isDiscoveryDown());
		view.put("gatewayLatency", this.faults.gatewayLatency().toString());
		view.put("gateway", this.faults.pendingGatewayFaults().stream().map((pending) -> {
			Map<String, Object> fault = new LinkedHashMap<>();
			fault.put("count", pending.remaining());
			if (pending.fault().isConnectionReset()) {
				fault.put("reset", true);
			}
			else {
				fault.put("status", pending.fault().status());
				if (pending.fault().retryAfter() != null) {
					fault.put("retryAfter", pending.fault().retryAfter().toString());
				}
			}
			return fault;
		}).toList());
		return view;
	}

	private EmulatedFunction toFunction(String uuid, JsonNode spec) {
		if (!spec.isObject()) {
			throw new IllegalArgumentException("Expected a JSON object");
		}
		String name = text(spec, "name");
		EmulatedFunction function = EmulatedFunction.echo(uuid)
			.withName((name != null) ? name : "function-" + uuid)
			.withDescription(text(spec, "description"))
			.withEvent((text(spec, "event") != null) ? text(spec, "event") : text(spec, "eventId"));
		String state = text(spec, "state");
		if (state != null) {
			function = function.withState(FunctionState.parse(state));
		}
		if (spec.has("delay")) {
			function = function.withDelay(duration(spec.get("delay")));
		}
		String errorCode = text(spec, "errorCode");
		if (errorCode != null) {
			function = function.withError(errorCode, text(spec, "errorMessage"));
			if (spec.path("errorStatus").isInt()) {
				function = function.withErrorStatus(spec.get("errorStatus").asInt());
			}
		}
		else if (spec.has("result") && !spec.get("result").isNull()) {
			function = function.withResult(this.jsonMapper.treeToValue(spec.get("result"), Object.class));
		}
		return function;
	}

	private static Map<String, Object> view(FunctionRegistry.Entry entry) {
		EmulatedFunction function = entry.function();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("uuid", function.uuid());
		view.put("name", function.name());
		putIfPresent(view, "description", function.description());
		putIfPresent(view, "event", function.eventId());
		view.put("state", function.state().displayName());
		putIfPresent(view, "result", function.result());
		putIfPresent(view, "errorCode", function.errorCode());
		putIfPresent(view, "errorMessage", function.errorMessage());
		putIfPresent(view, "errorStatus", function.errorStatus());
		view.put("delay", function.delay().toString());
		view.put("invocations", entry.invocations());
		view.put("createdAt", entry.createdAt().toString());
		view.put("updatedAt", entry.updatedAt().toString());
		return view;
	}

	private static void putIfPresent(Map<String, Object> view, String key, @Nullable Object value) {
		if (value != null) {
			view.put(key, value);
		}
	}

	private static @Nullable String text(JsonNode spec, String field) {
		JsonNode value = spec.get(field);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	private static Duration duration(JsonNode value) {
		if (value.isNumber()) {
			return Duration.ofMillis(value.asLong());
		}
		return DurationStyle.detectAndParse(value.asString());
	}

	private Mono<JsonNode> readJson(ServerRequest request) {
		return request.bodyToMono(String.class).defaultIfEmpty("{}").map(this.jsonMapper::readTree);
	}

	private Mono<ServerResponse> ok(Object body) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(this.jsonMapper.writeValueAsString(body));
	}

	private static Mono<ServerResponse> badRequest(@Nullable String message) {
		return ServerResponse.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("error", (message != null) ? message : "Bad request"));
	}

}
