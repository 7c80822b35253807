package io.github.lpfunctions.client.autoconfigure.user;

import java.time.Clock;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Token requests of the servlet stack: those of the LivePerson registration read with
 * {@link LivePersonTokenResponseConverter}, every other exactly as Spring Security's
 * default client does.
 *
 * @param <T> the grant request
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonTokenResponseClient<T extends AbstractOAuth2AuthorizationGrantRequest>
		implements OAuth2AccessTokenResponseClient<T> {

	private final String registrationId;

	private final OAuth2AccessTokenResponseClient<T> livePerson;

	private final OAuth2AccessTokenResponseClient<T> others;

	private LivePersonTokenResponseClient(String registrationId, OAuth2AccessTokenResponseClient<T> livePerson,
			OAuth2AccessTokenResponseClient<T> others) {
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
	static LivePersonTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCode(String registrationId,
			Clock clock) {
		RestClientAuthorizationCodeTokenResponseClient livePerson = new RestClientAuthorizationCodeTokenResponseClient();
		livePerson.setRestClient(restClient(clock));
		return new LivePersonTokenResponseClient<>(registrationId, livePerson,
				new RestClientAuthorizationCodeTokenResponseClient());
	}

	/**
	 * The client of the refresh-token grant.
	 * @param registrationId the LivePerson registration id
	 * @param clock the clock that dates a token without {@code expires_in}
	 * @return the client
	 */
	static LivePersonTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshToken(String registrationId,
			Clock clock) {
		RestClientRefreshTokenTokenResponseClient livePerson = new RestClientRefreshTokenTokenResponseClient();
		livePerson.setRestClient(restClient(clock));
		return new LivePersonTokenResponseClient<>(registrationId, livePerson,
				new RestClientRefreshTokenTokenResponseClient());
	}

	// the same converters and error handler as Spring Security's default RestClient
	private static RestClient restClient(Clock clock) {
		OAuth2AccessTokenResponseHttpMessageConverter tokens = new OAuth2AccessTokenResponseHttpMessageConverter();
		tokens.setAccessTokenResponseConverter(new LivePersonTokenResponseConverter(clock));
		return RestClient.builder()
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(tokens))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build();
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(T grantRequest) {
		return this.registrationId.equals(grantRequest.getClientRegistration().getRegistrationId())
				? this.livePerson.getTokenResponse(grantRequest) : this.others.getTokenResponse(grantRequest);
	}

}
