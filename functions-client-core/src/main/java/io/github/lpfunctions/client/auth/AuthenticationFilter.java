package io.github.lpfunctions.client.auth;

import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.support.TransportSecurity;

/**
 * Adds credentials to requests for the account's LivePerson hosts, and to nothing else: a
 * request to any other host leaves without them, so a token never leaks. When the gateway
 * answers 401, the credentials are dropped and the request is repeated once with fresh
 * ones.
 * <p>
 * A request may carry credentials of its own in the {@link #CALL_AUTHENTICATION}
 * attribute, such as a signed-in user's token for one call; they replace the filter's for
 * that request, under the same host check. A 401 answered to them drops them from their
 * own authentication only, and the request is repeated once only if that authentication
 * then hands out different credentials; the filter's own credentials are never tried
 * instead.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class AuthenticationFilter implements ExchangeFilterFunction {

	/**
	 * Reactor context key under which the templates put the observation of the current
	 * operation, so that a token request made here nests beneath the operation rather
	 * than beneath the HTTP request that needed the token.
	 */
	public static final String OPERATION_OBSERVATION = AuthenticationFilter.class.getName() + ".operation";

	/**
	 * Name of the request attribute under which the templates put the
	 * {@link ServiceEndpoints} they built the request's URI from, so that the host check
	 * here and the URI come from the same resolution. A request without it is checked
	 * against a resolution of its own. The same key carries them in the Reactor context
	 * to the authentication, so that a cold token asks the authorization server of that
	 * resolution.
	 */
	public static final String RESOLVED_ENDPOINTS = AuthenticationFilter.class.getName() + ".endpoints";

	/**
	 * Name of the request attribute under which the templates put the
	 * {@link ClientAuthentication} of one call when it is not the filter's own, such as
	 * the credentials a caller gave in the invocation options.
	 */
	public static final String CALL_AUTHENTICATION = AuthenticationFilter.class.getName() + ".authentication";

	private final ClientAuthentication authentication;

	private final EndpointResolver endpoints;

	private final TransportSecurity transportSecurity;

	/**
	 * Create the filter.
	 * @param authentication the credentials
	 * @param endpoints where the account's hosts are, for requests that do not carry
	 * their resolution
	 * @param allowInsecureHttp whether credentials may go over plain http to non-loopback
	 * hosts
	 */
	public AuthenticationFilter(ClientAuthentication authentication, EndpointResolver endpoints,
			boolean allowInsecureHttp) {
		this.authentication = authentication;
		this.endpoints = endpoints;
		this.transportSecurity = new TransportSecurity(allowInsecureHttp);
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		Mono<ServiceEndpoints> endpoints = request.attribute(RESOLVED_ENDPOINTS)
			.filter(ServiceEndpoints.class::isInstance)
			.map((resolved) -> Mono.just((ServiceEndpoints) resolved))
			.orElseGet(this.endpoints::resolve);
		return endpoints.flatMap((resolved) -> {
			if (!resolved.isFunctionsHost(request.url())) {
				return next.exchange(request);
			}
			this.transportSecurity.check(request.url());
			ClientAuthentication callAuthentication = request.attribute(CALL_AUTHENTICATION)
				.filter(ClientAuthentication.class::isInstance)
				.map(ClientAuthentication.class::cast)
				.orElse(null);
			if (callAuthentication != null && callAuthentication != this.authentication) {
				return sendWith(callAuthentication, request, resolved, next);
			}
			return send(request, resolved, next, true);
		});
	}

	private Mono<HttpHeaders> credentials(ClientAuthentication authentication, ClientRequest request,
			ServiceEndpoints resolved) {
		return Mono.deferContextual((context) -> {
			Object operation = context.getOrDefault(OPERATION_OBSERVATION, null);
			return authentication.authenticate(request.method(), request.url())
				.contextWrite((ctx) -> (operation != null)
						? ctx.put(RESOLVED_ENDPOINTS, resolved).put(ObservationThreadLocalAccessor.KEY, operation)
						: ctx.put(RESOLVED_ENDPOINTS, resolved));
		});
	}

	private Mono<ClientResponse> send(ClientRequest request, ServiceEndpoints resolved, ExchangeFunction next,
			boolean firstAttempt) {
		return credentials(this.authentication, request, resolved).flatMap((credentials) -> {
			return next.exchange(authorized(request, credentials)).flatMap((response) -> {
				if (firstAttempt && response.statusCode().value() == 401) {
					this.authentication.invalidate(HttpHeaders.readOnlyHttpHeaders(credentials));
					return response.releaseBody().then(send(request, resolved, next, false));
				}
				return Mono.just(response);
			});
		});
	}

	// A call's own credentials: after a 401 they are tried again only when their
	// authentication has something new to offer (a Login API session logs in again); a
	// fixed token is not sent twice, and the 401 reaches the caller as it is.
	private Mono<ClientResponse> sendWith(ClientAuthentication authentication, ClientRequest request,
			ServiceEndpoints resolved, ExchangeFunction next) {
		return credentials(authentication, request, resolved)
			.flatMap((credentials) -> next.exchange(authorized(request, credentials)).flatMap((response) -> {
				if (response.statusCode().value() != 401) {
					return Mono.just(response);
				}
				authentication.invalidate(HttpHeaders.readOnlyHttpHeaders(credentials));
				return credentials(authentication, request, resolved)
					.onErrorResume((ex) -> response.releaseBody().then(Mono.error(ex)))
					.flatMap((fresh) -> fresh.equals(credentials) ? Mono.just(response)
							: response.releaseBody().then(next.exchange(authorized(request, fresh))));
			}));
	}

	private static ClientRequest authorized(ClientRequest request, HttpHeaders credentials) {
		return ClientRequest.from(request).headers((headers) -> headers.putAll(credentials)).build();
	}

}
