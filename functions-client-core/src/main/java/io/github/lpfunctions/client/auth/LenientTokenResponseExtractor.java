package io.github.lpfunctions.client.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.reactive.function.BodyExtractor;
import org.springframework.web.reactive.function.BodyExtractors;

import io.github.lpfunctions.client.FaaSAuthenticationException;
import io.github.lpfunctions.client.support.JwtClaims;
import io.github.lpfunctions.client.support.LivePersonJson;

/**
 * Reads LivePerson's token responses, which Spring Security's default reader gets wrong:
 * <ul>
 * <li>{@code expires_in} may be a string, a number, or absent. The token's lifetime is
 * the earlier of {@code expires_in} and, when the token is a JWT, its {@code exp} claim
 * (decoded, not verified: the gateway verifies the token), so that a token is never used
 * past the expiry the gateway checks. When neither is there the lifetime is 5 minutes;
 * Spring would otherwise treat the token as expiring after one second and fetch a new one
 * for every call (spring-security #8701, #11968).</li>
 * <li>{@code token_type} may be absent; it is then {@code Bearer}.</li>
 * <li>Error answers (any non-2xx status, or a body with {@code error}) become a
 * {@link FaaSAuthenticationException} that keeps the status, whatever the content
 * type.</li>
 * </ul>
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LenientTokenResponseExtractor
		implements BodyExtractor<Mono<OAuth2AccessTokenResponse>, ReactiveHttpInputMessage> {

	private static final int MAX_BODY_BYTES = 64 * 1024;

	/**
	 * Lifetime assumed for a token that states none; short, as a 401 is the only other
	 * signal.
	 */
	private static final Duration UNKNOWN_LIFETIME = Duration.ofMinutes(5);

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final DefaultMapOAuth2AccessTokenResponseConverter converter = new DefaultMapOAuth2AccessTokenResponseConverter();

	private final Clock clock;

	private final String tokenUri;

	LenientTokenResponseExtractor(Clock clock, String tokenUri) {
		this.clock = clock;
		this.tokenUri = tokenUri;
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> extract(ReactiveHttpInputMessage message, Context context) {
		int status = (message instanceof ClientHttpResponse response) ? response.getStatusCode().value() : 200;
		return DataBufferUtils.join(BodyExtractors.toDataBuffers().extract(message, context), MAX_BODY_BYTES)
			.map((buffer) -> {
				try {
					return buffer.toString(StandardCharsets.UTF_8);
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.defaultIfEmpty("")
			.map((body) -> toTokenResponse(status, parse(body)));
	}

	private OAuth2AccessTokenResponse toTokenResponse(int status, Map<String, Object> body) {
		Object error = body.get("error");
		if (status < 200 || status > 299 || error != null || !(body.get("access_token") instanceof String)) {
			String code = (error != null) ? error.toString() : null;
			String description = (body.get("error_description") != null) ? ": " + body.get("error_description") : "";
			String problem = ((code != null) ? code + description : "no access_token in the answer")
					+ ((status >= 200 && status <= 299) ? "" : " (HTTP " + status + ")");
			throw new FaaSAuthenticationException(
					"The authorization server " + this.tokenUri + " refused the token request: " + problem,
					(status >= 200 && status <= 299) ? 0 : status, code, null);
		}
		Map<String, Object> normalized = new LinkedHashMap<>(body);
		normalized.putIfAbsent("token_type", "Bearer");
		normalized.put("expires_in", expiresIn(body));
		return this.converter.convert(normalized);
	}

	// The earlier of expires_in and the JWT's exp; the seconds left until exp are rounded
	// down, so that the lifetime is never longer than the token's.
	private long expiresIn(Map<String, Object> body) {
		Long stated = statedExpiresIn(body.get("expires_in"));
		Long exp = JwtClaims.expiry((String) body.get("access_token"));
		Long untilExp = (exp != null) ? secondsUntil(exp) : null;
		if (stated != null && untilExp != null) {
			return Math.min(stated, untilExp);
		}
		if (stated != null) {
			return stated;
		}
		return (untilExp != null) ? untilExp : UNKNOWN_LIFETIME.toSeconds();
	}

	private long secondsUntil(long epochSecond) {
		Instant now = this.clock.instant();
		long nowRoundedUp = now.getEpochSecond() + ((now.getNano() > 0) ? 1 : 0);
		return (epochSecond <= nowRoundedUp) ? 0 : epochSecond - nowRoundedUp;
	}

	private static @Nullable Long statedExpiresIn(@Nullable Object value) {
		if (value instanceof Number number && number.longValue() > 0) {
			return number.longValue();
		}
		if (value instanceof String text && text.matches("\\s*[0-9]{1,10}\\s*")) {
			return Long.parseLong(text.trim());
		}
		return null;
	}

	private static Map<String, Object> parse(String json) {
		if (json.isBlank()) {
			return Map.of();
		}
		try {
			Map<String, Object> map = LivePersonJson.mapper().readValue(json, MAP);
			return (map != null) ? map : Map.of();
		}
		catch (RuntimeException ex) {
			// Not JSON (an HTML error page, say): the status tells what happened.
			return Map.of();
		}
	}

}
