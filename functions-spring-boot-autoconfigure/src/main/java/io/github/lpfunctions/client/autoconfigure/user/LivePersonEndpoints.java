package io.github.lpfunctions.client.autoconfigure.user;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.autoconfigure.FunctionsConnectionDetails;
import io.github.lpfunctions.client.autoconfigure.FunctionsProperties;
import io.github.lpfunctions.client.discovery.CsdsEndpointResolver;
import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.Region;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.discovery.StaticEndpointResolver;

/**
 * Where the account's services are, found the way the templates find them: the explicit
 * endpoints, else discovery with the region as its fallback, else the region's fixed
 * domains.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonEndpoints {

	private LivePersonEndpoints() {
	}

	/**
	 * Create a resolver of the account's endpoints.
	 * @param properties the client's properties
	 * @param details the connection details
	 * @param webClient a web client without credentials, for discovery
	 * @return the resolver
	 * @throws IllegalStateException when the account is not configured, or without
	 * discovery neither the region nor the endpoints say where the services are
	 */
	static EndpointResolver resolver(FunctionsProperties properties, FunctionsConnectionDetails details,
			WebClient webClient) {
		String accountId = accountId(details);
		URI gateway = details.getGatewayUri();
		URI sentinel = details.getSentinelUri();
		URI management = details.getManagementUri();
		Region region = properties.getRegion();
		if (!properties.getDiscovery().isEnabled() || (gateway != null && sentinel != null)) {
			return new StaticEndpointResolver(fixed(region, gateway, sentinel, management));
		}
		return CsdsEndpointResolver.builder()
			.webClient(webClient)
			.csdsUri(details.getDiscoveryUri())
			.accountId(accountId)
			.scheme(details.getDiscoveryScheme())
			.ttl(properties.getDiscovery().getTtl())
			.fallback((region != null) ? region.endpoints() : null)
			.overrides(gateway, sentinel, management)
			.build();
	}

	/**
	 * Return the configured account id.
	 * @param details the connection details
	 * @return the account id
	 * @throws IllegalStateException naming the property when it is not set
	 */
	static String accountId(FunctionsConnectionDetails details) {
		String accountId = details.getAccountId();
		if (accountId == null || accountId.isBlank()) {
			throw new IllegalStateException("'" + FunctionsProperties.PREFIX + ".account-id' must be set");
		}
		return accountId.trim();
	}

	private static ServiceEndpoints fixed(@Nullable Region region, @Nullable URI gateway, @Nullable URI sentinel,
			@Nullable URI management) {
		if (region != null) {
			return region.endpoints().withOverrides(gateway, sentinel, management);
		}
		if (gateway == null || sentinel == null) {
			throw new IllegalStateException("Without discovery, set '" + FunctionsProperties.PREFIX
					+ ".region' or both '" + FunctionsProperties.PREFIX + ".endpoints.gateway' and '"
					+ FunctionsProperties.PREFIX + ".endpoints.sentinel'");
		}
		return new ServiceEndpoints(gateway, sentinel, management);
	}

}
