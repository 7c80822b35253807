package io.github.lpfunctions.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Real HTTP against a running emulator, with {@code java.net.http}.
 */
final class HttpExchanges {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String INVOCATION = "{\"timestamp\":1700000000000,\"headers\":[{\"key\":\"Accept-Language\",\"value\":\"en-US\"}],\"payload\":{\"hello\":\"world\"}}";

	// HTTP/1.1: one keep-alive connection, as LivePerson's gateway and our client use
	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final FunctionsEmulator emulator;

	private final Duration timeout;

	HttpExchanges(FunctionsEmulator emulator) {
		this(emulator, Duration.ofSeconds(10));
	}

	HttpExchanges(FunctionsEmulator emulator, Duration timeout) {
		this.emulator = emulator;
		this.timeout = timeout;
	}

	HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	HttpResponse<String> delete(String path) {
		return send(request(path).DELETE().build());
	}

	HttpResponse<String> put(String path, String json) {
		return send(request(path, "Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> post(String path, String body, String... headers) {
		return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = "application/x-www-form-urlencoded";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return post(path, form(form), all);
	}

	String accessToken() {
		HttpResponse<String> response = postForm(
				"/sentinel/api/account/" + this.emulator.accountId() + "/app/token?v=2.0",
				Map.of("grant_type", "client_credentials", "client_id", this.emulator.clientId(), "client_secret",
						this.emulator.clientSecret()));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
		}
		return json(response).get("access_token").asString();
	}

	/**
	 * Sign a user in on the login page, as a browser would post its form.
	 * @return the login page's answer: a redirect with the code, or the page again
	 */
	HttpResponse<String> signIn(String user, String password, String clientId, String redirectUri) {
		return postForm("/sentinel/api/account/" + this.emulator.accountId() + "/authorize?v=1.0",
				Map.of("username", user, "password", password, "client_id", clientId, "redirect_uri", redirectUri,
						"response_type", "code", "state", "s1"));
	}

	/**
	 * Sign a user in and return the authorization code of the redirect.
	 */
	String code(String user, String password, String clientId, String redirectUri) {
		HttpResponse<String> login = signIn(user, password, clientId, redirectUri);
		if (login.statusCode() != 302) {
			throw new IllegalStateException("Sign-in failed: " + login.statusCode());
		}
		URI location = URI.create(login.headers().firstValue("Location").orElseThrow());
		return UriComponentsBuilder.fromUri(location).build().getQueryParams().getFirst("code");
	}

	/**
	 * Redeem an authorization code at the token endpoint.
	 */
	HttpResponse<String> redeem(String code, String clientId, String clientSecret, String redirectUri) {
		return postForm("/sentinel/api/account/" + this.emulator.accountId() + "/token?v=2.0",
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri, "client_id",
						clientId, "client_secret", clientSecret));
	}

	/**
	 * Use a refresh token at the token endpoint.
	 */
	HttpResponse<String> refresh(String refreshToken, String clientId, String clientSecret) {
		return postForm("/sentinel/api/account/" + this.emulator.accountId() + "/token?v=2.0", Map.of("grant_type",
				"refresh_token", "refresh_token", refreshToken, "client_id", clientId, "client_secret", clientSecret));
	}

	/**
	 * Revoke a token at the revocation endpoint.
	 */
	HttpResponse<String> revoke(String token, String clientId, String clientSecret) {
		return postForm("/sentinel/api/account/" + this.emulator.accountId() + "/token/revoke?v=1.0",
				Map.of("token", token, "client_id", clientId, "client_secret", clientSecret));
	}

	/**
	 * Log a user in through the Login API with a JSON body.
	 */
	HttpResponse<String> login(String user, String password) {
		return post("/api/account/" + this.emulator.accountId() + "/login?v=1.3",
				JSON.writeValueAsString(Map.of("username", user, "password", password)), "Content-Type",
				"application/json", "Accept", "application/json");
	}

	HttpResponse<String> invoke(String uuid, String token) {
		return post(
				"/api/account/" + this.emulator.accountId() + "/lambdas/" + uuid + "/invoke?v=1&externalSystem=tests",
				INVOCATION, "Authorization", "Bearer " + token, "Content-Type", "application/json");
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static String form(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	HttpRequest.Builder request(String path, String... headers) {
		// localhost, not baseUrl(): functions.emulator.host may advertise any name
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.emulator.port() + path))
			.timeout(this.timeout);
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
