package io.github.lpfunctions.emulator.sentinel;

import java.time.Instant;

/**
 * The claims of a token whose signature, expiry and revocation status were checked.
 *
 * @param id the token id ({@code jti})
 * @param subject the subject: the client id for client credentials, else the user name
 * @param accountId the account the token is valid for
 * @param clientId the client the token was issued to
 * @param scope the granted scope
 * @param use what the token is for: {@code access} or {@code id}
 * @param expiresAt the expiry ({@code exp})
 * @author LivePerson Functions for Spring contributors
 */
public record VerifiedToken(String id, String subject, String accountId, String clientId, String scope, String use,
		Instant expiresAt) {

	/** The {@code token_use} of access tokens. */
	static final String ACCESS = "access";

	/** The {@code token_use} of OpenID Connect id tokens. */
	static final String ID = "id";

	/**
	 * Whether this is an access token (and not an id token).
	 * @return {@code true} for an access token
	 */
	public boolean isAccessToken() {
		return ACCESS.equals(this.use);
	}

}
