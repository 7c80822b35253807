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
 * Lets a request to a token or revocation endpoint through only from the one client the
 * emulator knows, for its account: credentials in the form, in HTTP Basic, or (where
 * enabled) in the query. Rejects it with 400 without a form body and with 401
 * {@code invalid_client} otherwise; hands the handler the form it read (see
 * {@link #form(ServerRequest)}).
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class ClientAuthenticationFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final String FORM_ATTRIBUTE = ClientAuthenticationFilter.class.getName() + ".form";

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

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		return FormBody.read(request).flatMap((form) -> {
			String failure = failure(request, form);
			if (failure != null) {
				return OAuthResponses.error(HttpStatus.UNAUTHORIZED, "invalid_client", failure);
			}
			request.attributes().put(FORM_ATTRIBUTE, form);
			return next.handle(request);
		})
			.switchIfEmpty(Mono.defer(
					() -> OAuthResponses.invalidRequest("Expected a form body (application/x-www-form-urlencoded)")));
	}

	private @Nullable String failure(ServerRequest request, MultiValueMap<String, String> form) {
		if (!this.properties.getAccountId().equals(request.pathVariable("accountId"))) {
			return "Unknown account";
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
			return "Client authentication is missing";
		}
		if (!clientId.equals(this.properties.getClientId())) {
			return "Unknown client";
		}
		if (!this.properties.getClientSecret().equals(clientSecret)) {
			return "Client authentication failed";
		}
		return null;
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

}
