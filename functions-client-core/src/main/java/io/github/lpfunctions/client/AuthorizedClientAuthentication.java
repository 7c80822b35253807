package io.github.lpfunctions.client;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.support.Arguments;

/**
 * The credentials of one call made for a Spring Security authorized client: its access
 * token as a bearer token. Named after the registration and the principal, never after
 * the token, so that failures can say whose authorization was refused.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class AuthorizedClientAuthentication implements ClientAuthentication {

	private final String accessToken;

	private final String description;

	AuthorizedClientAuthentication(OAuth2AuthorizedClient authorizedClient) {
		this.accessToken = Arguments.headerValue(authorizedClient.getAccessToken().getTokenValue(), "accessToken");
		this.description = "authorized client '" + authorizedClient.getClientRegistration().getRegistrationId()
				+ "' of '" + authorizedClient.getPrincipalName() + "'";
	}

	@Override
	public Mono<HttpHeaders> authenticate(HttpMethod method, URI uri) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(this.accessToken);
		return Mono.just(headers);
	}

	@Override
	public String toString() {
		return this.description + " (token ****)";
	}

}
