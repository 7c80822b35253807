package io.github.lpfunctions.client.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

import io.github.lpfunctions.client.Platform;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.discovery.Region;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.client.support.TransportSecurity;

/**
 * Turns {@link FunctionsProperties} and {@link FunctionsConnectionDetails} into the
 * settings of a {@link ReactiveFunctionsTemplate.Builder}, checking each value first so
 * that a wrong one is reported with the name of its property.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionsSettings {

	private static final String PREFIX = FunctionsProperties.PREFIX + ".";

	private static final String SWITCH_OFF = " To run without the LivePerson Functions client, set '" + PREFIX
			+ "enabled' to false.";

	private FunctionsSettings() {
	}

	/**
	 * Apply the properties and connection details to a builder.
	 * @param builder the builder to configure
	 * @param properties the properties
	 * @param details the connection details
	 * @param eventSource the event source to send
	 * @param credentialsRequired whether the client credentials must be configured (no
	 * other authentication is available)
	 */
	static void apply(ReactiveFunctionsTemplate.Builder builder, FunctionsProperties properties,
			FunctionsConnectionDetails details, String eventSource, boolean credentialsRequired) {
		builder.accountId(accountId(details));
		if (credentialsRequired) {
			builder.clientCredentials(
					required(details.getClientId(), "client-id",
							"Set it to the client id of your LivePerson app installation (LivePerson creates it "
									+ "on request through your account representative)."),
					required(details.getClientSecret(), "client-secret",
							"Set it to the client secret of your LivePerson app installation, preferably from an "
									+ "environment variable (LIVEPERSON_FUNCTIONS_CLIENT_SECRET) or a secret store."));
		}
		Region region = region(properties.getRegion());
		URI gateway = endpoint(details.getGatewayUri(), "endpoints.gateway");
		URI sentinel = endpoint(details.getSentinelUri(), "endpoints.sentinel");
		URI management = endpoint(details.getManagementUri(), "endpoints.management");
		boolean discovery = properties.getDiscovery().isEnabled();
		if (!discovery && region == null && (gateway == null || sentinel == null)) {
			throw new InvalidFunctionsPropertyException(PREFIX + "region", null,
					"discovery is disabled, so the domains must be configured",
					"Set '" + PREFIX + "region' to us, emea or apac, or set both '" + PREFIX
							+ "endpoints.gateway' and '" + PREFIX + "endpoints.sentinel', or enable '" + PREFIX
							+ "discovery.enabled'.");
		}
		builder.region(region)
			.discoveryEnabled(discovery)
			.discoveryUri(discoveryUri(details.getDiscoveryUri(), discovery && !properties.isAllowInsecureHttp()))
			.discoveryScheme(scheme(details.getDiscoveryScheme()))
			.discoveryTtl(positive(properties.getDiscovery().getTtl(), "discovery.ttl"))
			.endpoints(gateway, sentinel, management)
			.platform(details.getPlatform())
			.eventSource(eventSource(eventSource))
			.timeout(positive(properties.getTimeout(), "timeout"))
			.connectTimeout(positive(properties.getConnectTimeout(), "connect-timeout"))
			.connectionMaxIdleTime(positive(properties.getConnectionMaxIdleTime(), "connection-max-idle-time"))
			.isImplementedCacheTtl(notNegative(properties.getIsImplemented().getCacheTtl(), "is-implemented.cache-ttl"))
			.isImplementedCacheSize(cacheSize(properties.getIsImplemented().getCacheSize()))
			.retry(retry(properties.getRetry()))
			.maxResponseBytes(maxResponseBytes(properties.getMaxResponseSize()))
			.allowInsecureHttp(properties.isAllowInsecureHttp());
	}

	static String accountId(FunctionsConnectionDetails details) {
		String accountId = required(details.getAccountId(), "account-id",
				"Set it to your LivePerson account (site) id, such as '12345678'.");
		if (!accountId.matches("[A-Za-z0-9._-]{1,64}")) {
			throw new InvalidFunctionsPropertyException(PREFIX + "account-id", accountId,
					"an account id contains only letters, digits and . _ -",
					"Set it to your LivePerson account (site) id, such as '12345678'.");
		}
		return accountId;
	}

	static @Nullable Platform platform(@Nullable String value) {
		String name = (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "auto";
		return switch (name) {
			case "", "auto" -> null;
			case "v1" -> Platform.V1;
			case "v2" -> Platform.V2;
			default -> throw new InvalidFunctionsPropertyException(PREFIX + "platform", value,
					"unknown platform; use one of auto, v1, v2",
					"Set '" + PREFIX + "platform' to auto (detect it from the gateway host), v1 or v2.");
		};
	}

	static @Nullable Region region(@Nullable String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return Region.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFunctionsPropertyException(PREFIX + "region", value,
					"unknown region; use one of us, emea, apac",
					"Set '" + PREFIX + "region' to us, emea or apac (the data centre of your account), or remove it.");
		}
	}

	private static String required(@Nullable String value, String property, String action) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidFunctionsPropertyException(PREFIX + property, null, "it is required", action + SWITCH_OFF);
		}
		return value.trim();
	}

	private static @Nullable URI endpoint(@Nullable URI uri, String property) {
		if (uri == null) {
			return null;
		}
		try {
			return ServiceEndpoints.baseUri(uri, property);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFunctionsPropertyException(PREFIX + property, uri.toString(),
					"an endpoint is a plain scheme://host[:port] URL", "Set '" + PREFIX + property
							+ "' to a URL such as 'https://va.faasgw.liveperson.net', or remove it to use discovery.");
		}
	}

	private static URI discoveryUri(URI uri, boolean loopbackOnlyOverHttp) {
		String scheme = uri.getScheme();
		if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
				|| uri.getHost() == null) {
			throw new InvalidFunctionsPropertyException(PREFIX + "discovery.uri", uri.toString(),
					"the discovery URL must be an http or https URL",
					"Set '" + PREFIX + "discovery.uri' to a URL such as 'https://api.liveperson.net'.");
		}
		if (loopbackOnlyOverHttp && scheme.equalsIgnoreCase("http") && !TransportSecurity.isLoopback(uri.getHost())) {
			throw new InvalidFunctionsPropertyException(PREFIX + "discovery.uri", uri.toString(),
					"its answer decides where the client secret goes, so plain http is allowed only to a loopback "
							+ "address (127.0.0.0/8, [::1] or localhost)",
					"Set '" + PREFIX + "discovery.uri' to an https URL such as 'https://api.liveperson.net', or set '"
							+ PREFIX + "allow-insecure-http' to true for a test setup.");
		}
		String value = uri.toString();
		return value.endsWith("/") ? URI.create(value.substring(0, value.length() - 1)) : uri;
	}

	private static String scheme(String scheme) {
		if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
			throw new InvalidFunctionsPropertyException(PREFIX + "discovery.scheme", scheme,
					"the scheme of discovered hosts is https or http",
					"Set '" + PREFIX + "discovery.scheme' to https (or http for loopback test setups).");
		}
		return scheme.toLowerCase(Locale.ROOT);
	}

	private static String eventSource(String eventSource) {
		for (int i = 0; i < eventSource.length(); i++) {
			char c = eventSource.charAt(i);
			if (c < 0x20 || c >= 0x7F) {
				throw new InvalidFunctionsPropertyException(PREFIX + "event-source", eventSource,
						"the event source is sent in a header and must be printable ASCII",
						"Set '" + PREFIX + "event-source' to a plain name such as 'my-service'.");
			}
		}
		if (eventSource.isBlank()) {
			throw new InvalidFunctionsPropertyException(PREFIX + "event-source", eventSource,
					"the event source must not be blank",
					"Set '" + PREFIX + "event-source' to a plain name such as 'my-service'.");
		}
		return eventSource;
	}

	private static RetrySettings retry(FunctionsProperties.Retry retry) {
		if (retry.getMaxAttempts() < 1) {
			throw new InvalidFunctionsPropertyException(PREFIX + "retry.max-attempts",
					String.valueOf(retry.getMaxAttempts()), "at least one attempt is needed",
					"Set '" + PREFIX + "retry.max-attempts' to 1 (no retries) or more.");
		}
		Duration base = notNegative(retry.getBaseDelay(), "retry.base-delay");
		if (retry.getMaxDelay().compareTo(base) < 0) {
			throw new InvalidFunctionsPropertyException(PREFIX + "retry.max-delay", retry.getMaxDelay().toString(),
					"the longest back-off is shorter than 'retry.base-delay' (" + base + ")",
					"Set '" + PREFIX + "retry.max-delay' to at least '" + PREFIX + "retry.base-delay'.");
		}
		if (retry.getBudget() < 0) {
			throw new InvalidFunctionsPropertyException(PREFIX + "retry.budget", String.valueOf(retry.getBudget()),
					"the retry budget cannot be negative",
					"Set '" + PREFIX + "retry.budget' to 0 (no retries) or more.");
		}
		return new RetrySettings(retry.getMaxAttempts(), base, retry.getMaxDelay(), retry.isInvocations(),
				new RetryBudget.Settings(retry.getBudget(), RetryBudget.Settings.defaults().retryCost()));
	}

	private static int maxResponseBytes(DataSize size) {
		long bytes = size.toBytes();
		if (bytes < 1 || bytes > Integer.MAX_VALUE) {
			throw new InvalidFunctionsPropertyException(PREFIX + "max-response-size", size.toString(),
					"the limit must be between 1B and 2GB",
					"Set '" + PREFIX + "max-response-size' to a size such as 10MB.");
		}
		return (int) bytes;
	}

	private static int cacheSize(int size) {
		if (size < 0) {
			throw new InvalidFunctionsPropertyException(PREFIX + "is-implemented.cache-size", String.valueOf(size),
					"the size must not be negative", "Set '" + PREFIX + "is-implemented.cache-size' to 0 or more.");
		}
		return size;
	}

	static Duration positive(Duration duration, String property) {
		if (duration.isNegative() || duration.isZero()) {
			throw new InvalidFunctionsPropertyException(PREFIX + property, duration.toString(),
					"the duration must be positive", "Set '" + PREFIX + property + "' to a duration such as 10s.");
		}
		return duration;
	}

	static Duration notNegative(Duration duration, String property) {
		if (duration.isNegative()) {
			throw new InvalidFunctionsPropertyException(PREFIX + property, duration.toString(),
					"the duration must not be negative", "Set '" + PREFIX + property + "' to a duration such as 10s.");
		}
		return duration;
	}

}
