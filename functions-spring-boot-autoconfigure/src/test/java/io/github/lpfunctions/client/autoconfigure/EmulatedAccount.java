package io.github.lpfunctions.client.autoconfigure;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;

/**
 * The emulator set up as the account that {@code functions-app/application.yml}
 * configures: its account id, client id and secret, one function and one event that
 * another function implements. The tests pass the emulator's port to the application as
 * {@code emulator.port}.
 */
final class EmulatedAccount {

	static final String ACCOUNT = "12345678";

	static final String CLIENT_ID = "functions-client";

	static final String CLIENT_SECRET = "s3cr3t-Value-42";

	/** The function that answers {@code {"greeting":"Hello from <its UUID>"}}. */
	static final String FUNCTION_UUID = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	/** A UUID no function of the account has. */
	static final String MISSING_FUNCTION_UUID = "99999999-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	/** The event that {@link #EVENT_FUNCTION_UUID} implements. */
	static final String EVENT = "conversational_command";

	/**
	 * The function of {@link #EVENT}, which answers {@code {"greeting":"Hello from the
	 * event"}}.
	 */
	static final String EVENT_FUNCTION_UUID = "1c2d3e4f-5061-4b7c-9d0e-1f2a3b4c5d6e";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EmulatedAccount() {
	}

	/**
	 * Return a builder for the emulator of the account, on a free port.
	 * @return the builder
	 */
	static FunctionsEmulator.Builder emulator() {
		return FunctionsEmulator.builder()
			.accountId(ACCOUNT)
			.clientId(CLIENT_ID)
			.clientSecret(CLIENT_SECRET)
			.function(EmulatedFunction.returning(FUNCTION_UUID, Map.of("greeting", "Hello from " + FUNCTION_UUID)),
					EmulatedFunction.returning(EVENT_FUNCTION_UUID, Map.of("greeting", "Hello from the event"))
						.withEvent(EVENT));
	}

	/**
	 * Return the requests for an access token.
	 * @param emulator the emulator
	 * @return the token requests in arrival order
	 */
	static List<RecordedRequest> tokenRequests(FunctionsEmulator emulator) {
		return emulator.requests().to(Endpoint.TOKEN);
	}

	/**
	 * Return the requests to discovery and the gateway (the paths under
	 * {@code /api/account/}).
	 * @param emulator the emulator
	 * @return the requests in arrival order
	 */
	static List<RecordedRequest> gatewayRequests(FunctionsEmulator emulator) {
		return emulator.requests().withPathStartingWith("/api/account/");
	}

	/**
	 * Return the access tokens the authorization server issued to the captured token
	 * requests, so that a test can check that none leaks.
	 * @param tokens the capture of {@link Endpoint#TOKEN}
	 * @return the tokens in the order issued
	 */
	static List<String> issuedAccessTokens(RequestCapture tokens) {
		return tokens.answers()
			.stream()
			.filter((answer) -> answer.status() == 200)
			.map((answer) -> JSON.readTree(answer.body()).path("access_token").asString())
			.toList();
	}

	/**
	 * Return the request target as it was sent: the path and, if any, the query.
	 * @param request the request
	 * @return the target, e.g. {@code /app/token?v=2.0}
	 */
	static String target(UnmaskedRequest request) {
		return (request.query() != null) ? request.path() + "?" + request.query() : request.path();
	}

}
