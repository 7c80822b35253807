package io.github.lpfunctions.sample.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The signed-in user, from the claims of the {@code id_token} that Sentinel's token
 * response carries ({@code sub} is the user). Sentinel has no user-info endpoint for
 * Spring Security to call.
 * <p>
 * The claims are read without checking the signature: the token came straight from the
 * token endpoint, over the connection the sample opened itself, which OpenID Connect Core
 * (3.1.3.7) accepts in place of the signature check. The sample authorizes nothing with
 * it: LivePerson checks the access token on every invocation.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class SentinelUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private static final String ID_TOKEN = "id_token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> CLAIMS = new TypeReference<>() {
	};

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) {
		String nameAttribute = request.getClientRegistration()
			.getProviderDetails()
			.getUserInfoEndpoint()
			.getUserNameAttributeName();
		Map<String, Object> claims = claims(request.getAdditionalParameters().get(ID_TOKEN));
		if (!(claims.get(nameAttribute) instanceof String)) {
			throw failure("The id token names no user (claim '" + nameAttribute + "')");
		}
		return new DefaultOAuth2User(AuthorityUtils.createAuthorityList("OAUTH2_USER"), claims, nameAttribute);
	}

	private static Map<String, Object> claims(@Nullable Object idToken) {
		if (!(idToken instanceof String token)) {
			throw failure("The token response carries no id_token");
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			throw failure("The id token is no JWT");
		}
		try {
			return JSON.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), CLAIMS);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw failure("The id token's claims are unreadable");
		}
	}

	private static OAuth2AuthenticationException failure(String description) {
		return new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token", description, null));
	}

}
