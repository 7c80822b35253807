package io.github.lpfunctions.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

/**
 * Parses and masks form-encoded text ({@code application/x-www-form-urlencoded}): form
 * bodies and query strings.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class Forms {

	/** Parameters whose values are secrets and are masked in recorded requests. */
	public static final Set<String> SECRET_PARAMETERS = Set.of("client_secret", "password", "token", "refresh_token",
			"csrf", "access_token", "code");

	/** What a masked value is replaced with. */
	public static final String MASK = "****";

	private Forms() {
	}

	/**
	 * Parse form-encoded text.
	 * @param text the text, e.g. {@code a=1&b=2}
	 * @return the parameters, in order
	 */
	public static MultiValueMap<String, String> parse(String text) {
		MultiValueMap<String, String> result = new LinkedMultiValueMap<>();
		if (!StringUtils.hasLength(text)) {
			return result;
		}
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			result.add(name, value);
		}
		return result;
	}

	/**
	 * Mask the values of {@link #SECRET_PARAMETERS} in form-encoded text, keeping the
	 * rest as it is.
	 * @param text the text
	 * @return the masked text
	 */
	public static String mask(String text) {
		if (!StringUtils.hasLength(text)) {
			return text;
		}
		StringJoiner joiner = new StringJoiner("&");
		for (String pair : text.split("&", -1)) {
			int equals = pair.indexOf('=');
			if (equals >= 0 && SECRET_PARAMETERS.contains(decode(pair.substring(0, equals)))) {
				joiner.add(pair.substring(0, equals + 1) + MASK);
			}
			else {
				joiner.add(pair);
			}
		}
		return joiner.toString();
	}

	/**
	 * Decode one form-encoded value; a malformed escape is kept as it is rather than
	 * failing the request.
	 * @param text the encoded value
	 * @return the decoded value
	 */
	public static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
