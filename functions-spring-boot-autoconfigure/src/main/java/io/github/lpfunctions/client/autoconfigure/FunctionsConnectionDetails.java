package io.github.lpfunctions.client.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

import io.github.lpfunctions.client.Platform;

/**
 * Details for connecting to LivePerson Functions: the account, its credentials and where
 * its services are. By default taken from the {@code liveperson.functions.*} properties;
 * define a bean of this type (a test kit or an emulator does) to supply them otherwise.
 *
 * @author LivePerson Functions for Spring contributors
 */
public interface FunctionsConnectionDetails extends ConnectionDetails {

	/**
	 * Return the LivePerson account (site) id.
	 * @return the account id, or {@code null} when not configured
	 */
	@Nullable String getAccountId();

	/**
	 * Return the OAuth 2.0 client id of the app installation.
	 * @return the client id, or {@code null} when another authentication is used
	 */
	@Nullable String getClientId();

	/**
	 * Return the OAuth 2.0 client secret of the app installation.
	 * @return the client secret, or {@code null} when another authentication is used
	 */
	@Nullable String getClientSecret();

	/**
	 * Return the base URL of the service discovery API (CSDS); unless overridden, the
	 * default of {@code liveperson.functions.discovery.uri}.
	 * @return the discovery URL
	 */
	default URI getDiscoveryUri() {
		return new FunctionsProperties.Discovery().getUri();
	}

	/**
	 * Return the scheme of discovered hosts; unless overridden, the default of
	 * {@code liveperson.functions.discovery.scheme}.
	 * @return {@code https}, or {@code http} for loopback test setups
	 */
	default String getDiscoveryScheme() {
		return new FunctionsProperties.Discovery().getScheme();
	}

	/**
	 * Return the URL of the invocation gateway that bypasses discovery.
	 * @return the gateway URL, or {@code null} to discover it
	 */
	default @Nullable URI getGatewayUri() {
		return null;
	}

	/**
	 * Return the URL of the authorization server that bypasses discovery.
	 * @return the authorization server URL, or {@code null} to discover it
	 */
	default @Nullable URI getSentinelUri() {
		return null;
	}

	/**
	 * Return the URL of the function management host that bypasses discovery.
	 * @return the management URL, or {@code null} to discover it
	 */
	default @Nullable URI getManagementUri() {
		return null;
	}

	/**
	 * Return the platform generation of the account.
	 * @return the platform, or {@code null} to detect it from the gateway host
	 */
	default @Nullable Platform getPlatform() {
		return null;
	}

}
