package io.github.lpfunctions.emulator.gateway;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.Platform;

/**
 * Answers a request that a gateway filter or handler rejected with a
 * {@link GatewayException} with the platform's error response. It goes around the
 * gateway's other filters, so that they and the handlers only say why they reject.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class GatewayErrorFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private final Platform platform;

	/**
	 * Create a new filter.
	 * @param platform the platform whose error format to use
	 */
	public GatewayErrorFilter(Platform platform) {
		this.platform = platform;
	}

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		return Mono.defer(() -> next.handle(request))
			.onErrorResume(GatewayException.class,
					(ex) -> GatewayErrorResponse.of(this.platform, ex.status(), ex.code(), ex.getMessage()));
	}

}
