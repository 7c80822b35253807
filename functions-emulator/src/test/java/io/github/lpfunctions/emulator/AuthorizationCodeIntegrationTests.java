package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization-code flow as Spring Security's OAuth 2.0 client runs it: codes bound
 * to client and redirect URI, registered redirect URIs, refresh tokens and revocation, on
 * the emulator's clock.
 */
class AuthorizationCodeIntegrationTests {

	static final String CALLBACK = "http://localhost:8080/login/oauth2/code/liveperson";

	static final String OTHER_CALLBACK = "http://localhost:8081/login/oauth2/code/liveperson";

	static final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder()
			.clock(clock)
			.user("alice", "wonderland")
			.client("other-client", "other-secret")
			.redirectUris("other-client", OTHER_CALLBACK)
			.function(EmulatedFunction.whoAmI("who"))
			.start();
		http = new HttpExchanges(emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void codeRedeemedByAnotherClientIsInvalidGrant() {
		String code = http.code("alice", "wonderland", "emulator-client", CALLBACK);
		assertInvalidGrant(http.redeem(code, "other-client", "other-secret", CALLBACK));
	}

	@Test
	void codeRedeemedWithAnotherOrNoRedirectUriIsInvalidGrant() {
		String code = http.code("alice", "wonderland", "emulator-client", CALLBACK);
		assertInvalidGrant(http.redeem(code, "emulator-client", "emulator-secret", "http://localhost:8080/elsewhere"));
		String another = http.code("alice", "wonderland", "emulator-client", CALLBACK);
		assertInvalidGrant(
				http.postForm("/sentinel/api/account/123456/token?v=2.0", Map.of("grant_type", "authorization_code",
						"code", another, "client_id", "emulator-client", "client_secret", "emulator-secret")));
	}

	@Test
	void codeExpiresAfterFiveMinutesOfTheEmulatorsClock() {
		String fresh = http.code("alice", "wonderland", "emulator-client", CALLBACK);
		String stale = http.code("alice", "wonderland", "emulator-client", CALLBACK);
		clock.advance(Duration.ofMinutes(4));
		assertThat(http.redeem(fresh, "emulator-client", "emulator-secret", CALLBACK).statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(1));
		assertInvalidGrant(http.redeem(stale, "emulator-client", "emulator-secret", CALLBACK));
	}

	@Test
	void aClientWithRegisteredRedirectUrisMayOnlyRedirectToThem() {
		HttpResponse<String> unregistered = http.get("/sentinel/api/account/123456/authorize?v=1.0"
				+ "&response_type=code&client_id=other-client&redirect_uri=http://attacker.example/cb");
		assertThat(unregistered.statusCode()).isEqualTo(400);
		assertThat(unregistered.headers().firstValue("Location")).isEmpty();
		assertThat(unregistered.body()).contains("redirect_uri is not registered");
		assertThat(http.signIn("alice", "wonderland", "other-client", "http://attacker.example/cb").statusCode())
			.isEqualTo(400);

		String code = http.code("alice", "wonderland", "other-client", OTHER_CALLBACK);
		HttpResponse<String> tokens = http.redeem(code, "other-client", "other-secret", OTHER_CALLBACK);
		assertThat(tokens.statusCode()).isEqualTo(200);
		JsonNode claims = SentinelIntegrationTests.claims(HttpExchanges.json(tokens).get("access_token").asString());
		assertThat(claims.get("client_id").asString()).isEqualTo("other-client");
	}

	@Test
	void theOneRegisteredRedirectUriMayBeLeftOut() {
		HttpResponse<String> page = http
			.get("/sentinel/api/account/123456/authorize?v=1.0&response_type=code&client_id=other-client");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("redirect_uri")
			.contains("id=\"username\"", "id=\"password\"", "id=\"sign-in\"");
		HttpResponse<String> login = http.postForm("/sentinel/api/account/123456/authorize?v=1.0", Map.of("username",
				"alice", "password", "wonderland", "client_id", "other-client", "response_type", "code"));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).startsWith(OTHER_CALLBACK + "?code=");
		assertThat(http
			.get("/sentinel/api/account/123456/authorize?v=1.0&response_type=code" + "&client_id=emulator-client")
			.statusCode()).as("a client without registered URIs must name one").isEqualTo(400);
	}

	@Test
	void refreshIssuesANewAccessTokenAndKeepsTheRefreshToken() {
		JsonNode tokens = signIn();
		String refreshToken = tokens.get("refresh_token").asString();
		String accessToken = tokens.get("access_token").asString();
		clock.advance(Duration.ofHours(1));
		assertThat(http.invoke("who", accessToken).statusCode()).as("expired on the emulator's clock").isEqualTo(401);

		HttpResponse<String> refreshed = http.refresh(refreshToken, "emulator-client", "emulator-secret");
		assertThat(refreshed.statusCode()).isEqualTo(200);
		JsonNode body = HttpExchanges.json(refreshed);
		assertThat(body.get("refresh_token").asString()).as("no rotation by default").isEqualTo(refreshToken);
		assertThat(body.get("expires_in").asString()).isEqualTo("3600");
		HttpResponse<String> invoked = http.invoke("who", body.get("access_token").asString());
		assertThat(invoked.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(invoked).get("user").asString()).isEqualTo("alice");
		assertThat(http.refresh(refreshToken, "emulator-client", "emulator-secret").statusCode()).isEqualTo(200);
	}

	@Test
	void refreshTokenOfAnotherClientIsInvalidGrant() {
		String refreshToken = signIn().get("refresh_token").asString();
		assertInvalidGrant(http.refresh(refreshToken, "other-client", "other-secret"));
	}

	@Test
	void revokedRefreshTokenIsInvalidGrantAndEndsItsSession() {
		JsonNode tokens = signIn();
		String refreshToken = tokens.get("refresh_token").asString();
		String accessToken = HttpExchanges.json(http.refresh(refreshToken, "emulator-client", "emulator-secret"))
			.get("access_token")
			.asString();
		JsonNode otherSession = signIn();
		assertThat(http.revoke(refreshToken, "emulator-client", "emulator-secret").statusCode()).isEqualTo(200);
		assertInvalidGrant(http.refresh(refreshToken, "emulator-client", "emulator-secret"));
		assertThat(http.invoke("who", accessToken).statusCode()).as("an access token of the ended session")
			.isEqualTo(401);
		assertThat(http.invoke("who", tokens.get("access_token").asString()).statusCode()).isEqualTo(401);
		assertThat(http.invoke("who", otherSession.get("access_token").asString()).statusCode())
			.as("another sign-in of the same user")
			.isEqualTo(200);
	}

	@Test
	void aClientCannotRevokeAnotherClientsTokens() {
		JsonNode tokens = signIn();
		assertThat(http.revoke(tokens.get("refresh_token").asString(), "other-client", "other-secret").statusCode())
			.isEqualTo(200);
		assertThat(http.revoke(tokens.get("access_token").asString(), "other-client", "other-secret").statusCode())
			.isEqualTo(200);
		assertThat(http.invoke("who", tokens.get("access_token").asString()).statusCode()).isEqualTo(200);
		assertThat(
				http.refresh(tokens.get("refresh_token").asString(), "emulator-client", "emulator-secret").statusCode())
			.isEqualTo(200);
	}

	@Test
	void revokedAccessTokenIsRefusedWhileItsRefreshTokenStillWorks() {
		JsonNode tokens = signIn();
		String accessToken = tokens.get("access_token").asString();
		assertThat(http.revoke(accessToken, "emulator-client", "emulator-secret").statusCode()).isEqualTo(200);
		assertThat(http.invoke("who", accessToken).statusCode()).isEqualTo(401);
		HttpResponse<String> refreshed = http.refresh(tokens.get("refresh_token").asString(), "emulator-client",
				"emulator-secret");
		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(http.invoke("who", HttpExchanges.json(refreshed).get("access_token").asString()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void refreshTokensCanRotate() {
		try (FunctionsEmulator rotating = FunctionsEmulator.builder()
			.user("alice", "wonderland")
			.property("functions.emulator.rotate-refresh-tokens", "true")
			.start()) {
			HttpExchanges exchanges = new HttpExchanges(rotating);
			String code = exchanges.code("alice", "wonderland", "emulator-client", CALLBACK);
			String first = HttpExchanges.json(exchanges.redeem(code, "emulator-client", "emulator-secret", CALLBACK))
				.get("refresh_token")
				.asString();
			HttpResponse<String> refreshed = exchanges.refresh(first, "emulator-client", "emulator-secret");
			assertThat(refreshed.statusCode()).isEqualTo(200);
			String second = HttpExchanges.json(refreshed).get("refresh_token").asString();
			assertThat(second).isNotEqualTo(first);
			assertInvalidGrant(exchanges.refresh(first, "emulator-client", "emulator-secret"));
			assertThat(exchanges.refresh(second, "emulator-client", "emulator-secret").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void refreshTokensExpireWhenUnusedForTheirLifetime() {
		MovableClock own = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
		try (FunctionsEmulator expiring = FunctionsEmulator.builder()
			.clock(own)
			.user("alice", "wonderland")
			.refreshTokenLifetime(Duration.ofHours(8))
			.start()) {
			HttpExchanges exchanges = new HttpExchanges(expiring);
			String code = exchanges.code("alice", "wonderland", "emulator-client", CALLBACK);
			String refreshToken = HttpExchanges
				.json(exchanges.redeem(code, "emulator-client", "emulator-secret", CALLBACK))
				.get("refresh_token")
				.asString();
			own.advance(Duration.ofHours(7));
			assertThat(exchanges.refresh(refreshToken, "emulator-client", "emulator-secret").statusCode())
				.isEqualTo(200);
			own.advance(Duration.ofHours(7));
			assertThat(exchanges.refresh(refreshToken, "emulator-client", "emulator-secret").statusCode())
				.as("each use starts the lifetime again")
				.isEqualTo(200);
			own.advance(Duration.ofHours(8));
			assertInvalidGrant(exchanges.refresh(refreshToken, "emulator-client", "emulator-secret"));
		}
	}

	private static JsonNode signIn() {
		String code = http.code("alice", "wonderland", "emulator-client", CALLBACK);
		HttpResponse<String> tokens = http.redeem(code, "emulator-client", "emulator-secret", CALLBACK);
		assertThat(tokens.statusCode()).isEqualTo(200);
		return HttpExchanges.json(tokens);
	}

	private static void assertInvalidGrant(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(HttpExchanges.json(response).get("error").asString()).isEqualTo("invalid_grant");
	}

}
