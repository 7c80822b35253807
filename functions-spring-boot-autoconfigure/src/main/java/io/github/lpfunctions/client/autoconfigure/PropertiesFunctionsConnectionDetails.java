package io.github.lpfunctions.client.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.Platform;

/**
 * {@link FunctionsConnectionDetails} from {@link FunctionsProperties}. Deliberately
 * without a {@code toString()}: it holds the client secret.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class PropertiesFunctionsConnectionDetails implements FunctionsConnectionDetails {

	private final FunctionsProperties properties;

	PropertiesFunctionsConnectionDetails(FunctionsProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String getAccountId() {
		return this.properties.getAccountId();
	}

	@Override
	public @Nullable String getClientId() {
		return this.properties.getClientId();
	}

	@Override
	public @Nullable String getClientSecret() {
		return this.properties.getClientSecret();
	}

	@Override
	public URI getDiscoveryUri() {
		return this.properties.getDiscovery().getUri();
	}

	@Override
	public String getDiscoveryScheme() {
		return this.properties.getDiscovery().getScheme();
	}

	@Override
	public @Nullable URI getGatewayUri() {
		return this.properties.getEndpoints().getGateway();
	}

	@Override
	public @Nullable URI getSentinelUri() {
		return this.properties.getEndpoints().getSentinel();
	}

	@Override
	public @Nullable URI getManagementUri() {
		return this.properties.getEndpoints().getManagement();
	}

	@Override
	public @Nullable Platform getPlatform() {
		return this.properties.getPlatform().platform();
	}

}
