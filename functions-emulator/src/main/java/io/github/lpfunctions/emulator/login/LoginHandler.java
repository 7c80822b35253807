package io.github.lpfunctions.emulator.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.UserDirectory;
import io.github.lpfunctions.emulator.http.Forms;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;

/**
 * The Login API of the {@code agentVep} service: {@code POST
 * /api/account/{accountId}/login?v=1.3} with {@code {"username","password"}} as JSON (as
 * the Node client and the CLI send it) or as a form (as the Java client's tests do) →
 * {@code {"bearer","csrf","sessionId","config":{"userId","loginName"}}} and a
 * {@code Session_id} cookie. Every user of the {@link UserDirectory} logs in; the gateway
 * decides what the bearer may do. Errors are {@code {"error":{"time","message",
 * "responseStatus"}}}, the shape LivePerson documents for the Login Service's refresh
 * method.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class LoginHandler {

	private final FunctionsEmulatorProperties properties;

	private final UserDirectory users;

	private final TokenIssuer tokenIssuer;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration (account, token lifetime)
	 * @param users the users who may log in
	 * @param tokenIssuer the issuer of the bearer tokens
	 * @param jsonMapper the mapper for JSON bodies
	 * @param clock the clock for error timestamps
	 */
	public LoginHandler(FunctionsEmulatorProperties properties, UserDirectory users, TokenIssuer tokenIssuer,
			JsonMapper jsonMapper, Clock clock) {
		this.properties = properties;
		this.users = users;
		this.tokenIssuer = tokenIssuer;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * {@code POST /api/account/{accountId}/login}.
	 * @param request the request
	 * @return the bearer and session, 401 for wrong credentials, 400 for a body without
	 * them, 404 for an unknown account
	 */
	public Mono<ServerResponse> login(ServerRequest request) {
		if (!this.properties.getAccountId().equals(request.pathVariable("accountId"))) {
			return error(HttpStatus.NOT_FOUND, "Account not found");
		}
		return request.bodyToMono(String.class).defaultIfEmpty("").flatMap((body) -> {
			Credentials credentials = credentials(request, body);
			if (credentials == null) {
				return error(HttpStatus.BAD_REQUEST, "Expected username and password");
			}
			EmulatedUser user = this.users.authenticate(credentials.username(), credentials.password());
			if (user == null) {
				return error(HttpStatus.UNAUTHORIZED, "Bad credentials");
			}
			return loggedIn(user);
		});
	}

	private Mono<ServerResponse> loggedIn(EmulatedUser user) {
		String sessionId = UUID.randomUUID().toString();
		String bearer = this.tokenIssuer.issueUserAccessToken(this.properties.getAccountId(), user, null, sessionId,
				this.properties.getTokenLifetime());
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("userId", user.userId());
		config.put("loginName", user.name());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("bearer", bearer);
		body.put("csrf", randomValue());
		body.put("sessionId", sessionId);
		body.put("config", config);
		ResponseCookie cookie = ResponseCookie.from("Session_id", sessionId).path("/").httpOnly(true).build();
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.cookie(cookie)
			.bodyValue(body);
	}

	private @Nullable Credentials credentials(ServerRequest request, String body) {
		MediaType contentType = request.headers().contentType().orElse(MediaType.APPLICATION_JSON);
		if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType)) {
			MultiValueMap<String, String> form = Forms.parse(body);
			return Credentials.of(form.getFirst("username"), form.getFirst("password"));
		}
		try {
			JsonNode json = this.jsonMapper.readTree(body);
			if (json == null || !json.isObject()) {
				return null;
			}
			JsonNode username = json.get("username");
			JsonNode password = json.get("password");
			return Credentials.of((username != null && username.isString()) ? username.asString() : null,
					(password != null && password.isString()) ? password.asString() : null);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private Mono<ServerResponse> error(HttpStatus status, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("time", this.clock.millis());
		error.put("message", message);
		error.put("responseStatus", status.name());
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.bodyValue(Map.of("error", error));
	}

	private String randomValue() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private record Credentials(String username, String password) {

		static @Nullable Credentials of(@Nullable String username, @Nullable String password) {
			return (username != null && password != null) ? new Credentials(username, password) : null;
		}

	}

}
