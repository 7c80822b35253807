package io.github.lpfunctions.emulator.sentinel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Authorization codes (single use, short-lived, bound to the client and the redirect URI
 * of the authorization request) and refresh tokens (opaque, until revoked or, when a
 * lifetime is set, until unused for that long) of the authorization-code flow. Each
 * sign-in is a session whose id every token issued for it carries.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class AuthorizationGrants {

	private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();

	private final Clock clock;

	private final @Nullable Duration refreshTokenLifetime;

	/**
	 * Create a new instance.
	 * @param clock the clock for code and refresh token expiry
	 * @param refreshTokenLifetime how long a refresh token stays valid after its last
	 * use, or {@code null} for until revoked
	 */
	public AuthorizationGrants(Clock clock, @Nullable Duration refreshTokenLifetime) {
		this.clock = clock;
		this.refreshTokenLifetime = refreshTokenLifetime;
	}

	/**
	 * Issue an authorization code.
	 * @param user the user who signed in
	 * @param clientId the client that asked
	 * @param redirectUri the redirect URI of the authorization request, or {@code null}
	 * if it named none
	 * @return the code
	 */
	public String issueCode(String user, String clientId, @Nullable String redirectUri) {
		String code = randomValue();
		this.codes.put(code, new Grant(UUID.randomUUID().toString(), user, clientId, redirectUri,
				this.clock.instant().plus(CODE_LIFETIME)));
		return code;
	}

	/**
	 * Redeem an authorization code: valid once, before it expires.
	 * @param code the code
	 * @return the grant, or {@code null} if the code is unknown, used or expired
	 */
	public @Nullable Grant redeemCode(String code) {
		Grant grant = this.codes.remove(code);
		return (grant != null && this.clock.instant().isBefore(grant.codeExpiresAt())) ? grant : null;
	}

	/**
	 * Issue a refresh token for a grant.
	 * @param grant the grant
	 * @return the refresh token
	 */
	public String issueRefreshToken(Grant grant) {
		String token = randomValue();
		this.refreshTokens.put(token, new RefreshToken(grant, expiry()));
		return token;
	}

	/**
	 * Use a refresh token: its grant, if it is valid; its lifetime starts again.
	 * @param token the refresh token
	 * @return the grant, or {@code null} if unknown, revoked or expired
	 */
	public @Nullable Grant useRefreshToken(String token) {
		RefreshToken refreshToken = this.refreshTokens.get(token);
		if (refreshToken == null) {
			return null;
		}
		Instant expiresAt = refreshToken.expiresAt();
		if (expiresAt != null && !this.clock.instant().isBefore(expiresAt)) {
			this.refreshTokens.remove(token);
			return null;
		}
		this.refreshTokens.put(token, new RefreshToken(refreshToken.grant(), expiry()));
		return refreshToken.grant();
	}

	/**
	 * Revoke a refresh token.
	 * @param token the refresh token
	 * @return its grant, or {@code null} if it was not known
	 */
	public @Nullable Grant revokeRefreshToken(String token) {
		RefreshToken refreshToken = this.refreshTokens.remove(token);
		return (refreshToken != null) ? refreshToken.grant() : null;
	}

	private @Nullable Instant expiry() {
		return (this.refreshTokenLifetime != null) ? this.clock.instant().plus(this.refreshTokenLifetime) : null;
	}

	private String randomValue() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What a user granted a client by signing in.
	 *
	 * @param sessionId the id of the session (the {@code sid} of its tokens)
	 * @param user the user name
	 * @param clientId the client id
	 * @param redirectUri the redirect URI of the authorization request, {@code null} if
	 * it named none
	 * @param codeExpiresAt when the authorization code expires
	 */
	public record Grant(String sessionId, String user, String clientId, @Nullable String redirectUri,
			Instant codeExpiresAt) {

	}

	private record RefreshToken(Grant grant, @Nullable Instant expiresAt) {

	}

}
