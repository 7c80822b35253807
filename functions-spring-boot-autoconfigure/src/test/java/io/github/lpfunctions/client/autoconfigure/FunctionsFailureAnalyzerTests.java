package io.github.lpfunctions.client.autoconfigure;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FunctionsFailureAnalyzer}: a context that fails on a missing or wrong
 * property is analysed into a description and an action that name the property.
 */
class FunctionsFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class));

	@Test
	void missingAccountId() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.account-id")
				.contains("Value: (none)")
				.contains("Reason: it is required");
			assertThat(analysis.getAction()).contains("LivePerson account (site) id")
				.contains("'liveperson.functions.enabled' to false");
		}, "liveperson.functions.client-id=id", "liveperson.functions.client-secret=secret");
	}

	@Test
	void malformedAccountId() {
		analyze((analysis) -> assertThat(analysis.getDescription())
			.contains("Property: liveperson.functions.account-id")
			.contains("Value: \"12 34\"")
			.contains("only letters, digits"), "liveperson.functions.account-id=12 34",
				"liveperson.functions.client-id=id", "liveperson.functions.client-secret=secret");
	}

	@Test
	void missingClientId() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.client-id")
				.contains("Reason: it is required");
			assertThat(analysis.getAction()).contains("client id of your LivePerson app installation");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-secret=secret");
	}

	@Test
	void missingClientSecret() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.client-secret")
				.contains("Value: (none)");
			assertThat(analysis.getAction()).contains("client secret of your LivePerson app installation")
				.contains("LIVEPERSON_FUNCTIONS_CLIENT_SECRET");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-id=id");
	}

	@Test
	void unknownRegion() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.region")
				.contains("Value: \"mars\"")
				.contains("use one of us, emea, apac");
			assertThat(analysis.getAction()).contains("Set 'liveperson.functions.region' to us, emea or apac");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.region=mars");
	}

	@Test
	void unknownPlatform() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.platform")
				.contains("Value: \"v3\"")
				.contains("use one of auto, v1, v2");
			assertThat(analysis.getAction()).contains("Set 'liveperson.functions.platform' to auto");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.platform=v3");
	}

	@Test
	void discoveryOffWithoutDomains() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.region")
				.contains("discovery is disabled");
			assertThat(analysis.getAction()).contains("liveperson.functions.endpoints.gateway")
				.contains("liveperson.functions.endpoints.sentinel");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.discovery.enabled=false");
	}

	@Test
	void endpointWithAPath() {
		analyze((analysis) -> assertThat(analysis.getDescription())
			.contains("Property: liveperson.functions.endpoints.gateway")
			.contains("plain scheme://host[:port] URL"), "liveperson.functions.account-id=123",
				"liveperson.functions.client-id=id", "liveperson.functions.client-secret=secret",
				"liveperson.functions.endpoints.gateway=https://gw.example.com/api");
	}

	@Test
	void maxDelayBelowBaseDelay() {
		analyze((analysis) -> assertThat(analysis.getDescription())
			.contains("Property: liveperson.functions.retry.max-delay"), "liveperson.functions.account-id=123",
				"liveperson.functions.client-id=id", "liveperson.functions.client-secret=secret",
				"liveperson.functions.retry.base-delay=5s", "liveperson.functions.retry.max-delay=1s");
	}

	@Test
	void nonPositiveTimeout() {
		analyze((analysis) -> assertThat(analysis.getDescription()).contains("Property: liveperson.functions.timeout")
			.contains("Value: \"PT0S\""), "liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.timeout=0s");
	}

	@Test
	void noConnections() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.max-connections")
				.contains("Value: \"0\"")
				.contains("at least one connection is needed");
			assertThat(analysis.getAction()).contains("Set 'liveperson.functions.max-connections' to 1 or more.");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.max-connections=0");
	}

	@Test
	void emptyMaxRequestSize() {
		analyze((analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.max-request-size")
				.contains("Value: \"0B\"")
				.contains("between 1B and 2GB");
			assertThat(analysis.getAction()).contains("Set 'liveperson.functions.max-request-size' to a size");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.max-request-size=0B");
	}

	@Test
	void secretIsNeverPartOfTheAnalysis() {
		analyze((analysis) -> assertThat(analysis.getDescription() + analysis.getAction())
			.doesNotContain("very-secret-value"), "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=very-secret-value");
	}

	@Test
	void unknownSslBundle() {
		analyze(this.contextRunner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class)), (analysis) -> {
			assertThat(analysis.getDescription()).contains("Property: liveperson.functions.ssl.bundle")
				.contains("Value: \"corporate\"")
				.contains("Reason: no SSL bundle of that name is configured");
			assertThat(analysis.getAction()).contains("spring.ssl.bundle.pem.corporate");
		}, "liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.ssl.bundle=corporate");
	}

	@Test
	void sslBundleWithoutSslAutoConfiguration() {
		analyze((analysis) -> assertThat(analysis.getDescription())
			.contains("Property: liveperson.functions.ssl.bundle")
			.contains("Reason: the application has no SslBundles bean"), "liveperson.functions.account-id=123",
				"liveperson.functions.client-id=id", "liveperson.functions.client-secret=secret",
				"liveperson.functions.ssl.bundle=corporate");
	}

	@Test
	void sslBundleWithoutSpringBootHttpClient() {
		analyze(this.contextRunner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.http.client")),
				(analysis) -> assertThat(analysis.getDescription())
					.contains("Property: liveperson.functions.ssl.bundle")
					.contains("Reason: spring-boot-http-client is not on the class path"),
				"liveperson.functions.account-id=123", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "liveperson.functions.ssl.bundle=corporate");
	}

	@Test
	void negativeTokenFailurePause() {
		analyze((analysis) -> assertThat(analysis.getDescription())
			.contains("Property: liveperson.functions.token.failure-pause")
			.contains("Reason: the duration must not be negative"), "liveperson.functions.account-id=123",
				"liveperson.functions.client-id=id", "liveperson.functions.client-secret=secret",
				"liveperson.functions.token.failure-pause=-1s");
	}

	@Test
	void zeroTokenRefreshAhead() {
		analyze((analysis) -> assertThat(analysis.getDescription())
			.contains("Property: liveperson.functions.token.refresh-ahead")
			.contains("Reason: the duration must be positive"), "liveperson.functions.account-id=123",
				"liveperson.functions.client-id=id", "liveperson.functions.client-secret=secret",
				"liveperson.functions.token.refresh-ahead=0s");
	}

	private void analyze(Consumer<FailureAnalysis> assertions, String... properties) {
		analyze(this.contextRunner, assertions, properties);
	}

	private void analyze(ApplicationContextRunner runner, Consumer<FailureAnalysis> assertions, String... properties) {
		runner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new FunctionsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertions.accept(analysis);
		});
	}

}
