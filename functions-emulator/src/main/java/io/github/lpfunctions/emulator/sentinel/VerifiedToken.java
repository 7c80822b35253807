package io.github.lpfunctions.emulator.sentinel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The claims of a token whose signature, expiry and revocation status were checked.
 *
 * @param id the token id ({@code jti})
 * @param subject the subject: the client id for client credentials, else the user name
 * @param accountId the account the token is valid for
 * @param clientId the client the token was issued to, {@code null} for a Login API bearer
 * @param scope the granted scope
 * @param use what the token is for: {@code access} or {@code id}
 * @param expiresAt the expiry ({@code exp})
 * @param userId the user's id ({@code user_id}), {@code null} for an application's
 * client-credentials token
 * @param sessionId the session of a user's token ({@code sid}), else {@code null}
 * @author LivePerson Functions for Spring contributors
 */
public record VerifiedToken(String id, String subject, String accountId, @Nullable String clientId, String scope,
		String use, Instant expiresAt, @Nullable String userId, @Nullable String sessionId) {

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

	/**
	 * Whether this is a user's token (and not an application's client-credentials one).
	 * @return {@code true} for a user's token
	 */
	public boolean isUserToken() {
		return this.userId != null;
	}

}
