package io.github.lpfunctions.emulator.sentinel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Authorization codes (single use, short-lived) and refresh tokens (opaque, until
 * revoked) of the authorization-code flow.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class AuthorizationGrants {

	private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

	private final Clock clock;

	/**
	 * Create a new instance.
	 * @param clock the clock for code expiry
	 */
	public AuthorizationGrants(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Issue an authorization code.
	 * @param user the user who logged in
	 * @param clientId the client that asked
	 * @param redirectUri the redirect URI the code is bound to
	 * @return the code
	 */
	public String issueCode(String user, String clientId, String redirectUri) {
		String code = randomValue();
		this.codes.put(code, new Grant(user, clientId, redirectUri, this.clock.instant().plus(CODE_LIFETIME)));
		return code;
	}

	/**
	 * Redeem an authorization code: valid once, before it expires.
	 * @param code the code
	 * @return the grant, or {@code null} if the code is unknown, used or expired
	 */
	public @Nullable Grant redeemCode(String code) {
		Grant grant = this.codes.remove(code);
		return (grant != null && this.clock.instant().isBefore(grant.expiresAt())) ? grant : null;
	}

	/**
	 * Issue a refresh token for a grant.
	 * @param grant the grant
	 * @return the refresh token
	 */
	public String issueRefreshToken(Grant grant) {
		String token = randomValue();
		this.refreshTokens.put(token, grant);
		return token;
	}

	/**
	 * Look up a refresh token.
	 * @param token the refresh token
	 * @return the grant, or {@code null} if unknown or revoked
	 */
	public @Nullable Grant refreshGrant(String token) {
		return this.refreshTokens.get(token);
	}

	/**
	 * Revoke a refresh token.
	 * @param token the refresh token
	 * @return whether it was known
	 */
	public boolean revokeRefreshToken(String token) {
		return this.refreshTokens.remove(token) != null;
	}

	private String randomValue() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What a user granted a client.
	 *
	 * @param user the user name
	 * @param clientId the client id
	 * @param redirectUri the redirect URI of the authorization request
	 * @param expiresAt when the code expires
	 */
	public record Grant(String user, String clientId, String redirectUri, Instant expiresAt) {

	}

}
