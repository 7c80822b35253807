package io.github.lpfunctions.client.autoconfigure.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.client.support.JwtClaims;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.emulator.UnmaskedRequest;

/**
 * The emulated account of the user tests: an app installation, a user who signs in, an
 * echo function, and the properties an application sets to sign users in.
 */
final class UserAccount {

	static final String ACCOUNT = "12345678";

	static final String CLIENT_ID = "functions-client";

	static final String CLIENT_SECRET = "s3cr3t-Value-42";

	static final String USER = "agent-ada";

	static final String PASSWORD = "Ada-Lovelace-1842!";

	static final String FUNCTION_UUID = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

	private UserAccount() {
	}

	static FunctionsEmulator emulator(Clock clock) {
		return FunctionsEmulator.builder()
			.accountId(ACCOUNT)
			.clientId(CLIENT_ID)
			.clientSecret(CLIENT_SECRET)
			.user(USER, PASSWORD)
			.tokenLifetime(TOKEN_LIFETIME)
			.clock(clock)
			.function(EmulatedFunction.echo(FUNCTION_UUID))
			.start();
	}

	static List<String> properties(FunctionsEmulator emulator, String... more) {
		List<String> properties = new ArrayList<>(List.of("spring.main.banner-mode=off", "server.port=0",
				"liveperson.functions.account-id=" + ACCOUNT, "liveperson.functions.client-id=" + CLIENT_ID,
				"liveperson.functions.client-secret=" + CLIENT_SECRET,
				"liveperson.functions.discovery.uri=" + emulator.baseUrl(),
				"liveperson.functions.discovery.scheme=http", "liveperson.functions.user-authorization.enabled=true",
				"logging.level.io.github.lpfunctions=TRACE", "logging.level.org.springframework.security=TRACE"));
		properties.addAll(List.of(more));
		return properties;
	}

	/**
	 * Return the subject ({@code sub}) of the bearer token a request carried.
	 * @param request the request at the emulator
	 * @return the subject
	 */
	static String subject(UnmaskedRequest request) {
		return (String) JwtClaims.of(bearer(request)).get("sub");
	}

	static String bearer(UnmaskedRequest request) {
		String authorization = request.header("Authorization");
		return (authorization != null && authorization.startsWith("Bearer ")) ? authorization.substring(7) : "";
	}

	/**
	 * Return the grants asked of the token endpoint of the authorization-code flow.
	 * @param emulator the emulator
	 * @param grantType the grant type
	 * @return the requests in arrival order
	 */
	static List<RecordedRequest> tokenGrants(FunctionsEmulator emulator, String grantType) {
		return emulator.requests()
			.matching((request) -> request.path().equals("/sentinel/api/account/" + ACCOUNT + "/token")
					&& request.body().contains("grant_type=" + grantType));
	}

	/**
	 * Revoke a refresh token at the emulator, as LivePerson's sign-out does.
	 * @param emulator the emulator
	 * @param refreshToken the refresh token
	 */
	static void revoke(FunctionsEmulator emulator, String refreshToken) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(emulator.baseUrl() + "/sentinel/api/account/" + ACCOUNT + "/token/revoke?v=1.0"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("token=" + refreshToken + "&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Revocation answered " + response.statusCode());
		}
	}

	static Map<String, Object> payload(String who) {
		return Map.of("who", who);
	}

}
