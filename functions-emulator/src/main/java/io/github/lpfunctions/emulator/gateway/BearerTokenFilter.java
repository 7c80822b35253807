package io.github.lpfunctions.emulator.gateway;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.sentinel.InvalidTokenException;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;
import io.github.lpfunctions.emulator.sentinel.VerifiedToken;

/**
 * Lets a gateway request through only with a valid access token of the account in its
 * path, and rejects it with 401 otherwise. A route filter rather than a
 * {@code WebFilter}: it runs after the route matched (an unknown path stays a 404) and
 * inside the gateway's fault filter (an injected fault answers before any token is
 * checked), as on the platform.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class BearerTokenFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private final TokenIssuer tokenIssuer;

	private final boolean acceptOAuth1;

	private BearerTokenFilter(TokenIssuer tokenIssuer, boolean acceptOAuth1) {
		this.tokenIssuer = tokenIssuer;
		this.acceptOAuth1 = acceptOAuth1;
	}

	/**
	 * The check of invocations: a bearer token only.
	 * @param tokenIssuer the token verifier
	 * @return the filter
	 */
	public static BearerTokenFilter forInvocations(TokenIssuer tokenIssuer) {
		return new BearerTokenFilter(tokenIssuer, false);
	}

	/**
	 * The check of management calls (the listing): a bearer token, or any OAuth 1.0
	 * signature, as the official clients send (the emulator cannot verify one).
	 * @param tokenIssuer the token verifier
	 * @return the filter
	 */
	public static BearerTokenFilter forManagement(TokenIssuer tokenIssuer) {
		return new BearerTokenFilter(tokenIssuer, true);
	}

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		authenticate(request);
		return next.handle(request);
	}

	private void authenticate(ServerRequest request) {
		String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
		if (!StringUtils.hasText(authorization)) {
			throw GatewayException.unauthorized("Authorization header is missing");
		}
		if (this.acceptOAuth1 && authorization.regionMatches(true, 0, "OAuth ", 0, 6)) {
			return;
		}
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw GatewayException.unauthorized("Expected a Bearer token");
		}
		VerifiedToken token;
		try {
			token = this.tokenIssuer.verify(authorization.substring(7).trim());
		}
		catch (InvalidTokenException ex) {
			throw GatewayException.unauthorized(ex.getMessage());
		}
		if (!token.isAccessToken()) {
			throw GatewayException.unauthorized("Token is not an access token");
		}
		if (!token.accountId().equals(request.pathVariable("accountId"))) {
			throw GatewayException.unauthorized("Token is not valid for this account");
		}
	}

}
