package io.github.lpfunctions.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The {@code functions.emulator.*} settings of the README that change the wire.
 */
class EmulatorSettingsIntegrationTests {

	private static final String SIGNING_KEY = "a-signing-key-of-thirty-two-byte";

	@Test
	void signingKeySignsTheTokens() throws GeneralSecurityException {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.property("functions.emulator.signing-key", SIGNING_KEY)
			.start()) {
			String[] parts = new HttpExchanges(emulator).accessToken().split("\\.");
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SIGNING_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signature = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			assertThat(parts[2]).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
		}
	}

	@Test
	void tooShortSigningKeyIsRefusedByName() {
		assertThatException()
			.isThrownBy(() -> FunctionsEmulator.builder().property("functions.emulator.signing-key", "short").start())
			.havingRootCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessage("functions.emulator.signing-key must have at least 32 bytes (HS256), it has 5");
	}

	@Test
	void tokenLifetimeIsExpiresInAndTheTokensExpiry() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.property("functions.emulator.token-lifetime", "90s")
			.start()) {
			HttpExchanges http = new HttpExchanges(emulator);
			JsonNode body = HttpExchanges
				.json(http.postForm("/sentinel/api/account/123456/app/token?v=2.0", Map.of("grant_type",
						"client_credentials", "client_id", "emulator-client", "client_secret", "emulator-secret")));
			assertThat(body.get("expires_in").asString()).isEqualTo("90");
			JsonNode claims = SentinelIntegrationTests.claims(body.get("access_token").asString());
			assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(90);
		}
	}

	@Test
	void hostIsWhatDiscoveryAdvertises() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.property("functions.emulator.host", "emulator.internal")
			.start()) {
			JsonNode baseUris = HttpExchanges
				.json(new HttpExchanges(emulator).get("/api/account/123456/service/baseURI.json?version=1.0"))
				.get("baseURIs");
			assertThat(baseUris.valueStream().map((entry) -> entry.get("baseURI").asString()))
				.containsOnly("emulator.internal:" + emulator.port());
			assertThat(emulator.baseUrl()).isEqualTo("http://emulator.internal:" + emulator.port());
			assertThat(emulator.properties()).containsEntry("liveperson.functions.discovery.uri", emulator.baseUrl());
		}
	}

	@Test
	void defaultLoginPageUserIsAgent() {
		try (FunctionsEmulator emulator = FunctionsEmulator.start()) {
			HttpExchanges http = new HttpExchanges(emulator);
			assertThat(http.postForm("/sentinel/api/account/123456/authorize?v=1.0", login("agent", "agent-password"))
				.statusCode()).isEqualTo(302);
			assertThat(
					http.postForm("/sentinel/api/account/123456/authorize?v=1.0", login("agent", "wrong")).statusCode())
				.isEqualTo(401);
		}
	}

	private static Map<String, String> login(String username, String password) {
		return Map.of("username", username, "password", password, "client_id", "emulator-client", "redirect_uri",
				"http://localhost:9999/callback", "state", "s", "response_type", "code");
	}

}
