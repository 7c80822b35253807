package io.github.lpfunctions.client.autoconfigure.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.lpfunctions.client.support.LivePersonJson;

/**
 * The claims of a JWT, read without checking its signature. Only used on tokens the
 * client received straight from Sentinel's token endpoint over the connection it opened,
 * where the transport vouches for them, as OpenID Connect allows for the
 * authorization-code flow.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class TokenClaims {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private TokenClaims() {
	}

	/**
	 * Read the claims of a JWT.
	 * @param token the token, possibly not a JWT
	 * @return its claims, empty when it is no readable JWT
	 */
	static Map<String, Object> of(@Nullable String token) {
		if (token == null) {
			return Map.of();
		}
		String[] parts = token.split("\\.");
		if (parts.length < 2) {
			return Map.of();
		}
		try {
			String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
			Map<String, Object> claims = LivePersonJson.mapper().readValue(payload, MAP);
			return (claims != null) ? claims : Map.of();
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

}
