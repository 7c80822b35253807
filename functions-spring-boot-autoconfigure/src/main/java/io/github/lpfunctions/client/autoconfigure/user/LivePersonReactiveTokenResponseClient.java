package io.github.lpfunctions.client.autoconfigure.user;

import java.time.Clock;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.AbstractWebClientReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.reactive.function.BodyExtractor;
import org.springframework.web.reactive.function.BodyExtractors;

/**
 * The reactive counterpart of {@link LivePersonTokenResponseClient}: token requests of
 * the LivePerson registration read with {@link LivePersonTokenResponseConverter}, every
 * other as Spring Security's default client does.
 *
 * @param <T> the grant request
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonReactiveTokenResponseClient<T extends AbstractOAuth2AuthorizationGrantRequest>
		implements ReactiveOAuth2AccessTokenResponseClient<T> {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private final String registrationId;

	private final ReactiveOAuth2AccessTokenResponseClient<T> livePerson;

	private final ReactiveOAuth2AccessTokenResponseClient<T> others;

	private LivePersonReactiveTokenResponseClient(String registrationId,
			ReactiveOAuth2AccessTokenResponseClient<T> livePerson, ReactiveOAuth2AccessTokenResponseClient<T> others) {
		this.registrationId = registrationId;
		this.livePerson = livePerson;
		this.others = others;
	}

	/**
	 * The client of the authorization-code grant (sign-in).
	 * @param registrationId the LivePerson registration id
	 * @param clock the clock that dates a token without {@code expires_in}
	 * @return the client
	 */
	static LivePersonReactiveTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCode(
			String registrationId, Clock clock) {
		return new LivePersonReactiveTokenResponseClient<>(registrationId,
				lenient(new WebClientReactiveAuthorizationCodeTokenResponseClient(), clock),
				new WebClientReactiveAuthorizationCodeTokenResponseClient());
	}

	/**
	 * The client of the refresh-token grant.
	 * @param registrationId the LivePerson registration id
	 * @param clock the clock that dates a token without {@code expires_in}
	 * @return the client
	 */
	static LivePersonReactiveTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshToken(String registrationId,
			Clock clock) {
		return new LivePersonReactiveTokenResponseClient<>(registrationId,
				lenient(new WebClientReactiveRefreshTokenTokenResponseClient(), clock),
				new WebClientReactiveRefreshTokenTokenResponseClient());
	}

	private static <C extends AbstractWebClientReactiveOAuth2AccessTokenResponseClient<?>> C lenient(C client,
			Clock clock) {
		client.setBodyExtractor(bodyExtractor(new LivePersonTokenResponseConverter(clock)));
		return client;
	}

	private static BodyExtractor<Mono<OAuth2AccessTokenResponse>, ReactiveHttpInputMessage> bodyExtractor(
			LivePersonTokenResponseConverter converter) {
		BodyExtractor<Mono<Map<String, Object>>, ReactiveHttpInputMessage> json = BodyExtractors.toMono(MAP);
		return (message, context) -> json.extract(message, context)
			.onErrorMap((ex) -> !(ex instanceof OAuth2AuthorizationException),
					(ex) -> new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
							"The authorization server's answer is not a token response", null), ex))
			.switchIfEmpty(Mono.error(() -> new OAuth2AuthorizationException(
					new OAuth2Error("invalid_token_response", "The authorization server answered nothing", null))))
			.map(converter::convert);
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> getTokenResponse(T grantRequest) {
		return this.registrationId.equals(grantRequest.getClientRegistration().getRegistrationId())
				? this.livePerson.getTokenResponse(grantRequest) : this.others.getTokenResponse(grantRequest);
	}

}
