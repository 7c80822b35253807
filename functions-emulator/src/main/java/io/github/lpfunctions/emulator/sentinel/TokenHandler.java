package io.github.lpfunctions.emulator.sentinel;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.UserDirectory;

/**
 * The token endpoints of the authorization server, behind the
 * {@link ClientAuthenticationFilter}: the client-credentials grant of {@code app/token},
 * and the authorization-code, refresh-token and client-credentials grants of
 * {@code token}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class TokenHandler {

	private final FunctionsEmulatorProperties properties;

	private final UserDirectory users;

	private final AuthorizationGrants grants;

	private final TokenResponses tokens;

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration
	 * @param tokenIssuer the token issuer
	 * @param users the users, who must still exist when their grant is used
	 * @param grants the authorization codes and refresh tokens
	 */
	public TokenHandler(FunctionsEmulatorProperties properties, TokenIssuer tokenIssuer, UserDirectory users,
			AuthorizationGrants grants) {
		this.properties = properties;
		this.users = users;
		this.grants = grants;
		this.tokens = new TokenResponses(properties, tokenIssuer);
	}

	/**
	 * {@code POST /sentinel/api[/v2]/account/{accountId}/app/token}: client credentials.
	 * @param request the request
	 * @return the token response or an OAuth error
	 */
	public Mono<ServerResponse> appToken(ServerRequest request) {
		MultiValueMap<String, String> form = ClientAuthenticationFilter.form(request);
		String grantType = form.getFirst("grant_type");
		if (!StringUtils.hasText(grantType)) {
			return missingGrantType();
		}
		if (!"client_credentials".equals(grantType)) {
			return OAuthResponses.error(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Grant type '" + grantType + "' is not supported here");
		}
		return OAuthResponses.token(this.tokens.clientCredentials(ClientAuthenticationFilter.clientId(request)));
	}

	/**
	 * {@code POST /sentinel/api/account/{accountId}/token}: the authorization code,
	 * refresh token and client credentials grants.
	 * @param request the request
	 * @return the token response or an OAuth error
	 */
	public Mono<ServerResponse> token(ServerRequest request) {
		MultiValueMap<String, String> form = ClientAuthenticationFilter.form(request);
		String clientId = ClientAuthenticationFilter.clientId(request);
		String grantType = form.getFirst("grant_type");
		if (!StringUtils.hasText(grantType)) {
			return missingGrantType();
		}
		return switch (grantType) {
			case "authorization_code" -> authorizationCode(form, clientId);
			case "refresh_token" -> refreshToken(form, clientId);
			case "client_credentials" -> OAuthResponses.token(this.tokens.clientCredentials(clientId));
			default -> OAuthResponses.error(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Grant type '" + grantType + "' is not supported");
		};
	}

	/**
	 * Redeem a code: only by the client it was issued to, with the redirect URI of the
	 * authorization request when that named one (RFC 6749 section 4.1.3).
	 */
	private Mono<ServerResponse> authorizationCode(MultiValueMap<String, String> form, String clientId) {
		String code = form.getFirst("code");
		if (!StringUtils.hasText(code)) {
			return OAuthResponses.invalidRequest("code is missing");
		}
		AuthorizationGrants.Grant grant = this.grants.redeemCode(code);
		if (grant == null) {
			return invalidGrant("Authorization code is invalid or expired");
		}
		if (!grant.clientId().equals(clientId)) {
			return invalidGrant("Authorization code was issued to another client");
		}
		if (grant.redirectUri() != null && !grant.redirectUri().equals(form.getFirst("redirect_uri"))) {
			return invalidGrant("redirect_uri does not match the authorization request");
		}
		EmulatedUser user = this.users.get(grant.user()).orElse(null);
		if (user == null) {
			return invalidGrant("The user no longer exists");
		}
		return OAuthResponses.token(this.tokens.user(user, grant, this.grants.issueRefreshToken(grant)));
	}

	/**
	 * Use a refresh token: only by the client it was issued to, while the user exists;
	 * with rotation, the answer carries a new refresh token and the old one ends.
	 */
	private Mono<ServerResponse> refreshToken(MultiValueMap<String, String> form, String clientId) {
		String refreshToken = form.getFirst("refresh_token");
		if (!StringUtils.hasText(refreshToken)) {
			return OAuthResponses.invalidRequest("refresh_token is missing");
		}
		AuthorizationGrants.Grant grant = this.grants.useRefreshToken(refreshToken);
		if (grant == null) {
			return invalidGrant("Refresh token is invalid, expired or revoked");
		}
		if (!grant.clientId().equals(clientId)) {
			return invalidGrant("Refresh token was issued to another client");
		}
		EmulatedUser user = this.users.get(grant.user()).orElse(null);
		if (user == null) {
			return invalidGrant("The user no longer exists");
		}
		String next = refreshToken;
		if (this.properties.isRotateRefreshTokens()) {
			this.grants.revokeRefreshToken(refreshToken);
			next = this.grants.issueRefreshToken(grant);
		}
		return OAuthResponses.token(this.tokens.user(user, grant, next));
	}

	private static Mono<ServerResponse> missingGrantType() {
		return OAuthResponses.invalidRequest("grant_type is missing");
	}

	private static Mono<ServerResponse> invalidGrant(String description) {
		return OAuthResponses.error(HttpStatus.BAD_REQUEST, "invalid_grant", description);
	}

}
