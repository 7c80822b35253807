package io.github.lpfunctions.client.autoconfigure.user;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The reactive counterpart of {@link LivePersonOAuth2UserService}.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonReactiveOAuth2UserService implements ReactiveOAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private final String registrationId;

	private final ReactiveOAuth2UserService<OAuth2UserRequest, OAuth2User> others = new DefaultReactiveOAuth2UserService();

	LivePersonReactiveOAuth2UserService(String registrationId) {
		this.registrationId = registrationId;
	}

	@Override
	public Mono<OAuth2User> loadUser(OAuth2UserRequest request) {
		return this.registrationId.equals(request.getClientRegistration().getRegistrationId())
				? Mono.fromCallable(() -> LivePersonUsers.user(request)) : this.others.loadUser(request);
	}

}
