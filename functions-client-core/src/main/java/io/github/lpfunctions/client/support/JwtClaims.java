package io.github.lpfunctions.client.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Reads the claims of a token that may be a JWT, without verifying it: the client only
 * reads what a token says about itself (when it expires, whose it is) from tokens it got
 * straight from LivePerson over the connection it opened; the server decides whether a
 * token is valid.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class JwtClaims {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private JwtClaims() {
	}

	/**
	 * Return the claims of a JWT.
	 * @param token the token, possibly not a JWT
	 * @return its claims, empty when it is no readable JWT
	 */
	public static Map<String, Object> of(@Nullable String token) {
		if (token == null) {
			return Map.of();
		}
		// -1 keeps the empty signature of an unsecured JWT (alg none)
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return Map.of();
		}
		try {
			Map<String, Object> claims = LivePersonJson.mapper()
				.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), MAP);
			return (claims != null) ? claims : Map.of();
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	/**
	 * Return the {@code exp} claim of a JWT.
	 * @param token the token, possibly not a JWT
	 * @return the expiry in epoch seconds, or {@code null} when the token is no JWT or
	 * has no numeric {@code exp}
	 */
	public static @Nullable Long expiry(@Nullable String token) {
		return (of(token).get("exp") instanceof Number number) ? number.longValue() : null;
	}

}
