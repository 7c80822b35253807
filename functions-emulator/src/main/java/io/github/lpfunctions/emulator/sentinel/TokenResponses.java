package io.github.lpfunctions.emulator.sentinel;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;

/**
 * Issues the tokens of a grant, with the configured lifetime, and states
 * {@code expires_in} in the configured format.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class TokenResponses {

	private final FunctionsEmulatorProperties properties;

	private final TokenIssuer tokenIssuer;

	TokenResponses(FunctionsEmulatorProperties properties, TokenIssuer tokenIssuer) {
		this.properties = properties;
		this.tokenIssuer = tokenIssuer;
	}

	/**
	 * The client-credentials grant: an access token for the client itself.
	 */
	TokenResponse clientCredentials(String clientId) {
		String accessToken = this.tokenIssuer.issueAccessToken(this.properties.getAccountId(), clientId, clientId,
				this.properties.getTokenLifetime());
		return response(accessToken, null, null);
	}

	/**
	 * A user's grant: an access token for the user, the refresh token and an id token.
	 */
	TokenResponse user(EmulatedUser user, AuthorizationGrants.Grant grant, String refreshToken) {
		Duration lifetime = this.properties.getTokenLifetime();
		String accountId = this.properties.getAccountId();
		String accessToken = this.tokenIssuer.issueUserAccessToken(accountId, user, grant.clientId(), grant.sessionId(),
				lifetime);
		String idToken = this.tokenIssuer.issueIdToken(accountId, user, grant.clientId(), grant.sessionId(), lifetime);
		return response(accessToken, refreshToken, idToken);
	}

	private TokenResponse response(String accessToken, @Nullable String refreshToken, @Nullable String idToken) {
		long seconds = this.properties.getTokenLifetime().toSeconds();
		Object expiresIn = switch (this.properties.getExpiresIn()) {
			case STRING -> Long.toString(seconds);
			case NUMBER -> seconds;
			case OMITTED -> null;
		};
		return new TokenResponse(accessToken, "Bearer", expiresIn, refreshToken, idToken);
	}

}
