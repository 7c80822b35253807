package io.github.lpfunctions.emulator.gateway;

import reactor.core.publisher.Mono;

import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.Platform;

/**
 * Rejects an invocation that does not say where it comes from with 400: on V1 the
 * {@code v} and {@code externalSystem} query parameters, on V2 the
 * {@value #EVENT_SOURCE_HEADER} header. V2 isImplemented needs no header: LivePerson's
 * Node client sends none there and LivePerson's own V2 integration suite expects an
 * answer.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class EventSourceFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	/** Header that carries the event source on platform V2. */
	public static final String EVENT_SOURCE_HEADER = "LP-EventSource";

	private final Platform platform;

	private final boolean headerRequired;

	private EventSourceFilter(Platform platform, boolean headerRequired) {
		this.platform = platform;
		this.headerRequired = headerRequired;
	}

	/**
	 * The filter for invocations, by UUID or by event.
	 * @param platform the platform whose request shape to expect
	 * @return the filter
	 */
	public static EventSourceFilter forInvocations(Platform platform) {
		return new EventSourceFilter(platform, true);
	}

	/**
	 * The filter for isImplemented, which on V2 needs no event source.
	 * @param platform the platform whose request shape to expect
	 * @return the filter
	 */
	public static EventSourceFilter forIsImplemented(Platform platform) {
		return new EventSourceFilter(platform, false);
	}

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		if (this.platform == Platform.V2) {
			if (this.headerRequired && !StringUtils.hasText(request.headers().firstHeader(EVENT_SOURCE_HEADER))) {
				throw GatewayException.badInput("Header " + EVENT_SOURCE_HEADER + " is missing");
			}
		}
		else if (request.queryParam("v").filter(StringUtils::hasText).isEmpty()) {
			throw GatewayException.badInput("Query parameter v is missing");
		}
		else if (request.queryParam("externalSystem").filter(StringUtils::hasText).isEmpty()) {
			throw GatewayException.badInput("Query parameter externalSystem is missing");
		}
		return next.handle(request);
	}

}
