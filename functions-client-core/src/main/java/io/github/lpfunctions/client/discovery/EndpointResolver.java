package io.github.lpfunctions.client.discovery;

import reactor.core.publisher.Mono;

/**
 * Strategy that tells where the LivePerson services of the account live. Called before
 * every request, so implementations cache.
 *
 * @author LivePerson Functions for Spring contributors
 * @see CsdsEndpointResolver
 * @see StaticEndpointResolver
 */
@FunctionalInterface
public interface EndpointResolver {

	/**
	 * Resolve the endpoints.
	 * @return the endpoints, or an error that is a
	 * {@link io.github.lpfunctions.client.FaaSException} when they cannot be known
	 */
	Mono<ServiceEndpoints> resolve();

}
