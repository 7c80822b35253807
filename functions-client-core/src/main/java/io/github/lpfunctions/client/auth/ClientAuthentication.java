package io.github.lpfunctions.client.auth;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Strategy that authorizes requests to LivePerson: it returns the headers to add to one
 * request, usually {@code Authorization: Bearer <token>}. The templates call it only for
 * requests to the account's own LivePerson hosts.
 * <p>
 * Implementations: {@link ClientCredentialsAuthentication} (OAuth 2.0 client credentials,
 * the default) and {@link BearerTokenAuthentication} (a user's token). Schemes that sign
 * each request, such as OAuth 1.0 or DPoP, implement this interface with the method and
 * URI they are given.
 *
 * @author LivePerson Functions for Spring contributors
 */
@FunctionalInterface
public interface ClientAuthentication {

	/**
	 * Return the headers that authorize one request.
	 * @param method the request method
	 * @param uri the full request URI
	 * @return the headers to add; an error that is a
	 * {@link io.github.lpfunctions.client.FaaSException} when no credentials can be had
	 */
	Mono<HttpHeaders> authenticate(HttpMethod method, URI uri);

	/**
	 * Forget credentials that the server rejected with 401, so that the next
	 * {@link #authenticate} gets fresh ones. Does nothing by default.
	 * @param rejected the headers that were rejected
	 */
	default void invalidate(HttpHeaders rejected) {
	}

	/**
	 * When the pause after a failure to obtain credentials ends, for strategies that
	 * remember such failures: until then, callers without valid credentials get the
	 * failure at once. None by default.
	 * @return the end of the pause, or {@code null} when none holds
	 */
	default @Nullable Instant pausedUntil() {
		return null;
	}

}
