package io.github.lpfunctions.emulator.web;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.Platform;
import io.github.lpfunctions.emulator.sentinel.InvalidTokenException;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;
import io.github.lpfunctions.emulator.sentinel.VerifiedToken;

/**
 * The invocation gateway (faasGW) and the function listing (faasUI), in the wire format
 * of the configured {@link Platform}.
 * <p>
 * Checks, in order: the bearer token (401), the request shape (400), the function (404),
 * then runs it. Invoking by event runs every productive function bound to the event
 * concurrently and answers 200 with one element per function, in deployment order; a
 * function that fails contributes an element with an {@code error} (the platform's error
 * body) instead of a {@code result}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class GatewayHandler {

	/** Header that carries the event source on platform V2. */
	public static final String EVENT_SOURCE_HEADER = "LP-EventSource";

	private final FunctionsEmulatorProperties properties;

	private final FunctionRegistry registry;

	private final TokenIssuer tokenIssuer;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration
	 * @param registry the deployed functions
	 * @param tokenIssuer the token verifier
	 * @param jsonMapper the mapper for bodies
	 * @param clock the clock for result timestamps
	 */
	public GatewayHandler(FunctionsEmulatorProperties properties, FunctionRegistry registry, TokenIssuer tokenIssuer,
			JsonMapper jsonMapper, Clock clock) {
		this.properties = properties;
		this.registry = registry;
		this.tokenIssuer = tokenIssuer;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * {@code POST /api/account/{accountId}/lambdas/{uuid}/invoke}.
	 * @param request the request
	 * @return the function's result or an error
	 */
	public Mono<ServerResponse> invokeByUuid(ServerRequest request) {
		return guarded(request, true, () -> readPayload(request).flatMap((payload) -> {
			String uuid = request.pathVariable("uuid");
			EmulatedFunction function = this.registry.get(uuid)
				.orElseThrow(() -> new GatewayException(404, ErrorCodes.MISSING_LAMBDA,
						"Function " + uuid + " does not exist"));
			if (!function.isProductive()) {
				throw new GatewayException(404, ErrorCodes.NOT_DEPLOYED,
						"Function " + uuid + " is not deployed (state " + function.state().displayName() + ")");
			}
			return execute(function, payload).flatMap((outcome) -> {
				if (outcome.errorCode() != null) {
					return error(outcome.errorStatus(), outcome.errorCode(), outcome.errorMessage());
				}
				return json(200, outcome.result());
			});
		}));
	}

	/**
	 * {@code POST /api/account/{accountId}/events/{eventId}/invoke}.
	 * @param request the request
	 * @return one element per productive function bound to the event
	 */
	public Mono<ServerResponse> invokeByEvent(ServerRequest request) {
		return guarded(request, true, () -> readPayload(request).flatMap((payload) -> {
			List<EmulatedFunction> functions = this.registry.productiveFor(request.pathVariable("eventId"));
			return Flux.fromIterable(functions)
				.flatMapSequential(
						(function) -> execute(function, payload).map((outcome) -> element(function, outcome)))
				.collectList()
				.flatMap((elements) -> json(200, elements));
		}));
	}

	/**
	 * {@code GET /api/account/{accountId}/events/{eventId}/isImplemented}.
	 * @param request the request
	 * @return {@code {"implemented": true|false}}
	 */
	public Mono<ServerResponse> isImplemented(ServerRequest request) {
		return guarded(request, true, () -> json(200,
				Map.of("implemented", !this.registry.productiveFor(request.pathVariable("eventId")).isEmpty())));
	}

	/**
	 * {@code GET /api/account/{accountId}/lambdas}: the V1 listing, filtered by
	 * {@code state}, {@code eventId} and {@code name}; {@code userId} is accepted and
	 * ignored.
	 * @param request the request
	 * @return the functions, or 404 on a V2 emulator
	 */
	public Mono<ServerResponse> listLambdas(ServerRequest request) {
		return list(request, Platform.V1, "name");
	}

	/**
	 * {@code GET /api/account/{accountId}/functions}: the V2 listing, filtered by
	 * {@code state}, {@code eventId} and {@code functionName}; {@code userId} is accepted
	 * and ignored.
	 * @param request the request
	 * @return the functions, or 404 on a V1 emulator
	 */
	public Mono<ServerResponse> listFunctions(ServerRequest request) {
		return list(request, Platform.V2, "functionName");
	}

	private Mono<ServerResponse> list(ServerRequest request, Platform listingPlatform, String nameParameter) {
		return guarded(request, false, () -> {
			Platform platform = this.properties.getPlatform();
			if (platform != listingPlatform) {
				throw new GatewayException(404, ErrorCodes.GENERAL, "Not found: platform " + platform + " lists at "
						+ ((platform == Platform.V2) ? "/functions" : "/lambdas"));
			}
			List<String> states = request.queryParams().getOrDefault("state", List.of());
			String eventId = request.queryParam("eventId").orElse(null);
			String name = request.queryParam(nameParameter).orElse(null);
			List<Map<String, Object>> lambdas = this.registry.entries()
				.stream()
				.filter((entry) -> states.isEmpty() || states.stream()
					.anyMatch((state) -> state.equalsIgnoreCase(entry.function().state().displayName())))
				.filter((entry) -> eventId == null || eventId.equals(entry.function().eventId()))
				.filter((entry) -> name == null || name.equals(entry.function().name()))
				.map(LambdaViews::lambda)
				.toList();
			return json(200, lambdas);
		});
	}

	private Mono<ServerResponse> guarded(ServerRequest request, boolean invocation,
			Supplier<Mono<ServerResponse>> handler) {
		return Mono.defer(() -> {
			authenticate(request, !invocation);
			if (invocation) {
				validateEventSource(request);
			}
			return handler.get();
		}).onErrorResume(GatewayException.class, (ex) -> error(ex.status(), ex.code(), ex.getMessage()));
	}

	private void authenticate(ServerRequest request, boolean acceptOAuth1) {
		String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
		if (!StringUtils.hasText(authorization)) {
			throw new GatewayException(401, ErrorCodes.UNAUTHORIZED, "Authorization header is missing");
		}
		if (acceptOAuth1 && authorization.regionMatches(true, 0, "OAuth ", 0, 6)) {
			// management calls of the official clients are signed with OAuth 1.0, which
			// the emulator cannot verify
			return;
		}
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new GatewayException(401, ErrorCodes.UNAUTHORIZED, "Expected a Bearer token");
		}
		VerifiedToken token;
		try {
			token = this.tokenIssuer.verify(authorization.substring(7).trim());
		}
		catch (InvalidTokenException ex) {
			throw new GatewayException(401, ErrorCodes.UNAUTHORIZED, ex.getMessage());
		}
		if (!token.isAccessToken()) {
			throw new GatewayException(401, ErrorCodes.UNAUTHORIZED, "Token is not an access token");
		}
		if (!token.accountId().equals(request.pathVariable("accountId"))) {
			throw new GatewayException(401, ErrorCodes.UNAUTHORIZED, "Token is not valid for this account");
		}
	}

	private void validateEventSource(ServerRequest request) {
		if (this.properties.getPlatform() == Platform.V2) {
			if (!StringUtils.hasText(request.headers().firstHeader(EVENT_SOURCE_HEADER))) {
				throw badInput("Header " + EVENT_SOURCE_HEADER + " is missing");
			}
			return;
		}
		if (request.queryParam("v").filter(StringUtils::hasText).isEmpty()) {
			throw badInput("Query parameter v is missing");
		}
		if (request.queryParam("externalSystem").filter(StringUtils::hasText).isEmpty()) {
			throw badInput("Query parameter externalSystem is missing");
		}
	}

	private Mono<JsonNode> readPayload(ServerRequest request) {
		MediaType contentType = request.headers().contentType().orElse(null);
		if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
			return Mono.error(badInput("Content-Type must be application/json"));
		}
		return request.bodyToMono(String.class).defaultIfEmpty("").map(this::parseInvocation);
	}

	private JsonNode parseInvocation(String body) {
		JsonNode invocation;
		try {
			invocation = this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw badInput("Body is not valid JSON");
		}
		if (invocation == null || !invocation.isObject()) {
			throw badInput("Body must be a JSON object with timestamp, headers and payload");
		}
		if (!invocation.path("timestamp").isNumber()) {
			throw badInput("timestamp must be a number (epoch milliseconds)");
		}
		JsonNode headers = invocation.path("headers");
		if (!headers.isArray()) {
			throw badInput("headers must be a list of {key, value}");
		}
		for (JsonNode header : headers) {
			if (!header.isObject() || !header.path("key").isString()
					|| !(header.path("value").isString() || header.path("value").isNull())) {
				throw badInput("headers must be a list of {key, value}");
			}
		}
		if (!invocation.has("payload")) {
			throw badInput("payload is missing");
		}
		return invocation.get("payload");
	}

	private Mono<Outcome> execute(EmulatedFunction function, JsonNode payload) {
		Duration timeout = this.properties.getFunctionTimeout();
		boolean exceeded = function.delay().compareTo(timeout) > 0;
		Duration delay = exceeded ? timeout : function.delay();
		Mono<Outcome> outcome = Mono.fromSupplier(() -> {
			if (exceeded) {
				return Outcome.failure(901, ErrorCodes.EXECUTION_TIME_EXCEEDED,
						"Function exceeded its execution time of " + timeout.toSeconds() + " s");
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

	private Map<String, Object> element(EmulatedFunction function, Outcome outcome) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put("uuid", function.uuid());
		element.put("timestamp", this.clock.millis());
		if (outcome.errorCode() != null) {
			element.put("error",
					ErrorCodes.body(this.properties.getPlatform(), outcome.errorCode(), outcome.errorMessage()));
		}
		else {
			element.put("result", outcome.result());
		}
		return element;
	}

	private Mono<ServerResponse> error(int status, String code, String message) {
		return GatewayErrorResponse.of(this.properties.getPlatform(), status, code, message);
	}

	private Mono<ServerResponse> json(int status, @Nullable Object body) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).bodyValue(toJson(body));
	}

	private String toJson(@Nullable Object value) {
		return this.jsonMapper.writeValueAsString(value);
	}

	private GatewayException badInput(String message) {
		return new GatewayException(400, ErrorCodes.BAD_INPUT, message);
	}

	private record Outcome(@Nullable Object result, int errorStatus, @Nullable String errorCode, String errorMessage) {

		static Outcome success(Object result) {
			return new Outcome(result, 200, null, "");
		}

		static Outcome failure(int status, String code, String message) {
			return new Outcome(null, status, code, message);
		}

	}

}
