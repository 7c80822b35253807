package io.github.lpfunctions.client.auth;

import java.net.URI;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import io.github.lpfunctions.client.support.Arguments;

/**
 * {@link ClientAuthentication} with a bearer token you already have, such as the token of
 * a Conversational Cloud user with the FaaS-Invocation privilege obtained through the
 * authorization-code flow. The supplier is asked for every request, so it can hand out a
 * refreshed token.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class BearerTokenAuthentication implements ClientAuthentication {

	private final Supplier<String> token;

	/**
	 * Create an authentication that sends the supplied token.
	 * @param token supplies the current access token
	 */
	public BearerTokenAuthentication(Supplier<String> token) {
		this.token = Arguments.notNull(token, "token");
	}

	@Override
	public Mono<HttpHeaders> authenticate(HttpMethod method, URI uri) {
		return Mono.fromSupplier(() -> {
			HttpHeaders headers = new HttpHeaders();
			headers.setBearerAuth(Arguments.headerValue(Arguments.notBlank(this.token.get(), "token"), "token"));
			return headers;
		});
	}

	@Override
	public String toString() {
		return "BearerTokenAuthentication[token=****]";
	}

}
