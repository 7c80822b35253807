package io.github.lpfunctions.emulator.sentinel;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

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
	TokenResponse clientCredentials() {
		String clientId = this.properties.getClientId();
		return response(clientId, clientId, null, null);
	}

	/**
	 * A user's grant: an access token for the user, the refresh token and an id token.
	 */
	TokenResponse user(AuthorizationGrants.Grant grant, String refreshToken) {
		String idToken = this.tokenIssuer.issueIdToken(this.properties.getAccountId(), grant.user(), grant.clientId(),
				this.properties.getTokenLifetime());
		return response(grant.user(), grant.clientId(), refreshToken, idToken);
	}

	private TokenResponse response(String subject, String clientId, @Nullable String refreshToken,
			@Nullable String idToken) {
		Duration lifetime = this.properties.getTokenLifetime();
		String accessToken = this.tokenIssuer.issueAccessToken(this.properties.getAccountId(), subject, clientId,
				lifetime);
		Object expiresIn = switch (this.properties.getExpiresIn()) {
			case STRING -> Long.toString(lifetime.toSeconds());
			case NUMBER -> lifetime.toSeconds();
			case OMITTED -> null;
		};
		return new TokenResponse(accessToken, "Bearer", expiresIn, refreshToken, idToken);
	}

}
