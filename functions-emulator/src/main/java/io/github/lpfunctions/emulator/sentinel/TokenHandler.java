package io.github.lpfunctions.emulator.sentinel;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;

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

	private final AuthorizationGrants grants;

	private final TokenResponses tokens;

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration
	 * @param tokenIssuer the token issuer
	 * @param grants the authorization codes and refresh tokens
	 */
	public TokenHandler(FunctionsEmulatorProperties properties, TokenIssuer tokenIssuer, AuthorizationGrants grants) {
		this.properties = properties;
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
		return OAuthResponses.token(this.tokens.clientCredentials());
	}

	/**
	 * {@code POST /sentinel/api/account/{accountId}/token}: the authorization code,
	 * refresh token and client credentials grants.
	 * @param request the request
	 * @return the token response or an OAuth error
	 */
	public Mono<ServerResponse> token(ServerRequest request) {
		MultiValueMap<String, String> form = ClientAuthenticationFilter.form(request);
		String grantType = form.getFirst("grant_type");
		if (!StringUtils.hasText(grantType)) {
			return missingGrantType();
		}
		return switch (grantType) {
			case "authorization_code" -> authorizationCode(form);
			case "refresh_token" -> refreshToken(form);
			case "client_credentials" -> OAuthResponses.token(this.tokens.clientCredentials());
			default -> OAuthResponses.error(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Grant type '" + grantType + "' is not supported");
		};
	}

	private Mono<ServerResponse> authorizationCode(MultiValueMap<String, String> form) {
		String code = form.getFirst("code");
		if (!StringUtils.hasText(code)) {
			return OAuthResponses.invalidRequest("code is missing");
		}
		AuthorizationGrants.Grant grant = this.grants.redeemCode(code);
		if (grant == null || !grant.clientId().equals(this.properties.getClientId())) {
			return invalidGrant("Authorization code is invalid or expired");
		}
		String redirectUri = form.getFirst("redirect_uri");
		if (redirectUri != null && !redirectUri.equals(grant.redirectUri())) {
			return invalidGrant("redirect_uri does not match the authorization request");
		}
		return OAuthResponses.token(this.tokens.user(grant, this.grants.issueRefreshToken(grant)));
	}

	private Mono<ServerResponse> refreshToken(MultiValueMap<String, String> form) {
		String refreshToken = form.getFirst("refresh_token");
		if (!StringUtils.hasText(refreshToken)) {
			return OAuthResponses.invalidRequest("refresh_token is missing");
		}
		AuthorizationGrants.Grant grant = this.grants.refreshGrant(refreshToken);
		if (grant == null) {
			return invalidGrant("Refresh token is invalid or revoked");
		}
		return OAuthResponses.token(this.tokens.user(grant, refreshToken));
	}

	private static Mono<ServerResponse> missingGrantType() {
		return OAuthResponses.invalidRequest("grant_type is missing");
	}

	private static Mono<ServerResponse> invalidGrant(String description) {
		return OAuthResponses.error(HttpStatus.BAD_REQUEST, "invalid_grant", description);
	}

}
