package io.github.lpfunctions.emulator.gateway;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.UserDirectory;
import io.github.lpfunctions.emulator.sentinel.InvalidTokenException;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;
import io.github.lpfunctions.emulator.sentinel.VerifiedToken;

/**
 * Lets a gateway request through only with a valid access token of the account in its
 * path, and rejects it with 401 otherwise; rejects a user's token with 403 when the user
 * lacks the FaaS-Invocation privilege (or no longer exists), looked up on every request.
 * Hands the handlers the verified token (see {@link #caller(ServerRequest)}). A route
 * filter rather than a {@code WebFilter}: it runs after the route matched (an unknown
 * path stays a 404) and inside the gateway's fault filter (an injected fault answers
 * before any token is checked), as on the platform.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class BearerTokenFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final String CALLER_ATTRIBUTE = BearerTokenFilter.class.getName() + ".caller";

	private final TokenIssuer tokenIssuer;

	private final UserDirectory users;

	private final boolean acceptOAuth1;

	private BearerTokenFilter(TokenIssuer tokenIssuer, UserDirectory users, boolean acceptOAuth1) {
		this.tokenIssuer = tokenIssuer;
		this.users = users;
		this.acceptOAuth1 = acceptOAuth1;
	}

	/**
	 * The check of invocations: a bearer token only.
	 * @param tokenIssuer the token verifier
	 * @param users the users and their privileges
	 * @return the filter
	 */
	public static BearerTokenFilter forInvocations(TokenIssuer tokenIssuer, UserDirectory users) {
		return new BearerTokenFilter(tokenIssuer, users, false);
	}

	/**
	 * The check of management calls (the listing): a bearer token, or any OAuth 1.0
	 * signature, as the official clients send (the emulator cannot verify one).
	 * @param tokenIssuer the token verifier
	 * @param users the users and their privileges
	 * @return the filter
	 */
	public static BearerTokenFilter forManagement(TokenIssuer tokenIssuer, UserDirectory users) {
		return new BearerTokenFilter(tokenIssuer, users, true);
	}

	/**
	 * Return the verified token of a request this filter let through.
	 * @param request the request
	 * @return the token, or {@code null} for an OAuth 1.0 signed request
	 */
	static @Nullable VerifiedToken caller(ServerRequest request) {
		return (VerifiedToken) request.attributes().get(CALLER_ATTRIBUTE);
	}

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		VerifiedToken token = authenticate(request);
		if (token != null) {
			request.attributes().put(CALLER_ATTRIBUTE, token);
		}
		return next.handle(request);
	}

	private @Nullable VerifiedToken authenticate(ServerRequest request) {
		String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
		if (!StringUtils.hasText(authorization)) {
			throw GatewayException.unauthorized("Authorization header is missing");
		}
		if (this.acceptOAuth1 && authorization.regionMatches(true, 0, "OAuth ", 0, 6)) {
			return null;
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
		if (token.isUserToken()) {
			EmulatedUser user = this.users.get(token.subject()).orElse(null);
			if (user == null || !user.invocationPrivilege()) {
				throw GatewayException.forbidden("User " + token.subject() + " lacks the FaaS-Invocation privilege");
			}
		}
		return token;
	}

}
