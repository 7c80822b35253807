package io.github.lpfunctions.emulator.sentinel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.web.Forms;

/**
 * The Sentinel authorization server: client credentials, authorization code (login page,
 * code, token, refresh) and revocation. Errors are OAuth 2.0 error bodies
 * {@code {"error","error_description"}}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class SentinelHandler {

	private final FunctionsEmulatorProperties properties;

	private final TokenIssuer tokenIssuer;

	private final AuthorizationGrants grants;

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration
	 * @param tokenIssuer the token issuer
	 * @param grants the authorization codes and refresh tokens
	 */
	public SentinelHandler(FunctionsEmulatorProperties properties, TokenIssuer tokenIssuer,
			AuthorizationGrants grants) {
		this.properties = properties;
		this.tokenIssuer = tokenIssuer;
		this.grants = grants;
	}

	/**
	 * {@code POST /sentinel/api[/v2]/account/{accountId}/app/token}: the client
	 * credentials grant.
	 * @param request the request
	 * @return the token response or an OAuth error
	 */
	public Mono<ServerResponse> appToken(ServerRequest request) {
		return authenticatedGrant(request, this.properties.isAcceptQueryCredentials(), (form, grantType) -> {
			if (!"client_credentials".equals(grantType)) {
				return oauthError(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
						"Grant type '" + grantType + "' is not supported here");
			}
			return clientCredentialsToken();
		});
	}

	/**
	 * {@code GET /sentinel/api/account/{accountId}/authorize}: the login page of the
	 * authorization-code flow.
	 * @param request the request
	 * @return the login page or an error page
	 */
	public Mono<ServerResponse> authorizePage(ServerRequest request) {
		MultiValueMap<String, String> query = request.queryParams();
		Mono<ServerResponse> invalid = validateAuthorizationRequest(request, query);
		if (invalid != null) {
			return invalid;
		}
		return html(HttpStatus.OK, LoginPage.render(request.path(), Objects.requireNonNull(query.getFirst("client_id")),
				Objects.requireNonNull(query.getFirst("redirect_uri")), query.getFirst("state"), null));
	}

	/**
	 * {@code POST /sentinel/api/account/{accountId}/authorize}: the login form; redirects
	 * to the redirect URI with {@code code} and {@code state}.
	 * @param request the request
	 * @return the redirect, or the login page with an error
	 */
	public Mono<ServerResponse> login(ServerRequest request) {
		return form(request).defaultIfEmpty(new LinkedMultiValueMap<>()).flatMap((form) -> {
			Mono<ServerResponse> invalid = validateAuthorizationRequest(request, form);
			if (invalid != null) {
				return invalid;
			}
			String clientId = Objects.requireNonNull(form.getFirst("client_id"));
			String redirectUri = Objects.requireNonNull(form.getFirst("redirect_uri"));
			String state = form.getFirst("state");
			String user = form.getFirst("username");
			String password = form.getFirst("password");
			if (user == null || password == null || !password.equals(this.properties.getUsers().get(user))) {
				return html(HttpStatus.UNAUTHORIZED, LoginPage.render(request.path(), clientId, redirectUri, state,
						"Unknown user name or wrong password"));
			}
			String code = this.grants.issueCode(user, clientId, redirectUri);
			UriComponentsBuilder location = UriComponentsBuilder.fromUriString(redirectUri)
				.queryParam("code", "{code}");
			Map<String, String> variables = new LinkedHashMap<>();
			variables.put("code", code);
			if (state != null) {
				location.queryParam("state", "{state}");
				variables.put("state", state);
			}
			return ServerResponse.status(HttpStatus.FOUND)
				.location(location.encode().buildAndExpand(variables).toUri())
				.build();
		});
	}

	/**
	 * {@code POST /sentinel/api/account/{accountId}/token}: the authorization code,
	 * refresh token and client credentials grants.
	 * @param request the request
	 * @return the token response or an OAuth error
	 */
	public Mono<ServerResponse> token(ServerRequest request) {
		return authenticatedGrant(request, false, (form, grantType) -> switch (grantType) {
			case "authorization_code" -> authorizationCodeToken(form);
			case "refresh_token" -> refreshToken(form);
			case "client_credentials" -> clientCredentialsToken();
			default -> oauthError(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Grant type '" + grantType + "' is not supported");
		});
	}

	/**
	 * {@code POST /sentinel/api/account/{accountId}/token/revoke}: revokes a refresh or
	 * access token; answers 200 for unknown tokens too (RFC 7009).
	 * @param request the request
	 * @return an empty 200 or an OAuth error
	 */
	public Mono<ServerResponse> revoke(ServerRequest request) {
		return authenticatedForm(request, false, (form) -> {
			String token = form.getFirst("token");
			if (!StringUtils.hasText(token)) {
				return oauthError(HttpStatus.BAD_REQUEST, "invalid_request", "token is missing");
			}
			if (!this.grants.revokeRefreshToken(token)) {
				try {
					this.tokenIssuer.revoke(this.tokenIssuer.verify(token).id());
				}
				catch (InvalidTokenException ex) {
					// RFC 7009: an invalid token is not an error
				}
			}
			return ServerResponse.ok().build();
		});
	}

	private Mono<ServerResponse> authenticatedGrant(ServerRequest request, boolean acceptQueryCredentials,
			BiFunction<MultiValueMap<String, String>, String, Mono<ServerResponse>> handler) {
		return authenticatedForm(request, acceptQueryCredentials, (form) -> {
			String grantType = form.getFirst("grant_type");
			if (!StringUtils.hasText(grantType)) {
				return oauthError(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type is missing");
			}
			return handler.apply(form, grantType);
		});
	}

	private Mono<ServerResponse> authenticatedForm(ServerRequest request, boolean acceptQueryCredentials,
			Function<MultiValueMap<String, String>, Mono<ServerResponse>> handler) {
		return form(request).flatMap((form) -> {
			Mono<ServerResponse> error = authenticateClient(request, form, acceptQueryCredentials);
			return (error != null) ? error : handler.apply(form);
		})
			.switchIfEmpty(Mono.defer(() -> oauthError(HttpStatus.BAD_REQUEST, "invalid_request",
					"Expected a form body (application/x-www-form-urlencoded)")));
	}

	private Mono<ServerResponse> clientCredentialsToken() {
		String clientId = this.properties.getClientId();
		return tokenResponse(accessToken(clientId, clientId));
	}

	private Mono<ServerResponse> authorizationCodeToken(MultiValueMap<String, String> form) {
		String code = form.getFirst("code");
		if (!StringUtils.hasText(code)) {
			return oauthError(HttpStatus.BAD_REQUEST, "invalid_request", "code is missing");
		}
		AuthorizationGrants.Grant grant = this.grants.redeemCode(code);
		if (grant == null || !grant.clientId().equals(this.properties.getClientId())) {
			return oauthError(HttpStatus.BAD_REQUEST, "invalid_grant", "Authorization code is invalid or expired");
		}
		String redirectUri = form.getFirst("redirect_uri");
		if (redirectUri != null && !redirectUri.equals(grant.redirectUri())) {
			return oauthError(HttpStatus.BAD_REQUEST, "invalid_grant",
					"redirect_uri does not match the authorization request");
		}
		return userTokens(grant, this.grants.issueRefreshToken(grant));
	}

	private Mono<ServerResponse> refreshToken(MultiValueMap<String, String> form) {
		String refreshToken = form.getFirst("refresh_token");
		if (!StringUtils.hasText(refreshToken)) {
			return oauthError(HttpStatus.BAD_REQUEST, "invalid_request", "refresh_token is missing");
		}
		AuthorizationGrants.Grant grant = this.grants.refreshGrant(refreshToken);
		if (grant == null) {
			return oauthError(HttpStatus.BAD_REQUEST, "invalid_grant", "Refresh token is invalid or revoked");
		}
		return userTokens(grant, refreshToken);
	}

	private Mono<ServerResponse> userTokens(AuthorizationGrants.Grant grant, String refreshToken) {
		Map<String, Object> body = accessToken(grant.user(), grant.clientId());
		body.put("refresh_token", refreshToken);
		body.put("id_token", this.tokenIssuer.issueIdToken(this.properties.getAccountId(), grant.user(),
				grant.clientId(), this.properties.getTokenLifetime()));
		return tokenResponse(body);
	}

	private Map<String, Object> accessToken(String subject, String clientId) {
		Duration lifetime = this.properties.getTokenLifetime();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token",
				this.tokenIssuer.issueAccessToken(this.properties.getAccountId(), subject, clientId, lifetime));
		body.put("token_type", "Bearer");
		switch (this.properties.getExpiresIn()) {
			case STRING -> body.put("expires_in", Long.toString(lifetime.toSeconds()));
			case NUMBER -> body.put("expires_in", lifetime.toSeconds());
			case OMITTED -> {
			}
		}
		return body;
	}

	private @Nullable Mono<ServerResponse> authenticateClient(ServerRequest request, MultiValueMap<String, String> form,
			boolean acceptQuery) {
		if (!accountMatches(request)) {
			return oauthError(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown account");
		}
		String clientId = form.getFirst("client_id");
		String clientSecret = form.getFirst("client_secret");
		String basic = basicCredentials(request);
		if (clientSecret == null && basic != null) {
			int colon = basic.indexOf(':');
			clientId = (colon >= 0) ? Forms.decode(basic.substring(0, colon)) : basic;
			clientSecret = (colon >= 0) ? Forms.decode(basic.substring(colon + 1)) : null;
		}
		if (clientSecret == null && acceptQuery) {
			clientId = request.queryParam("client_id").orElse(clientId);
			clientSecret = request.queryParam("client_secret").orElse(null);
		}
		if (!StringUtils.hasText(clientId)) {
			return oauthError(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication is missing");
		}
		if (!clientId.equals(this.properties.getClientId())) {
			return oauthError(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client");
		}
		if (!this.properties.getClientSecret().equals(clientSecret)) {
			return oauthError(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed");
		}
		return null;
	}

	private @Nullable Mono<ServerResponse> validateAuthorizationRequest(ServerRequest request,
			MultiValueMap<String, String> parameters) {
		if (!accountMatches(request)) {
			return html(HttpStatus.NOT_FOUND, "<!DOCTYPE html><p>Unknown account</p>");
		}
		if (!"code".equals(parameters.getFirst("response_type"))) {
			return html(HttpStatus.BAD_REQUEST, "<!DOCTYPE html><p>unsupported_response_type: expected code</p>");
		}
		if (!this.properties.getClientId().equals(parameters.getFirst("client_id"))) {
			return html(HttpStatus.BAD_REQUEST, "<!DOCTYPE html><p>invalid_client: unknown client_id</p>");
		}
		if (!StringUtils.hasText(parameters.getFirst("redirect_uri"))) {
			return html(HttpStatus.BAD_REQUEST, "<!DOCTYPE html><p>invalid_request: redirect_uri is missing</p>");
		}
		return null;
	}

	private boolean accountMatches(ServerRequest request) {
		return this.properties.getAccountId().equals(request.pathVariable("accountId"));
	}

	private static Mono<MultiValueMap<String, String>> form(ServerRequest request) {
		MediaType contentType = request.headers().contentType().orElse(null);
		if (contentType == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType)) {
			return Mono.empty();
		}
		return request.bodyToMono(String.class).defaultIfEmpty("").map(Forms::parse);
	}

	private static @Nullable String basicCredentials(ServerRequest request) {
		String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			return new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Mono<ServerResponse> tokenResponse(Map<String, Object> body) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.PRAGMA, "no-cache")
			.bodyValue(body);
	}

	private static Mono<ServerResponse> oauthError(HttpStatus status, String error, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.bodyValue(body);
	}

	private static Mono<ServerResponse> html(HttpStatus status, String html) {
		return ServerResponse.status(status).contentType(MediaType.TEXT_HTML).bodyValue(html);
	}

}
