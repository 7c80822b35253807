package io.github.lpfunctions.emulator.sentinel;

import reactor.core.publisher.Mono;

import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The revocation endpoint of the authorization server, behind the
 * {@link ClientAuthenticationFilter}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class RevokeHandler {

	private final TokenIssuer tokenIssuer;

	private final AuthorizationGrants grants;

	/**
	 * Create a new handler.
	 * @param tokenIssuer the issuer of the access tokens
	 * @param grants the refresh tokens
	 */
	public RevokeHandler(TokenIssuer tokenIssuer, AuthorizationGrants grants) {
		this.tokenIssuer = tokenIssuer;
		this.grants = grants;
	}

	/**
	 * {@code POST /sentinel/api/account/{accountId}/token/revoke}: revokes a refresh
	 * token, which ends its session (the access tokens issued with it are refused too, as
	 * LivePerson ends the user's session), or one access token; answers 200 for unknown
	 * tokens too (RFC 7009).
	 * @param request the request
	 * @return an empty 200 or an OAuth error
	 */
	public Mono<ServerResponse> revoke(ServerRequest request) {
		String token = ClientAuthenticationFilter.form(request).getFirst("token");
		if (!StringUtils.hasText(token)) {
			return OAuthResponses.invalidRequest("token is missing");
		}
		AuthorizationGrants.Grant grant = this.grants.revokeRefreshToken(token);
		if (grant != null) {
			this.tokenIssuer.revokeSession(grant.sessionId());
		}
		else {
			try {
				this.tokenIssuer.revoke(this.tokenIssuer.verify(token).id());
			}
			catch (InvalidTokenException ex) {
				// RFC 7009: an invalid token is not an error
			}
		}
		return ServerResponse.ok().build();
	}

}
