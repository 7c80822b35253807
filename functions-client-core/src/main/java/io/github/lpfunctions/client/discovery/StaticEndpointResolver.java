package io.github.lpfunctions.client.discovery;

import reactor.core.publisher.Mono;

/**
 * {@link EndpointResolver} with fixed endpoints: a {@link Region}'s domains or URLs given
 * in configuration. No discovery request is ever made.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class StaticEndpointResolver implements EndpointResolver {

	private final Mono<ServiceEndpoints> endpoints;

	/**
	 * Create a resolver that always answers the given endpoints.
	 * @param endpoints the endpoints
	 */
	public StaticEndpointResolver(ServiceEndpoints endpoints) {
		this.endpoints = Mono.just(endpoints);
	}

	@Override
	public Mono<ServiceEndpoints> resolve() {
		return this.endpoints;
	}

}
