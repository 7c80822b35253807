package io.github.lpfunctions.emulator.sentinel;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.UserDirectory;

/**
 * The authorization endpoint of the authorization-code flow: the login page, and the
 * login form that redirects to the client with a code. Every user of the
 * {@link UserDirectory} signs in, with or without the FaaS-Invocation privilege. A client
 * with registered redirect URIs may only name one of them, and may leave it out when it
 * has exactly one; a client without any may name any.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class AuthorizeHandler {

	private final FunctionsEmulatorProperties properties;

	private final UserDirectory users;

	private final AuthorizationGrants grants;

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration (clients, redirect URIs)
	 * @param users the users who may sign in
	 * @param grants the authorization codes
	 */
	public AuthorizeHandler(FunctionsEmulatorProperties properties, UserDirectory users, AuthorizationGrants grants) {
		this.properties = properties;
		this.users = users;
		this.grants = grants;
	}

	/**
	 * {@code GET /sentinel/api/account/{accountId}/authorize}: the login page.
	 * @param request the request
	 * @return the login page or an error page
	 */
	public Mono<ServerResponse> authorizePage(ServerRequest request) {
		MultiValueMap<String, String> query = request.queryParams();
		Mono<ServerResponse> rejection = rejection(request, query);
		if (rejection != null) {
			return rejection;
		}
		return OAuthResponses.html(HttpStatus.OK,
				LoginPage.render(request.path(), Objects.requireNonNull(query.getFirst("client_id")),
						textOrNull(query.getFirst("redirect_uri")), query.getFirst("state"), null));
	}

	/**
	 * {@code POST /sentinel/api/account/{accountId}/authorize}: the login form; redirects
	 * to the redirect URI with {@code code} and {@code state}.
	 * @param request the request
	 * @return the redirect, or the login page with an error
	 */
	public Mono<ServerResponse> login(ServerRequest request) {
		return FormBody.read(request).defaultIfEmpty(new LinkedMultiValueMap<>()).flatMap((form) -> {
			Mono<ServerResponse> rejection = rejection(request, form);
			if (rejection != null) {
				return rejection;
			}
			String clientId = Objects.requireNonNull(form.getFirst("client_id"));
			String redirectUri = textOrNull(form.getFirst("redirect_uri"));
			String state = form.getFirst("state");
			EmulatedUser user = this.users.authenticate(form.getFirst("username"), form.getFirst("password"));
			if (user == null) {
				return OAuthResponses.html(HttpStatus.UNAUTHORIZED, LoginPage.render(request.path(), clientId,
						redirectUri, state, "Unknown user name or wrong password"));
			}
			String code = this.grants.issueCode(user.name(), clientId, redirectUri);
			String target = (redirectUri != null) ? redirectUri : this.properties.redirectUrisOf(clientId).get(0);
			return ServerResponse.status(HttpStatus.FOUND).location(redirect(target, code, state)).build();
		});
	}

	/**
	 * Why the parameters are no authorization request the emulator serves, as an error
	 * page; {@code null} when they are one.
	 */
	private @Nullable Mono<ServerResponse> rejection(ServerRequest request, MultiValueMap<String, String> parameters) {
		if (!this.properties.getAccountId().equals(request.pathVariable("accountId"))) {
			return OAuthResponses.html(HttpStatus.NOT_FOUND, LoginPage.error("Unknown account"));
		}
		if (!"code".equals(parameters.getFirst("response_type"))) {
			return OAuthResponses.html(HttpStatus.BAD_REQUEST,
					LoginPage.error("unsupported_response_type: expected code"));
		}
		String clientId = parameters.getFirst("client_id");
		if (clientId == null || this.properties.secretOf(clientId) == null) {
			return OAuthResponses.html(HttpStatus.BAD_REQUEST, LoginPage.error("invalid_client: unknown client_id"));
		}
		// never redirect to a URI the client did not register: the error is shown here
		List<String> registered = this.properties.redirectUrisOf(clientId);
		String redirectUri = parameters.getFirst("redirect_uri");
		if (!StringUtils.hasText(redirectUri)) {
			return (registered.size() == 1) ? null : OAuthResponses.html(HttpStatus.BAD_REQUEST,
					LoginPage.error("invalid_request: redirect_uri is missing"));
		}
		if (!registered.isEmpty() && !registered.contains(redirectUri)) {
			return OAuthResponses.html(HttpStatus.BAD_REQUEST,
					LoginPage.error("invalid_request: redirect_uri is not registered for this client"));
		}
		return null;
	}

	private static @Nullable String textOrNull(@Nullable String text) {
		return StringUtils.hasText(text) ? text : null;
	}

	private static URI redirect(String redirectUri, String code, @Nullable String state) {
		UriComponentsBuilder location = UriComponentsBuilder.fromUriString(redirectUri).queryParam("code", "{code}");
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("code", code);
		if (state != null) {
			location.queryParam("state", "{state}");
			variables.put("state", state);
		}
		return location.encode().buildAndExpand(variables).toUri();
	}

}
