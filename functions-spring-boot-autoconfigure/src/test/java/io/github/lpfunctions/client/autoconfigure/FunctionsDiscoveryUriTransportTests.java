package io.github.lpfunctions.client.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever answers {@code liveperson.functions.discovery.uri} chooses where the client
 * secret goes, so it is plain http only to a loopback address (by address, not by name).
 * Nothing is connected to while the context starts, so these run without a server.
 */
class FunctionsDiscoveryUriTransportTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
		.withPropertyValues("liveperson.functions.account-id=12345678",
				"liveperson.functions.client-id=functions-client", "liveperson.functions.client-secret=s3cr3t");

	@ParameterizedTest
	@ValueSource(strings = { "http://127.attacker.example", "http://127.0.0.1.nip.io:8080", "http://a.localhost",
			"http://localhost.attacker.example", "http://api.liveperson.net" })
	void plainHttpToAForeignHostStopsTheApplication(String uri) {
		this.contextRunner.withPropertyValues("liveperson.functions.discovery.uri=" + uri)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidFunctionsPropertyException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("liveperson.functions.discovery.uri");
					assertThat(ex.getValue()).isEqualTo(uri);
					assertThat(ex.getAction()).contains("https").contains("liveperson.functions.allow-insecure-http");
				}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080", "http://127.0.0.2:8080", "http://[::1]:8080",
			"http://localhost:8080", "https://api.liveperson.net" })
	void httpsOrPlainHttpToALoopbackAddressIsAccepted(String uri) {
		this.contextRunner.withPropertyValues("liveperson.functions.discovery.uri=" + uri)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ReactiveFunctionsTemplate.class));
	}

	@Test
	void allowingInsecureHttpAcceptsAnyHost() {
		this.contextRunner
			.withPropertyValues("liveperson.functions.discovery.uri=http://127.0.0.1.nip.io",
					"liveperson.functions.allow-insecure-http=true")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ReactiveFunctionsTemplate.class));
	}

	@Test
	void anUnusedDiscoveryUriIsNotChecked() {
		this.contextRunner
			.withPropertyValues("liveperson.functions.discovery.uri=http://127.0.0.1.nip.io",
					"liveperson.functions.discovery.enabled=false", "liveperson.functions.region=us")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ReactiveFunctionsTemplate.class));
	}

}
