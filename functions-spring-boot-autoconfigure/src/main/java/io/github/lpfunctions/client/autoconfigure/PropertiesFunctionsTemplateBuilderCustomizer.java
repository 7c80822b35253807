package io.github.lpfunctions.client.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.StringUtils;

import io.github.lpfunctions.client.Platform;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.discovery.Region;

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

	// Plain calls rather than Boot's PropertyMapper: each of its lambdas and method
	// references is a class the JVM spins at start-up, some sixty here.
	@Override
	public void customize(ReactiveFunctionsTemplate.Builder builder) {
		FunctionsProperties properties = this.properties;
		FunctionsConnectionDetails details = this.details;
		builder.accountId(FunctionsPropertyRules.accountId(details.getAccountId()));
		if (this.credentialsRequired) {
			builder.clientCredentials(FunctionsPropertyRules.clientId(details.getClientId()),
					FunctionsPropertyRules.clientSecret(details.getClientSecret()));
		}
		applyDomains(builder);
		FunctionsProperties.Discovery discovery = properties.getDiscovery();
		boolean loopbackOnlyOverHttp = discovery.isEnabled() && !properties.isAllowInsecureHttp();
		builder.discoveryUri(FunctionsPropertyRules.discoveryUri(details.getDiscoveryUri(), loopbackOnlyOverHttp));
		builder.discoveryScheme(FunctionsPropertyRules.discoveryScheme(details.getDiscoveryScheme()));
		builder.discoveryTtl(FunctionsPropertyRules.positive(discovery.getTtl(), "discovery.ttl"));
		Platform platform = details.getPlatform();
		if (platform != null) {
			builder.platform(platform);
		}
		builder.eventSource(FunctionsPropertyRules.eventSource(this.eventSource));
		builder.timeout(FunctionsPropertyRules.positive(properties.getTimeout(), "timeout"));
		builder.connectTimeout(FunctionsPropertyRules.positive(properties.getConnectTimeout(), "connect-timeout"));
		builder.connectionMaxIdleTime(
				FunctionsPropertyRules.positive(properties.getConnectionMaxIdleTime(), "connection-max-idle-time"));
		builder.maxConnections(FunctionsPropertyRules.maxConnections(properties.getMaxConnections()));
		FunctionsProperties.IsImplemented isImplemented = properties.getIsImplemented();
		builder.isImplementedCacheTtl(
				FunctionsPropertyRules.notNegative(isImplemented.getCacheTtl(), "is-implemented.cache-ttl"));
		builder.isImplementedCacheSize(FunctionsPropertyRules.cacheSize(isImplemented.getCacheSize()));
		builder.retry(FunctionsPropertyRules.retry(properties.getRetry()));
		builder.maxResponseBytes(FunctionsPropertyRules.maxResponseBytes(properties.getMaxResponseSize()));
		builder.maxRequestBytes(FunctionsPropertyRules.maxRequestBytes(properties.getMaxRequestSize()));
		builder.allowInsecureHttp(properties.isAllowInsecureHttp());
		String bundle = properties.getSsl().getBundle();
		if (StringUtils.hasText(bundle)) {
			FunctionsSslBundle.apply(builder, bundle.trim(), this.sslBundles, this.classLoader);
		}
		builder.trustedDomains(FunctionsPropertyRules.trustedDomains(properties.getTrustedDomains()));
		FunctionsProperties.Token token = properties.getToken();
		builder.tokenFailurePause(FunctionsPropertyRules.notNegative(token.getFailurePause(), "token.failure-pause"));
		Duration refreshAhead = token.getRefreshAhead();
		if (refreshAhead != null) {
			builder.tokenRefreshAhead(FunctionsPropertyRules.positive(refreshAhead, "token.refresh-ahead"));
		}
	}

	// the region and the endpoints say whether the domains are known without discovery
	private void applyDomains(ReactiveFunctionsTemplate.Builder builder) {
		URI gateway = FunctionsPropertyRules.endpoint(this.details.getGatewayUri(), "endpoints.gateway");
		URI sentinel = FunctionsPropertyRules.endpoint(this.details.getSentinelUri(), "endpoints.sentinel");
		URI management = FunctionsPropertyRules.endpoint(this.details.getManagementUri(), "endpoints.management");
		boolean discovery = this.properties.getDiscovery().isEnabled();
		Region region = this.properties.getRegion();
		FunctionsPropertyRules.domainsKnown(discovery, region, gateway, sentinel);
		if (region != null) {
			builder.region(region);
		}
		builder.discoveryEnabled(discovery);
		builder.endpoints(gateway, sentinel, management);
		builder.loginEndpoint(
				FunctionsPropertyRules.endpoint(this.properties.getEndpoints().getLogin(), "endpoints.login"));
	}

}
