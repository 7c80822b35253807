package io.github.lpfunctions.client.autoconfigure.user;

import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * {@link OAuth2UserService} that knows the LivePerson user from the tokens (see
 * {@link LivePersonUsers}) and asks the user-info endpoint for every other registration,
 * as Spring Security does by default.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonOAuth2UserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private final String registrationId;

	private final OAuth2UserService<OAuth2UserRequest, OAuth2User> others = new DefaultOAuth2UserService();

	LivePersonOAuth2UserService(String registrationId) {
		this.registrationId = registrationId;
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) {
		return this.registrationId.equals(request.getClientRegistration().getRegistrationId())
				? LivePersonUsers.user(request) : this.others.loadUser(request);
	}

}
