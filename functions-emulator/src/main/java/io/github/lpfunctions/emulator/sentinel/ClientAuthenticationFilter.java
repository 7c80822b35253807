package io.github.lpfunctions.emulator.sentinel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.http.Forms;

/**
 * Lets a request to a token or revocation endpoint through only from a client the
 * emulator knows ({@code client-id} or one of {@code clients}), for its account:
 * credentials in the form, in HTTP Basic, or (where enabled) in the query. Rejects it
 * with 400 without a form body and with 401 {@code invalid_client} otherwise; hands the
 * handler the form it read and the client it authenticated (see
 * {@link #form(ServerRequest)}, {@link #clientId(ServerRequest)}).
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class ClientAuthenticationFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final String FORM_ATTRIBUTE = ClientAuthenticationFilter.class.getName() + ".form";

	private static final String CLIENT_ATTRIBUTE = ClientAuthenticationFilter.class.getName() + ".client";

	private final FunctionsEmulatorProperties properties;

	private final boolean acceptQueryCredentials;

	private ClientAuthenticationFilter(FunctionsEmulatorProperties properties, boolean acceptQueryCredentials) {
		this.properties = properties;
		this.acceptQueryCredentials = acceptQueryCredentials;
	}

	/**
	 * The check of the client-credentials endpoints ({@code app/token}), which accept
	 * query credentials when {@code functions.emulator.accept-query-credentials} is on.
	 * @param properties the emulator configuration
	 * @return the filter
	 */
	public static ClientAuthenticationFilter forAppToken(FunctionsEmulatorProperties properties) {
		return new ClientAuthenticationFilter(properties, properties.isAcceptQueryCredentials());
	}

	/**
	 * The check of the OAuth endpoints ({@code token}, {@code token/revoke}), which never
	 * accept query credentials.
	 * @param properties the emulator configuration
	 * @return the filter
	 */
	public static ClientAuthenticationFilter forOAuth(FunctionsEmulatorProperties properties) {
		return new ClientAuthenticationFilter(properties, false);
	}

	/**
	 * Return the form of a request this filter let through.
	 * @param request the request
	 * @return the form parameters
	 */
	static MultiValueMap<String, String> form(ServerRequest request) {
		@SuppressWarnings("unchecked")
		MultiValueMap<String, String> form = (MultiValueMap<String, String>) request.attributes().get(FORM_ATTRIBUTE);
		if (form == null) {
			throw new IllegalStateException("No client authentication ran for " + request.path());
		}
		return form;
	}

	/**
	 * Return the client that a request this filter let through authenticated as.
	 * @param request the request
	 * @return the client id
	 */
	static String clientId(ServerRequest request) {
		form(request);
		return (String) request.attributes().get(CLIENT_ATTRIBUTE);
	}

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		return FormBody.read(request).flatMap((form) -> {
			Authentication authentication = authenticate(request, form);
			if (authentication.failure() != null) {
				return OAuthResponses.error(HttpStatus.UNAUTHORIZED, "invalid_client", authentication.failure());
			}
			request.attributes().put(FORM_ATTRIBUTE, form);
			request.attributes().put(CLIENT_ATTRIBUTE, authentication.clientId());
			return next.handle(request);
		})
			.switchIfEmpty(Mono.defer(
					() -> OAuthResponses.invalidRequest("Expected a form body (application/x-www-form-urlencoded)")));
	}

	private Authentication authenticate(ServerRequest request, MultiValueMap<String, String> form) {
		if (!this.properties.getAccountId().equals(request.pathVariable("accountId"))) {
			return Authentication.failed("Unknown account");
		}
		String clientId = form.getFirst("client_id");
		String clientSecret = form.getFirst("client_secret");
		String basic = basicCredentials(request);
		if (clientSecret == null && basic != null) {
			int colon = basic.indexOf(':');
			clientId = (colon >= 0) ? Forms.decode(basic.substring(0, colon)) : basic;
			clientSecret = (colon >= 0) ? Forms.decode(basic.substring(colon + 1)) : null;
		}
		if (clientSecret == null && this.acceptQueryCredentials) {
			clientId = request.queryParam("client_id").orElse(clientId);
			clientSecret = request.queryParam("client_secret").orElse(null);
		}
		if (!StringUtils.hasText(clientId)) {
			return Authentication.failed("Client authentication is missing");
		}
		String secret = this.properties.secretOf(clientId);
		if (secret == null) {
			return Authentication.failed("Unknown client");
		}
		if (!secret.equals(clientSecret)) {
			return Authentication.failed("Client authentication failed");
		}
		return new Authentication(clientId, null);
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

	private record Authentication(@Nullable String clientId, @Nullable String failure) {

		static Authentication failed(String failure) {
			return new Authentication(null, failure);
		}

	}

}
