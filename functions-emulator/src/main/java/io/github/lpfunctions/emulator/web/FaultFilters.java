package io.github.lpfunctions.emulator.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FaultInjector;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.GatewayFault;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.UnmaskedRequest;
import io.github.lpfunctions.emulator.gateway.ErrorCodes;
import io.github.lpfunctions.emulator.gateway.GatewayErrorResponse;

/**
 * Applies the {@link FaultInjector}'s faults to the discovery, authorization server and
 * gateway routes: the faults of each group, the latency and scripted answers of each
 * {@link Endpoint}, and the captures of the requests and answers.
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
		return (request, next) -> apply(request, next,
				this.faults.isDiscoveryDown() ? FaultFilters::discoveryDown : null, Duration.ZERO);
	}

	/**
	 * The authorization server answers 503 with an OAuth {@code temporarily_unavailable}
	 * error while it is down.
	 * @return the filter
	 */
	public HandlerFilterFunction<ServerResponse, ServerResponse> authorizationServer() {
		return (request, next) -> apply(request, next,
				this.faults.isAuthorizationServerDown() ? FaultFilters::authorizationServerDown : null, Duration.ZERO);
	}

	/**
	 * The Login API has no fault of its own: only the scripted answers, latency and
	 * captures of {@link Endpoint#LOGIN}.
	 * @return the filter
	 */
	public HandlerFilterFunction<ServerResponse, ServerResponse> login() {
		return (request, next) -> apply(request, next, null, Duration.ZERO);
	}

	/**
	 * Gateway requests get the added latency, then the next pending fault, if any.
	 * @return the filter
	 */
	public HandlerFilterFunction<ServerResponse, ServerResponse> gateway() {
		return (request, next) -> {
			GatewayFault fault = this.faults.nextGatewayFault();
			return apply(request, next, (fault != null) ? () -> answer(request, fault) : null,
					this.faults.gatewayLatency());
		};
	}

	private Mono<ServerResponse> apply(ServerRequest request, HandlerFunction<ServerResponse> next,
			@Nullable Supplier<Mono<ServerResponse>> fault, Duration groupLatency) {
		Endpoint endpoint = Endpoint.of(request.method().name(), request.path());
		if (endpoint == null || !this.faults.isScriptedOrCaptured(endpoint)) {
			Duration latency = (endpoint != null) ? groupLatency.plus(this.faults.latency(endpoint)) : groupLatency;
			Mono<ServerResponse> response = Mono.defer(() -> (fault != null) ? fault.get() : next.handle(request));
			return latency.isZero() ? response : Mono.delay(latency).then(response);
		}
		// the request is read whole first, so that it is captured when it arrives
		return body(request).flatMap((body) -> {
			ScriptedResponse scripted = this.faults.arrived(unmasked(endpoint, request, body), fault == null);
			Mono<ServerResponse> response = Mono.defer(() -> {
				if (fault != null) {
					return fault.get();
				}
				return (scripted != null) ? render(request, scripted) : next.handle(replay(request, body));
			}).map((answer) -> recorded(endpoint, answer));
			Duration latency = groupLatency.plus(this.faults.latency(endpoint));
			return latency.isZero() ? response : Mono.delay(latency).then(response);
		});
	}

	private static Mono<byte[]> body(ServerRequest request) {
		return DataBufferUtils.join(request.exchange().getRequest().getBody()).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(new byte[0]);
	}

	private static UnmaskedRequest unmasked(Endpoint endpoint, ServerRequest request, byte[] body) {
		ServerHttpRequest http = request.exchange().getRequest();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		http.getHeaders().forEach(headers::put);
		return UnmaskedRequest.of(endpoint, http.getMethod().name(), http.getURI().getRawPath(),
				http.getURI().getRawQuery(), headers, body);
	}

	private static ServerRequest replay(ServerRequest request, byte[] body) {
		DataBufferFactory buffers = request.exchange().getResponse().bufferFactory();
		return ServerRequest.from(request).body(Flux.defer(() -> Flux.just(buffers.wrap(body)))).build();
	}

	private static Mono<ServerResponse> render(ServerRequest request, ScriptedResponse scripted) {
		Mono<ServerResponse> response = Mono.defer(() -> {
			if (scripted.isConnectionReset()) {
				resetConnection(request);
				return Mono.empty();
			}
			ServerResponse.BodyBuilder builder = ServerResponse.status(scripted.status());
			scripted.headers().forEach((name, values) -> builder.header(name, values.toArray(String[]::new)));
			byte[] body = scripted.body();
			return (body.length == 0) ? builder.build() : builder.bodyValue(body);
		});
		return scripted.delay().isZero() ? response : Mono.delay(scripted.delay()).then(response);
	}

	/**
	 * The answer, recording its status and body in the endpoint's captures as it is
	 * written.
	 */
	private ServerResponse recorded(Endpoint endpoint, ServerResponse answer) {
		return new ServerResponse() {

			@Override
			public HttpStatusCode statusCode() {
				return answer.statusCode();
			}

			@Override
			public HttpHeaders headers() {
				return answer.headers();
			}

			@Override
			public MultiValueMap<String, ResponseCookie> cookies() {
				return answer.cookies();
			}

			@Override
			public Mono<Void> writeTo(ServerWebExchange exchange, Context context) {
				AtomicBoolean recorded = new AtomicBoolean();
				int status = answer.statusCode().value();
				ServerHttpResponseDecorator recording = new ServerHttpResponseDecorator(exchange.getResponse()) {

					@Override
					public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
						return DataBufferUtils.join(Flux.from(body)).flatMap((buffer) -> {
							byte[] bytes = new byte[buffer.readableByteCount()];
							buffer.read(bytes);
							DataBufferUtils.release(buffer);
							if (recorded.compareAndSet(false, true)) {
								FaultFilters.this.faults.answered(endpoint, status, bytes);
							}
							return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
						}).switchIfEmpty(Mono.defer(this::setComplete));
					}

					@Override
					public Mono<Void> setComplete() {
						if (recorded.compareAndSet(false, true)) {
							FaultFilters.this.faults.answered(endpoint, status, new byte[0]);
						}
						return super.setComplete();
					}

				};
				return answer.writeTo(exchange.mutate().response(recording).build(), context);
			}

		};
	}

	private static Mono<ServerResponse> discoveryDown() {
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("error", "Service discovery is down (injected fault)"));
	}

	private static Mono<ServerResponse> authorizationServerDown() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "temporarily_unavailable");
		body.put("error_description", "Authorization server is down (injected fault)");
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body);
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
