package io.github.lpfunctions.emulator.sentinel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

import io.github.lpfunctions.emulator.EmulatedUser;

/**
 * Issues and verifies the emulator's tokens: JWTs signed with HMAC-SHA256 ({@code HS256})
 * carrying {@code iss}, {@code sub}, {@code aud}, {@code account}, {@code client_id},
 * {@code scope}, {@code iat}, {@code exp} and {@code jti}; a user's tokens also carry
 * {@code user_id} and the session they belong to ({@code sid}), which ends for all of
 * them at once when it is revoked.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class TokenIssuer {

	/** Scope of every issued access token. */
	public static final String SCOPE = "faas.lambda.invoke";

	/** Issuer claim of every token. */
	public static final String ISSUER = "functions-emulator";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final String HEADER = ENCODER
		.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private final byte[] key;

	private final Clock clock;

	private final JsonMapper jsonMapper;

	private final Set<String> revoked = ConcurrentHashMap.newKeySet();

	private final Set<String> revokedSessions = ConcurrentHashMap.newKeySet();

	/**
	 * Create a new issuer.
	 * @param key the HMAC key, at least 32 bytes
	 * @param clock the clock for {@code iat} and expiry checks
	 * @param jsonMapper the mapper for claims
	 */
	public TokenIssuer(byte[] key, Clock clock, JsonMapper jsonMapper) {
		Assert.isTrue(key.length >= 32, "'key' must have at least 32 bytes");
		this.key = key.clone();
		this.clock = clock;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Create a random 32-byte key.
	 * @return the key
	 */
	public static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	/**
	 * Issue an access token.
	 * @param accountId the account
	 * @param subject the subject (client id or user name)
	 * @param clientId the client
	 * @param lifetime the lifetime (may be negative to create an expired token)
	 * @return the JWT
	 */
	public String issueAccessToken(String accountId, String subject, String clientId, Duration lifetime) {
		return issue(accountId, subject, clientId, accountId, VerifiedToken.ACCESS, null, lifetime);
	}

	/**
	 * Issue a user's access token.
	 * @param accountId the account
	 * @param user the user
	 * @param clientId the client the user authorized, or {@code null} for a Login API
	 * bearer
	 * @param sessionId the session (grant) the token belongs to
	 * @param lifetime the lifetime
	 * @return the JWT
	 */
	public String issueUserAccessToken(String accountId, EmulatedUser user, @Nullable String clientId, String sessionId,
			Duration lifetime) {
		return issue(accountId, user.name(), clientId, accountId, VerifiedToken.ACCESS,
				new Session(user.userId(), sessionId), lifetime);
	}

	/**
	 * Issue an OpenID Connect id token for a user.
	 * @param accountId the account
	 * @param user the user
	 * @param clientId the client (the audience)
	 * @param sessionId the session (grant) the token belongs to
	 * @param lifetime the lifetime
	 * @return the JWT
	 */
	public String issueIdToken(String accountId, EmulatedUser user, String clientId, String sessionId,
			Duration lifetime) {
		return issue(accountId, user.name(), clientId, clientId, VerifiedToken.ID,
				new Session(user.userId(), sessionId), lifetime);
	}

	private String issue(String accountId, String subject, @Nullable String clientId, String audience, String use,
			@Nullable Session session, Duration lifetime) {
		Instant issuedAt = this.clock.instant();
		long now = issuedAt.getEpochSecond();
		// as authorization servers do: exp - iat is the lifetime that expires_in states
		long exp = now + lifetime.toSeconds();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("sub", subject);
		claims.put("aud", audience);
		claims.put("account", accountId);
		if (clientId != null) {
			claims.put("client_id", clientId);
		}
		if (session != null) {
			claims.put("user_id", session.userId());
			claims.put("sid", session.id());
		}
		claims.put("scope", SCOPE);
		claims.put("token_use", use);
		claims.put("iat", now);
		claims.put("exp", exp);
		claims.put("jti", UUID.randomUUID().toString());
		String signingInput = HEADER + "." + ENCODER.encodeToString(this.jsonMapper.writeValueAsBytes(claims));
		return signingInput + "." + ENCODER.encodeToString(sign(signingInput));
	}

	/**
	 * Verify a token's signature, expiry and revocation status.
	 * @param token the JWT
	 * @return the verified claims
	 * @throws InvalidTokenException if the token is not valid
	 */
	public VerifiedToken verify(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			throw new InvalidTokenException("Token is not a JWT");
		}
		byte[] signature;
		Map<?, ?> claims;
		try {
			signature = DECODER.decode(parts[2]);
			Map<?, ?> header = this.jsonMapper.readValue(DECODER.decode(parts[0]), Map.class);
			if (!"HS256".equals(header.get("alg"))) {
				throw new InvalidTokenException("Unsupported token algorithm");
			}
			claims = this.jsonMapper.readValue(DECODER.decode(parts[1]), Map.class);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new InvalidTokenException("Token is malformed");
		}
		if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
			throw new InvalidTokenException("Token signature is invalid");
		}
		if (!(claims.get("exp") instanceof Number exp)) {
			throw new InvalidTokenException("Token has no expiry");
		}
		Instant expiresAt = Instant.ofEpochSecond(exp.longValue());
		if (!this.clock.instant().isBefore(expiresAt)) {
			throw new InvalidTokenException("Token expired");
		}
		String id = String.valueOf(claims.get("jti"));
		String sessionId = text(claims, "sid");
		if (this.revoked.contains(id) || (sessionId != null && this.revokedSessions.contains(sessionId))) {
			throw new InvalidTokenException("Token was revoked");
		}
		return new VerifiedToken(id, String.valueOf(claims.get("sub")), String.valueOf(claims.get("account")),
				text(claims, "client_id"), String.valueOf(claims.get("scope")), String.valueOf(claims.get("token_use")),
				expiresAt, text(claims, "user_id"), sessionId);
	}

	private static @Nullable String text(Map<?, ?> claims, String name) {
		Object value = claims.get(name);
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Revoke a token: it fails verification from now on.
	 * @param tokenId the token id ({@code jti})
	 */
	public void revoke(String tokenId) {
		this.revoked.add(tokenId);
	}

	/**
	 * End a session: every token of it fails verification from now on.
	 * @param sessionId the session id ({@code sid})
	 */
	public void revokeSession(String sessionId) {
		this.revokedSessions.add(sessionId);
	}

	private record Session(String userId, String id) {

	}

	private byte[] sign(String signingInput) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
