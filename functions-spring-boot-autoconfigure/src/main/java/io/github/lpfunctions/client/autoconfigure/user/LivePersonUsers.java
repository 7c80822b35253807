package io.github.lpfunctions.client.autoconfigure.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

import io.github.lpfunctions.client.support.JwtClaims;

/**
 * The signed-in LivePerson user. Sentinel has no user-info endpoint: the user is who the
 * token answer's {@code id_token} (or else the access token) names in {@code sub}, with
 * every claim as an attribute.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonUsers {

	private LivePersonUsers() {
	}

	/**
	 * Return the user of a token answer.
	 * @param request the user request, holding the token answer
	 * @return the user
	 * @throws OAuth2AuthenticationException when the tokens name no user
	 */
	static OAuth2User user(OAuth2UserRequest request) {
		Object idToken = request.getAdditionalParameters().get("id_token");
		Map<String, Object> claims = JwtClaims.of((idToken instanceof String text) ? text : null);
		if (!(claims.get("sub") instanceof String)) {
			claims = JwtClaims.of(request.getAccessToken().getTokenValue());
		}
		if (!(claims.get("sub") instanceof String)) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("invalid_user_info", "The LivePerson tokens name no user ('sub' claim)", null));
		}
		Map<String, Object> attributes = new LinkedHashMap<>(claims);
		return new DefaultOAuth2User(List.of(new OAuth2UserAuthority(attributes, "sub")), attributes, "sub");
	}

}
