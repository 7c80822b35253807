package io.github.lpfunctions.client.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundles;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * {@link FunctionsTemplateBuilderCustomizer} that applies {@link FunctionsProperties} and
 * {@link FunctionsConnectionDetails}, each value checked by its
 * {@link FunctionsPropertyRules rule} first. Applied before every customizer bean, so
 * that those see and can override what the properties set.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class PropertiesFunctionsTemplateBuilderCustomizer implements FunctionsTemplateBuilderCustomizer {

	private final FunctionsProperties properties;

	private final FunctionsConnectionDetails details;

	private final String eventSource;

	private final boolean credentialsRequired;

	private final @Nullable SslBundles sslBundles;

	private final @Nullable ClassLoader classLoader;

	/**
	 * Create a customizer.
	 * @param properties the properties
	 * @param details the connection details
	 * @param eventSource the event source to send
	 * @param credentialsRequired whether the client credentials must be configured (no
	 * other authentication is available)
	 * @param sslBundles the application's SSL bundles, {@code null} when there are none
	 * @param classLoader the application's class loader
	 */
	PropertiesFunctionsTemplateBuilderCustomizer(FunctionsProperties properties, FunctionsConnectionDetails details,
			String eventSource, boolean credentialsRequired, @Nullable SslBundles sslBundles,
			@Nullable ClassLoader classLoader) {
		this.properties = properties;
		this.details = details;
		this.eventSource = eventSource;
		this.credentialsRequired = credentialsRequired;
		this.sslBundles = sslBundles;
		this.classLoader = classLoader;
	}

	@Override
	public void customize(ReactiveFunctionsTemplate.Builder builder) {
		PropertyMapper map = PropertyMapper.get();
		FunctionsProperties properties = this.properties;
		FunctionsConnectionDetails details = this.details;
		map.from(details::getAccountId).always().as(FunctionsPropertyRules::accountId).to(builder::accountId);
		if (this.credentialsRequired) {
			builder.clientCredentials(FunctionsPropertyRules.clientId(details.getClientId()),
					FunctionsPropertyRules.clientSecret(details.getClientSecret()));
		}
		applyDomains(builder, map);
		FunctionsProperties.Discovery discovery = properties.getDiscovery();
		boolean loopbackOnlyOverHttp = discovery.isEnabled() && !properties.isAllowInsecureHttp();
		map.from(details::getDiscoveryUri)
			.as((uri) -> FunctionsPropertyRules.discoveryUri(uri, loopbackOnlyOverHttp))
			.to(builder::discoveryUri);
		map.from(details::getDiscoveryScheme).as(FunctionsPropertyRules::discoveryScheme).to(builder::discoveryScheme);
		map.from(discovery::getTtl)
			.as((ttl) -> FunctionsPropertyRules.positive(ttl, "discovery.ttl"))
			.to(builder::discoveryTtl);
		map.from(details::getPlatform).to(builder::platform);
		map.from(this.eventSource).as(FunctionsPropertyRules::eventSource).to(builder::eventSource);
		map.from(properties::getTimeout)
			.as((timeout) -> FunctionsPropertyRules.positive(timeout, "timeout"))
			.to(builder::timeout);
		map.from(properties::getConnectTimeout)
			.as((timeout) -> FunctionsPropertyRules.positive(timeout, "connect-timeout"))
			.to(builder::connectTimeout);
		map.from(properties::getConnectionMaxIdleTime)
			.as((idle) -> FunctionsPropertyRules.positive(idle, "connection-max-idle-time"))
			.to(builder::connectionMaxIdleTime);
		map.from(properties::getMaxConnections).as(FunctionsPropertyRules::maxConnections).to(builder::maxConnections);
		FunctionsProperties.IsImplemented isImplemented = properties.getIsImplemented();
		map.from(isImplemented::getCacheTtl)
			.as((ttl) -> FunctionsPropertyRules.notNegative(ttl, "is-implemented.cache-ttl"))
			.to(builder::isImplementedCacheTtl);
		map.from(isImplemented::getCacheSize).as(FunctionsPropertyRules::cacheSize).to(builder::isImplementedCacheSize);
		map.from(properties::getRetry).as(FunctionsPropertyRules::retry).to(builder::retry);
		map.from(properties::getMaxResponseSize)
			.as(FunctionsPropertyRules::maxResponseBytes)
			.to(builder::maxResponseBytes);
		map.from(properties::getMaxRequestSize)
			.as(FunctionsPropertyRules::maxRequestBytes)
			.to(builder::maxRequestBytes);
		map.from(properties::isAllowInsecureHttp).to(builder::allowInsecureHttp);
		map.from(properties.getSsl()::getBundle)
			.whenHasText()
			.as(String::trim)
			.to((bundle) -> FunctionsSslBundle.apply(builder, bundle, this.sslBundles, this.classLoader));
		map.from(properties::getTrustedDomains).as(FunctionsPropertyRules::trustedDomains).to(builder::trustedDomains);
		map.from(properties.getToken()::getFailurePause)
			.as((pause) -> FunctionsPropertyRules.notNegative(pause, "token.failure-pause"))
			.to(builder::tokenFailurePause);
		map.from(properties.getToken()::getRefreshAhead)
			.as((ahead) -> FunctionsPropertyRules.positive(ahead, "token.refresh-ahead"))
			.to(builder::tokenRefreshAhead);
	}

	// the region and the endpoints say whether the domains are known without discovery
	private void applyDomains(ReactiveFunctionsTemplate.Builder builder, PropertyMapper map) {
		URI gateway = FunctionsPropertyRules.endpoint(this.details.getGatewayUri(), "endpoints.gateway");
		URI sentinel = FunctionsPropertyRules.endpoint(this.details.getSentinelUri(), "endpoints.sentinel");
		URI management = FunctionsPropertyRules.endpoint(this.details.getManagementUri(), "endpoints.management");
		boolean discovery = this.properties.getDiscovery().isEnabled();
		FunctionsPropertyRules.domainsKnown(discovery, this.properties.getRegion(), gateway, sentinel);
		map.from(this.properties::getRegion).to(builder::region);
		map.from(discovery).to(builder::discoveryEnabled);
		builder.endpoints(gateway, sentinel, management);
		builder.loginEndpoint(
				FunctionsPropertyRules.endpoint(this.properties.getEndpoints().getLogin(), "endpoints.login"));
	}

}
