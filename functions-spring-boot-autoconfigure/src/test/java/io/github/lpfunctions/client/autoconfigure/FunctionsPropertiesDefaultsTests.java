package io.github.lpfunctions.client.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import io.github.lpfunctions.client.FunctionsDefaults;
import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults of {@link FunctionsProperties} are the core's: the properties keep them as
 * literals so that the configuration processor documents them (IDE help, metadata), and
 * this test keeps the two from drifting apart. A default changes in
 * {@link FunctionsDefaults} (or {@link RetrySettings#defaults()}) and here fails until
 * the property follows.
 */
class FunctionsPropertiesDefaultsTests {

	private final FunctionsProperties properties = new FunctionsProperties();

	@Test
	void callDefaultsAreTheCores() {
		assertThat(this.properties.getTimeout()).isEqualTo(FunctionsDefaults.TIMEOUT);
		assertThat(this.properties.getConnectTimeout()).isEqualTo(FunctionsDefaults.CONNECT_TIMEOUT);
		assertThat(this.properties.getConnectionMaxIdleTime()).isEqualTo(FunctionsDefaults.CONNECTION_MAX_IDLE_TIME);
		assertThat(this.properties.getMaxConnections()).isEqualTo(FunctionsDefaults.MAX_CONNECTIONS);
		assertThat(this.properties.getMaxResponseSize())
			.isEqualTo(DataSize.ofBytes(FunctionsDefaults.MAX_RESPONSE_BYTES));
		assertThat(this.properties.getMaxRequestSize())
			.isEqualTo(DataSize.ofBytes(FunctionsDefaults.MAX_REQUEST_BYTES));
		assertThat(this.properties.getTrustedDomains()).isEqualTo(FunctionsDefaults.TRUSTED_DOMAINS);
		assertThat(this.properties.getToken().getFailurePause()).isEqualTo(FunctionsDefaults.TOKEN_FAILURE_PAUSE);
		// unset: the core's rule, relative to each token's lifetime, applies
		assertThat(this.properties.getToken().getRefreshAhead()).isNull();
	}

	@Test
	void discoveryAndCacheDefaultsAreTheCores() {
		assertThat(this.properties.getDiscovery().getUri()).isEqualTo(FunctionsDefaults.DISCOVERY_URI);
		assertThat(this.properties.getDiscovery().getScheme()).isEqualTo(FunctionsDefaults.DISCOVERY_SCHEME);
		assertThat(this.properties.getDiscovery().getTtl()).isEqualTo(FunctionsDefaults.DISCOVERY_TTL);
		assertThat(this.properties.getIsImplemented().getCacheTtl())
			.isEqualTo(FunctionsDefaults.IS_IMPLEMENTED_CACHE_TTL);
		assertThat(this.properties.getIsImplemented().getCacheSize())
			.isEqualTo(FunctionsDefaults.IS_IMPLEMENTED_CACHE_SIZE);
	}

	@Test
	void retryDefaultsAreTheCores() {
		RetrySettings defaults = RetrySettings.defaults();
		FunctionsProperties.Retry retry = this.properties.getRetry();
		assertThat(retry.getMaxAttempts()).isEqualTo(defaults.maxAttempts());
		assertThat(retry.getBaseDelay()).isEqualTo(defaults.baseDelay());
		assertThat(retry.getMaxDelay()).isEqualTo(defaults.maxDelay());
		assertThat(retry.isInvocations()).isEqualTo(defaults.retryInvocations());
		assertThat(retry.getBudget()).isEqualTo(RetryBudget.Settings.defaults().capacity());
	}

}
