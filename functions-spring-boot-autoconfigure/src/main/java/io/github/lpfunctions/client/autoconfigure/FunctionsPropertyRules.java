package io.github.lpfunctions.client.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

import io.github.lpfunctions.client.discovery.Region;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.client.support.TransportSecurity;
import io.github.lpfunctions.client.support.TrustedDomains;

/**
 * The rules a {@code liveperson.functions.*} value must meet, each written once. A value
 * that breaks one fails with an {@link InvalidFunctionsPropertyException} naming the
 * property and what to do, which {@code FunctionsFailureAnalyzer} reports at startup.
 * Each rule returns the value it checked, normalized where the client needs it so.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionsPropertyRules {

	private static final String PREFIX = FunctionsProperties.PREFIX + ".";

	private static final String SWITCH_OFF = " To run without the LivePerson Functions client, set '" + PREFIX
			+ "enabled' to false.";

	private static final String ACCOUNT_ID_ACTION = "Set it to your LivePerson account (site) id, such as '12345678'.";

	private static final String EVENT_SOURCE_ACTION = "Set '" + PREFIX
			+ "event-source' to a plain name such as 'my-service'.";

	private FunctionsPropertyRules() {
	}

	static String accountId(@Nullable String accountId) {
		String value = required(accountId, "account-id", ACCOUNT_ID_ACTION);
		if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
			throw new InvalidFunctionsPropertyException(PREFIX + "account-id", value,
					"an account id contains only letters, digits and . _ -", ACCOUNT_ID_ACTION);
		}
		return value;
	}

	static String clientId(@Nullable String clientId) {
		return required(clientId, "client-id",
				"Set it to the client id of your LivePerson app installation (LivePerson creates it "
						+ "on request through your account representative).");
	}

	// never the value: it is a secret
	static String clientSecret(@Nullable String clientSecret) {
		return required(clientSecret, "client-secret",
				"Set it to the client secret of your LivePerson app installation, preferably from an "
						+ "environment variable (LIVEPERSON_FUNCTIONS_CLIENT_SECRET) or a secret store.");
	}

	/**
	 * The report of a {@code region} that is none of the {@link Region}s.
	 * @param value the value that was set
	 * @return the exception to report
	 */
	static InvalidFunctionsPropertyException unknownRegion(String value) {
		return new InvalidFunctionsPropertyException(PREFIX + "region", value,
				"unknown region; use one of us, emea, apac",
				"Set '" + PREFIX + "region' to us, emea or apac (the data centre of your account), or remove it.");
	}

	/**
	 * The report of a {@code platform} that is none of the
	 * {@link FunctionsProperties.PlatformMode}s.
	 * @param value the value that was set
	 * @return the exception to report
	 */
	static InvalidFunctionsPropertyException unknownPlatform(String value) {
		return new InvalidFunctionsPropertyException(PREFIX + "platform", value,
				"unknown platform; use one of auto, v1, v2",
				"Set '" + PREFIX + "platform' to auto (detect it from the gateway host), v1 or v2.");
	}

	static @Nullable URI endpoint(@Nullable URI uri, String property) {
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

	/**
	 * Check that the domains of the account are known without discovery when it is off.
	 * @param discovery whether discovery is enabled
	 * @param region the region, if any
	 * @param gateway the gateway endpoint, if any
	 * @param sentinel the authorization server endpoint, if any
	 */
	static void domainsKnown(boolean discovery, @Nullable Region region, @Nullable URI gateway,
			@Nullable URI sentinel) {
		if (!discovery && region == null && (gateway == null || sentinel == null)) {
			throw new InvalidFunctionsPropertyException(PREFIX + "region", null,
					"discovery is disabled, so the domains must be configured",
					"Set '" + PREFIX + "region' to us, emea or apac, or set both '" + PREFIX
							+ "endpoints.gateway' and '" + PREFIX + "endpoints.sentinel', or enable '" + PREFIX
							+ "discovery.enabled'.");
		}
	}

	// without a trailing slash: the client appends paths to it
	static URI discoveryUri(URI uri, boolean loopbackOnlyOverHttp) {
		if (!isHttp(uri.getScheme()) || uri.getHost() == null) {
			throw new InvalidFunctionsPropertyException(PREFIX + "discovery.uri", uri.toString(),
					"the discovery URL must be an http or https URL",
					"Set '" + PREFIX + "discovery.uri' to a URL such as 'https://api.liveperson.net'.");
		}
		if (loopbackOnlyOverHttp && "http".equalsIgnoreCase(uri.getScheme())
				&& !TransportSecurity.isLoopback(uri.getHost())) {
			throw new InvalidFunctionsPropertyException(PREFIX + "discovery.uri", uri.toString(),
					"its answer decides where the client secret goes, so plain http is allowed only to a loopback "
							+ "address (127.0.0.0/8, [::1] or localhost)",
					"Set '" + PREFIX + "discovery.uri' to an https URL such as 'https://api.liveperson.net', or set '"
							+ PREFIX + "allow-insecure-http' to true for a test setup.");
		}
		String value = uri.toString();
		return value.endsWith("/") ? URI.create(value.substring(0, value.length() - 1)) : uri;
	}

	static String discoveryScheme(String scheme) {
		if (!isHttp(scheme)) {
			throw new InvalidFunctionsPropertyException(PREFIX + "discovery.scheme", scheme,
					"the scheme of discovered hosts is https or http",
					"Set '" + PREFIX + "discovery.scheme' to https (or http for loopback test setups).");
		}
		return scheme.toLowerCase(Locale.ROOT);
	}

	// sent in a header: printable ASCII only
	static String eventSource(String eventSource) {
		if (!eventSource.chars().allMatch((c) -> c >= 0x20 && c < 0x7F)) {
			throw new InvalidFunctionsPropertyException(PREFIX + "event-source", eventSource,
					"the event source is sent in a header and must be printable ASCII", EVENT_SOURCE_ACTION);
		}
		if (eventSource.isBlank()) {
			throw new InvalidFunctionsPropertyException(PREFIX + "event-source", eventSource,
					"the event source must not be blank", EVENT_SOURCE_ACTION);
		}
		return eventSource;
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

	static int cacheSize(int size) {
		return atLeast(0, size, "is-implemented.cache-size", "the size must not be negative",
				"Set '" + PREFIX + "is-implemented.cache-size' to 0 or more.");
	}

	static int maxConnections(int maxConnections) {
		return atLeast(1, maxConnections, "max-connections", "at least one connection is needed",
				"Set '" + PREFIX + "max-connections' to 1 or more.");
	}

	static int maxResponseBytes(DataSize size) {
		return sizeLimit(size, "max-response-size");
	}

	static int maxRequestBytes(DataSize size) {
		return sizeLimit(size, "max-request-size");
	}

	private static int sizeLimit(DataSize size, String property) {
		long bytes = size.toBytes();
		if (bytes < 1 || bytes > Integer.MAX_VALUE) {
			throw new InvalidFunctionsPropertyException(PREFIX + property, size.toString(),
					"the limit must be between 1B and 2GB", "Set '" + PREFIX + property + "' to a size such as 10MB.");
		}
		return (int) bytes;
	}

	static RetrySettings retry(FunctionsProperties.Retry retry) {
		int maxAttempts = atLeast(1, retry.getMaxAttempts(), "retry.max-attempts", "at least one attempt is needed",
				"Set '" + PREFIX + "retry.max-attempts' to 1 (no retries) or more.");
		Duration base = notNegative(retry.getBaseDelay(), "retry.base-delay");
		if (retry.getMaxDelay().compareTo(base) < 0) {
			throw new InvalidFunctionsPropertyException(PREFIX + "retry.max-delay", retry.getMaxDelay().toString(),
					"the longest back-off is shorter than 'retry.base-delay' (" + base + ")",
					"Set '" + PREFIX + "retry.max-delay' to at least '" + PREFIX + "retry.base-delay'.");
		}
		int budget = atLeast(0, retry.getBudget(), "retry.budget", "the retry budget cannot be negative",
				"Set '" + PREFIX + "retry.budget' to 0 (no retries) or more.");
		return new RetrySettings(maxAttempts, base, retry.getMaxDelay(), retry.isInvocations(),
				new RetryBudget.Settings(budget, RetryBudget.Settings.defaults().retryCost()));
	}

	static List<String> trustedDomains(List<String> domains) {
		try {
			return TrustedDomains.of(domains, "trusted-domains").domains();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFunctionsPropertyException(PREFIX + "trusted-domains", String.join(",", domains),
					"each entry is a domain name such as liveperson.net (no scheme, port or wildcard)",
					"Set '" + PREFIX + "trusted-domains' to domain names such as 'liveperson.net', or remove it.");
		}
	}

	private static String required(@Nullable String value, String property, String action) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidFunctionsPropertyException(PREFIX + property, null, "it is required", action + SWITCH_OFF);
		}
		return value.trim();
	}

	private static int atLeast(int minimum, int value, String property, String reason, String action) {
		if (value < minimum) {
			throw new InvalidFunctionsPropertyException(PREFIX + property, String.valueOf(value), reason, action);
		}
		return value;
	}

	private static boolean isHttp(@Nullable String scheme) {
		return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
	}

}
