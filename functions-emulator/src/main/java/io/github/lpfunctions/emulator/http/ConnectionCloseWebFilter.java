package io.github.lpfunctions.emulator.http;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServer;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Answers every request with {@code Connection: close}, so that no client sends a second
 * request on a connection. Reactor Netty before 1.3.8 can stop reading a keep-alive
 * connection when the next request arrives just as a response completes
 * (reactor/reactor-netty#4361), and that request then hangs until the client gives up; a
 * new connection per request costs a loopback handshake instead.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class ConnectionCloseWebFilter implements WebFilter, Ordered {

	private static final int[] FIXED_IN = { 1, 3, 8 };

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
		return chain.filter(exchange);
	}

	/**
	 * Return the Reactor Netty version on the class path.
	 * @return the version, or {@code null} when the jar does not say
	 */
	public static @Nullable String reactorNettyVersion() {
		return HttpServer.class.getPackage().getImplementationVersion();
	}

	/**
	 * Whether a Reactor Netty version has the keep-alive bug.
	 * @param version a version such as {@code 1.3.6}; {@code null} when unknown
	 * @return {@code true} before 1.3.8; {@code false} for later or unknown versions
	 */
	public static boolean isNeededFor(@Nullable String version) {
		String[] parts = (version != null) ? version.split("[.-]") : new String[0];
		if (parts.length == 0 || !parts[0].matches("[0-9]+")) {
			return false;
		}
		for (int i = 0; i < FIXED_IN.length; i++) {
			int part = (i < parts.length && parts[i].matches("[0-9]+")) ? Integer.parseInt(parts[i]) : 0;
			if (part != FIXED_IN[i]) {
				return part < FIXED_IN[i];
			}
		}
		return false;
	}

}
