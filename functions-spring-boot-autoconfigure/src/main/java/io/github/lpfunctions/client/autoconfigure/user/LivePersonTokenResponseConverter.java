package io.github.lpfunctions.client.autoconfigure.user;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import io.github.lpfunctions.client.support.JwtClaims;

/**
 * Reads Sentinel's token answers, which Spring Security's default reader gets wrong:
 * {@code token_type} may be absent (it is then {@code Bearer}), and {@code expires_in}
 * may be a string or absent. When absent, the access token's {@code exp} claim decides;
 * Spring would otherwise treat the token as expiring after one second and refresh it on
 * every call. An answer with {@code error} becomes the OAuth 2.0 error it names, so that
 * a refused refresh ({@code invalid_grant}) is told apart from an outage.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonTokenResponseConverter implements Converter<Map<String, Object>, OAuth2AccessTokenResponse> {

	/**
	 * Lifetime assumed for a token that states none.
	 */
	private static final Duration UNKNOWN_LIFETIME = Duration.ofMinutes(5);

	private final DefaultMapOAuth2AccessTokenResponseConverter converter = new DefaultMapOAuth2AccessTokenResponseConverter();

	private final Clock clock;

	LivePersonTokenResponseConverter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public OAuth2AccessTokenResponse convert(Map<String, Object> source) {
		Object error = source.get("error");
		if (error != null) {
			Object description = source.get("error_description");
			throw new OAuth2AuthorizationException(
					new OAuth2Error(error.toString(), (description != null) ? description.toString() : null, null));
		}
		if (!(source.get("access_token") instanceof String accessToken) || accessToken.isBlank()) {
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"The authorization server answered without an access_token", null));
		}
		Map<String, Object> normalized = new LinkedHashMap<>(source);
		normalized.putIfAbsent("token_type", "Bearer");
		normalized.put("expires_in", expiresIn(source, accessToken));
		return this.converter.convert(normalized);
	}

	private long expiresIn(Map<String, Object> source, String accessToken) {
		Object value = source.get("expires_in");
		if (value instanceof Number number && number.longValue() > 0) {
			return number.longValue();
		}
		if (value instanceof String text && text.trim().matches("[0-9]{1,10}")) {
			return Long.parseLong(text.trim());
		}
		Object exp = JwtClaims.of(accessToken).get("exp");
		if (exp instanceof Number number) {
			return Math.max(0, number.longValue() - this.clock.instant().getEpochSecond());
		}
		return UNKNOWN_LIFETIME.toSeconds();
	}

	/**
	 * Whether a refused token request means the user must sign in again: the grant (the
	 * refresh token) was revoked or has expired.
	 * @param error the OAuth 2.0 error
	 * @return {@code true} for {@code invalid_grant} and {@code invalid_token}
	 */
	static boolean signInAgain(OAuth2Error error) {
		return OAuth2ErrorCodes.INVALID_GRANT.equals(error.getErrorCode())
				|| OAuth2ErrorCodes.INVALID_TOKEN.equals(error.getErrorCode());
	}

}
