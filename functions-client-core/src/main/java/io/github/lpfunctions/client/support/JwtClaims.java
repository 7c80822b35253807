package io.github.lpfunctions.client.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.lpfunctions.client.support.LivePersonJson;

/**
 * Reads the claims of a token that may be a JWT, without verifying it: the client only
 * needs to know when the token expires, the server decides whether it is valid.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class JwtClaims {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private JwtClaims() {
	}

	/**
	 * Return the {@code exp} claim of a JWT.
	 * @param token the token
	 * @return the expiry in epoch seconds, or {@code null} when the token is no JWT or
	 * has no numeric {@code exp}
	 */
	static @Nullable Long expiry(String token) {
		// -1 keeps the empty signature of an unsecured JWT (alg none)
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return null;
		}
		try {
			Map<String, Object> claims = LivePersonJson.mapper()
				.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), MAP);
			Object exp = (claims != null) ? claims.get("exp") : null;
			return (exp instanceof Number number) ? number.longValue() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
