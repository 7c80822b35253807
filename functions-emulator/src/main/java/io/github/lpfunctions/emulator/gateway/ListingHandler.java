package io.github.lpfunctions.emulator.gateway;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.Platform;

/**
 * The function listing (faasUI) behind the {@link BearerTokenFilter}, a bare JSON array
 * in each platform's shape ({@link LambdaViews}): V1 lists at {@code /lambdas}, V2 at
 * {@code /functions}, each filtered by {@code state} (repeated for several states, any of
 * which matches), {@code eventId} and the name: {@code name} on V1, and on V2
 * {@code functionName} as LivePerson's Node client sends it or {@code name} as the 2.0
 * Java client does. {@code userId} names the user the platform lists for and filters
 * nothing; {@code skillId} is accepted and ignored, as no official client sends it and
 * the platform documents no skill filter. An empty filter ({@code eventId=}), as the Node
 * client sends for the filters it does not use, counts as absent, as on the platform.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class ListingHandler {

	private final FunctionRegistry registry;

	private final GatewayResponses responses;

	/**
	 * Create a new handler.
	 * @param platform the platform the gateway speaks
	 * @param registry the deployed functions
	 * @param jsonMapper the mapper for bodies
	 */
	public ListingHandler(Platform platform, FunctionRegistry registry, JsonMapper jsonMapper) {
		this.registry = registry;
		this.responses = new GatewayResponses(platform, jsonMapper);
	}

	/**
	 * {@code GET /api/account/{accountId}/lambdas}: the V1 listing, filtered by
	 * {@code state}, {@code eventId} and {@code name}.
	 * @param request the request
	 * @return the functions, or 404 on a V2 emulator
	 */
	public Mono<ServerResponse> listLambdas(ServerRequest request) {
		return list(request, Platform.V1, List.of("name"));
	}

	/**
	 * {@code GET /api/account/{accountId}/functions}: the V2 listing, filtered by
	 * {@code state}, {@code eventId} and {@code functionName} or {@code name}.
	 * @param request the request
	 * @return the functions, or 404 on a V1 emulator
	 */
	public Mono<ServerResponse> listFunctions(ServerRequest request) {
		return list(request, Platform.V2, List.of("functionName", "name"));
	}

	private Mono<ServerResponse> list(ServerRequest request, Platform listingPlatform, List<String> nameParameters) {
		Platform platform = this.responses.platform();
		if (platform != listingPlatform) {
			throw new GatewayException(404, ErrorCodes.GENERAL, "Not found: platform " + platform + " lists at "
					+ ((platform == Platform.V2) ? "/functions" : "/lambdas"));
		}
		List<String> states = request.queryParams()
			.getOrDefault("state", List.of())
			.stream()
			.filter(StringUtils::hasLength)
			.toList();
		String eventId = request.queryParam("eventId").filter(StringUtils::hasLength).orElse(null);
		String name = nameParameters.stream()
			.map((parameter) -> request.queryParam(parameter).filter(StringUtils::hasLength).orElse(null))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return this.responses.json(
				listed(states, eventId, name, (platform == Platform.V1) ? LambdaViews::lambda : LambdaViews::function));
	}

	private List<Map<String, Object>> listed(List<String> states, @Nullable String eventId, @Nullable String name,
			Function<FunctionRegistry.Entry, Map<String, Object>> view) {
		return this.registry.entries()
			.stream()
			.filter((entry) -> states.isEmpty() || states.stream()
				.anyMatch((state) -> state.equalsIgnoreCase(entry.function().state().displayName())))
			.filter((entry) -> eventId == null || eventId.equals(entry.function().eventId()))
			.filter((entry) -> name == null || name.equals(entry.function().name()))
			.map(view)
			.toList();
	}

}
