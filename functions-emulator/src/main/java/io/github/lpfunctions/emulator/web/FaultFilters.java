package io.github.lpfunctions.emulator.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.FaultInjector;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.GatewayFault;

/**
 * Applies the {@link FaultInjector}'s faults to the discovery, authorization server and
 * gateway routes.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FaultFilters {

	private static final Logger logger = LoggerFactory.getLogger(FaultFilters.class);

	private final FaultInjector faults;

	private final FunctionsEmulatorProperties properties;

	/**
	 * Create a new instance.
	 * @param faults the faults
	 * @param properties the emulator configuration (for the platform's error format)
	 */
	public FaultFilters(FaultInjector faults, FunctionsEmulatorProperties properties) {
		this.faults = faults;
		this.properties = properties;
	}

	/**
	 * Discovery answers 503 while it is down.
	 * @return the filter
	 */
	public HandlerFilterFunction<ServerResponse, ServerResponse> discovery() {
		return (request, next) -> {
			if (this.faults.isDiscoveryDown()) {
				return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("error", "Service discovery is down (injected fault)"));
			}
			return next.handle(request);
		};
	}

	/**
	 * The authorization server answers 503 with an OAuth {@code temporarily_unavailable}
	 * error while it is down.
	 * @return the filter
	 */
	public HandlerFilterFunction<ServerResponse, ServerResponse> authorizationServer() {
		return (request, next) -> {
			if (this.faults.isAuthorizationServerDown()) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("error", "temporarily_unavailable");
				body.put("error_description", "Authorization server is down (injected fault)");
				return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(body);
			}
			return next.handle(request);
		};
	}

	/**
	 * Gateway requests get the added latency, then the next pending fault, if any.
	 * @return the filter
	 */
	public HandlerFilterFunction<ServerResponse, ServerResponse> gateway() {
		return (request, next) -> {
			GatewayFault fault = this.faults.nextGatewayFault();
			Duration latency = this.faults.gatewayLatency();
			Mono<ServerResponse> response = Mono
				.defer(() -> (fault != null) ? answer(request, fault) : next.handle(request));
			return latency.isZero() ? response : Mono.delay(latency).then(response);
		};
	}

	private Mono<ServerResponse> answer(ServerRequest request, GatewayFault fault) {
		Integer status = fault.status();
		if (status == null) {
			resetConnection(request);
			return Mono.empty();
		}
		String code = switch (status) {
			case 401 -> ErrorCodes.UNAUTHORIZED;
			case 429 -> ErrorCodes.RATE_LIMITED;
			case 502, 503 -> ErrorCodes.UNAVAILABLE;
			default -> ErrorCodes.GENERAL;
		};
		return GatewayErrorResponse.of(this.properties.getPlatform(), status, code,
				"Injected fault: HTTP " + status + " for this request", fault.retryAfter());
	}

	private static void resetConnection(ServerRequest request) {
		ServerHttpRequest nativeRequest = request.exchange().getRequest();
		Object candidate = ServerHttpRequestDecorator.getNativeRequest(nativeRequest);
		if (candidate instanceof Connection connection) {
			Channel channel = connection.channel();
			// SO_LINGER 0 makes close() send a TCP RST instead of a FIN
			channel.config().setOption(ChannelOption.SO_LINGER, 0);
			channel.close();
		}
		else {
			logger.warn("Cannot reset the connection of {}: not served by Reactor Netty", request.path());
		}
	}

}
