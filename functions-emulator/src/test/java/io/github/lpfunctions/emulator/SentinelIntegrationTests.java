package io.github.lpfunctions.emulator;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class SentinelIntegrationTests {

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder().user("alice", "wonderland").start();
		http = new HttpExchanges(emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void clientCredentialsIssuesSignedJwtWithExpiresInAsString() {
		HttpResponse<String> response = http.postForm("/sentinel/api/account/123456/app/token?v=2.0",
				Map.of("grant_type", "client_credentials", "client_id", "emulator-client", "client_secret",
						"emulator-secret"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode body = HttpExchanges.json(response);
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").isString()).isTrue();
		assertThat(body.get("expires_in").asString()).isEqualTo("3600");
		JsonNode claims = claims(body.get("access_token").asString());
		assertThat(claims.get("sub").asString()).isEqualTo("emulator-client");
		assertThat(claims.get("account").asString()).isEqualTo("123456");
		assertThat(claims.get("aud").asString()).isEqualTo("123456");
		assertThat(claims.get("scope").asString()).isEqualTo("faas.lambda.invoke");
		long exp = claims.get("exp").asLong();
		assertThat(exp - claims.get("iat").asLong()).isBetween(3600L, 3601L);
		assertThat(Instant.ofEpochSecond(exp)).isAfter(Instant.now().plusSeconds(3500));
	}

	@Test
	void v2PathAndBasicAuthenticationAreAccepted() {
		String basic = Base64.getEncoder()
			.encodeToString("emulator-client:emulator-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.postForm("/sentinel/api/v2/account/123456/app/token?v=2.0",
				Map.of("grant_type", "client_credentials"), "Authorization", "Basic " + basic);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(response).has("access_token")).isTrue();
	}

	@Test
	void malformedBasicCredentialsAreInvalidClient() {
		String basic = Base64.getEncoder().encodeToString("emulator-client:wrong%zz".getBytes(StandardCharsets.UTF_8));
		assertOAuthError(
				http.postForm("/sentinel/api/account/123456/app/token?v=2.0",
						Map.of("grant_type", "client_credentials"), "Authorization", "Basic " + basic),
				401, "invalid_client");
	}

	@Test
	void wrongSecretIsInvalidClient() {
		assertOAuthError(token("123456", "emulator-client", "wrong"), 401, "invalid_client");
	}

	@Test
	void unknownClientIsInvalidClient() {
		assertOAuthError(token("123456", "someone-else", "emulator-secret"), 401, "invalid_client");
	}

	@Test
	void wrongAccountIsInvalidClient() {
		assertOAuthError(token("999", "emulator-client", "emulator-secret"), 401, "invalid_client");
	}

	@Test
	void credentialsInTheQueryStringAreIgnored() {
		HttpResponse<String> response = http.postForm(
				"/sentinel/api/account/123456/app/token?v=2.0&client_id=emulator-client&client_secret=emulator-secret",
				Map.of("grant_type", "client_credentials"));
		assertOAuthError(response, 401, "invalid_client");
	}

	@Test
	void queryCredentialsCanBeAcceptedForTheOfficialJavaClient() {
		try (FunctionsEmulator lenient = FunctionsEmulator.builder()
			.property("functions.emulator.accept-query-credentials", "true")
			.expiresIn(ExpiresInFormat.OMITTED)
			.start()) {
			HttpResponse<String> response = new HttpExchanges(lenient).postForm(
					"/sentinel/api/account/123456/app/token?v=1.0&client_id=emulator-client&client_secret=emulator-secret",
					Map.of("grant_type", "client_credentials"));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(HttpExchanges.json(response).propertyNames()).containsExactly("access_token", "token_type");
		}
	}

	@Test
	void unsupportedGrantType() {
		HttpResponse<String> response = http.postForm("/sentinel/api/account/123456/app/token?v=2.0",
				Map.of("grant_type", "password", "client_id", "emulator-client", "client_secret", "emulator-secret"));
		assertOAuthError(response, 400, "unsupported_grant_type");
	}

	@Test
	void missingGrantTypeIsInvalidRequest() {
		HttpResponse<String> response = http.postForm("/sentinel/api/account/123456/app/token?v=2.0",
				Map.of("client_id", "emulator-client", "client_secret", "emulator-secret"));
		assertOAuthError(response, 400, "invalid_request");
	}

	@Test
	void jsonBodyIsInvalidRequest() {
		HttpResponse<String> response = http.post("/sentinel/api/account/123456/app/token?v=2.0",
				"{\"grant_type\":\"client_credentials\"}", "Content-Type", "application/json");
		assertOAuthError(response, 400, "invalid_request");
	}

	@Test
	void expiresInCanBeOmittedOrANumber() {
		try (FunctionsEmulator classic = FunctionsEmulator.builder().expiresIn(ExpiresInFormat.OMITTED).start();
				FunctionsEmulator numeric = FunctionsEmulator.builder()
					.expiresIn(ExpiresInFormat.NUMBER)
					.tokenLifetime(Duration.ofMinutes(5))
					.start()) {
			JsonNode omitted = HttpExchanges.json(new HttpExchanges(classic)
				.postForm("/sentinel/api/account/123456/app/token?v=1.0", Map.of("grant_type", "client_credentials",
						"client_id", "emulator-client", "client_secret", "emulator-secret")));
			assertThat(omitted.has("expires_in")).isFalse();
			assertThat(omitted.has("access_token")).isTrue();
			JsonNode number = HttpExchanges.json(new HttpExchanges(numeric)
				.postForm("/sentinel/api/account/123456/app/token?v=2.0", Map.of("grant_type", "client_credentials",
						"client_id", "emulator-client", "client_secret", "emulator-secret")));
			assertThat(number.get("expires_in").isNumber()).isTrue();
			assertThat(number.get("expires_in").asLong()).isEqualTo(300);
		}
	}

	@Test
	void authorizationCodeFlowWithRefreshAndRevocation() {
		String redirectUri = "http://localhost:9999/callback";
		String authorize = "/sentinel/api/account/123456/authorize?v=1.0&response_type=code&client_id=emulator-client"
				+ "&state=xyz%20123&redirect_uri=" + redirectUri;
		HttpResponse<String> page = http.get(authorize);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<form method=\"post\"", "name=\"username\"", "name=\"password\"",
				"value=\"xyz 123\"");

		HttpResponse<String> wrongPassword = http.postForm("/sentinel/api/account/123456/authorize?v=1.0",
				Map.of("username", "alice", "password", "nope", "client_id", "emulator-client", "redirect_uri",
						redirectUri, "state", "xyz 123", "response_type", "code"));
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.body()).contains("wrong password");

		HttpResponse<String> login = http.postForm("/sentinel/api/account/123456/authorize?v=1.0",
				Map.of("username", "alice", "password", "wonderland", "client_id", "emulator-client", "redirect_uri",
						redirectUri, "state", "xyz 123", "response_type", "code"));
		assertThat(login.statusCode()).isEqualTo(302);
		URI location = URI.create(login.headers().firstValue("Location").orElseThrow());
		assertThat(location.toString()).startsWith(redirectUri + "?");
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(location).build(true).getQueryParams();
		assertThat(query.getFirst("state")).isEqualTo("xyz%20123");
		String code = query.getFirst("code");
		assertThat(code).isNotBlank();

		HttpResponse<String> tokens = http.postForm("/sentinel/api/account/123456/token?v=2.0",
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri, "client_id",
						"emulator-client", "client_secret", "emulator-secret"));
		assertThat(tokens.statusCode()).isEqualTo(200);
		JsonNode body = HttpExchanges.json(tokens);
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(claims(body.get("access_token").asString()).get("sub").asString()).isEqualTo("alice");
		assertThat(claims(body.get("id_token").asString()).get("aud").asString()).isEqualTo("emulator-client");
		String refreshToken = body.get("refresh_token").asString();
		assertThat(http.invoke("unknown", body.get("access_token").asString()).statusCode())
			.as("a user token is accepted by the gateway")
			.isEqualTo(404);

		HttpResponse<String> reused = http.postForm("/sentinel/api/account/123456/token?v=2.0",
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri, "client_id",
						"emulator-client", "client_secret", "emulator-secret"));
		assertOAuthError(reused, 400, "invalid_grant");

		HttpResponse<String> refreshed = http.postForm("/sentinel/api/account/123456/token?v=2.0",
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", "emulator-client",
						"client_secret", "emulator-secret"));
		assertThat(refreshed.statusCode()).isEqualTo(200);
		String refreshedAccessToken = HttpExchanges.json(refreshed).get("access_token").asString();

		HttpResponse<String> revoke = http.postForm("/sentinel/api/account/123456/token/revoke?v=1.0",
				Map.of("token", refreshToken, "client_id", "emulator-client", "client_secret", "emulator-secret"));
		assertThat(revoke.statusCode()).isEqualTo(200);
		HttpResponse<String> afterRevoke = http.postForm("/sentinel/api/account/123456/token?v=2.0",
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", "emulator-client",
						"client_secret", "emulator-secret"));
		assertOAuthError(afterRevoke, 400, "invalid_grant");

		http.postForm("/sentinel/api/account/123456/token/revoke?v=1.0", Map.of("token", refreshedAccessToken,
				"client_id", "emulator-client", "client_secret", "emulator-secret"));
		assertThat(http.invoke("unknown", refreshedAccessToken).statusCode()).as("revoked access token").isEqualTo(401);
	}

	@Test
	void revokingAnUnknownTokenIsOk() {
		HttpResponse<String> revoke = http.postForm("/sentinel/api/account/123456/token/revoke?v=1.0",
				Map.of("token", "never-issued", "client_id", "emulator-client", "client_secret", "emulator-secret"));
		assertThat(revoke.statusCode()).as("RFC 7009: an invalid token is no error").isEqualTo(200);
	}

	@Test
	void authorizePageRejectsUnknownClient() {
		HttpResponse<String> page = http.get("/sentinel/api/account/123456/authorize?v=1.0&response_type=code"
				+ "&client_id=other&redirect_uri=http://localhost/cb");
		assertThat(page.statusCode()).isEqualTo(400);
	}

	private static HttpResponse<String> token(String account, String clientId, String secret) {
		return http.postForm("/sentinel/api/account/" + account + "/app/token?v=2.0",
				Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
	}

	private static void assertOAuthError(HttpResponse<String> response, int status, String error) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(HttpExchanges.json(response).get("error").asString()).isEqualTo(error);
	}

	static JsonNode claims(String jwt) {
		String[] parts = jwt.split("\\.");
		assertThat(parts).hasSize(3);
		return HttpExchanges.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
	}

}
