package io.github.lpfunctions.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Credentials and tokens go only to discovered hosts under the trusted domains
 * ({@code liveperson.net} by default) or loopback. The emulator answers discovery with a
 * foreign host whose port is a local server counting connections, and the client resolves
 * every name to 127.0.0.1: a refused host shows there as zero connections and zero
 * look-ups, while the same answer with its domain trusted does arrive.
 */
class TrustedDomainsIntegrationTests {

	private static final String FOREIGN_HOSTS_MESSAGE = "'liveperson.functions.trusted-domains'";

	private static FunctionsEmulator liveperson;

	private final List<FunctionsTemplate> templates = new ArrayList<>();

	private final ConnectionCounter victim = new ConnectionCounter();

	private final LocalNames names = new LocalNames();

	private RequestCapture tokens;

	@BeforeAll
	static void start() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void reset() {
		liveperson.reset();
		this.tokens = liveperson.faults().capture(Endpoint.TOKEN);
	}

	@AfterEach
	void close() {
		this.templates.forEach(FunctionsTemplate::close);
		this.victim.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1.evil.example", "va.sentinel.evil.example", "evilliveperson.net",
			"liveperson.net.evil.example" })
	void aDiscoveredAuthorizationServerOutsideTheTrustedDomainsGetsNoCredentials(String host) {
		answerDiscovery(local(), host + ":" + this.victim.port());
		FunctionsTemplate template = template(builder());
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template.invokeByUuid(Emulators.UUID, Map.of("a", 1), Map.class))
			.withMessageContaining("Service discovery failed")
			.withMessageContaining("'" + host + "' for 'sentinel'")
			.withMessageContaining("'trustedDomains'")
			.withMessageContaining(FOREIGN_HOSTS_MESSAGE);
		assertThat(this.victim.connections()).isZero();
		assertThat(this.names.looked()).isEmpty();
		assertThat(this.tokens.count()).isZero();
		assertThat(liveperson.requests().to(Endpoint.INVOKE)).isEmpty();
	}

	@Test
	void aDiscoveredGatewayOutsideTheTrustedDomainsGetsNoToken() {
		answerDiscovery("va.faasgw.evil.example:" + this.victim.port(), local());
		FunctionsTemplate template = template(builder());
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template.invokeByUuid(Emulators.UUID, Map.of("a", 1), Map.class))
			.withMessageContaining("'va.faasgw.evil.example' for 'faasGW'")
			.withMessageContaining(FOREIGN_HOSTS_MESSAGE);
		assertThat(this.tokens.count()).isZero();
		assertThat(this.victim.connections()).isZero();
		assertThat(this.names.looked()).isEmpty();
	}

	@Test
	void theConnectionCheckReportsTheForeignHostAsADiscoveryFailure() {
		answerDiscovery(local(), "va.sentinel.evil.example:" + this.victim.port());
		ReactiveFunctionsTemplate template = template(builder()).getReactiveTemplate();
		ConnectionCheck check = template.checkConnection().block();
		assertThat(check).isNotNull();
		assertThat(check.failedStep()).isEqualTo(ConnectionCheck.Step.DISCOVERY);
		assertThat(check.failure()).isInstanceOf(FaaSException.class)
			.hasMessageContaining("'va.sentinel.evil.example' for 'sentinel'");
		assertThat(this.tokens.count()).isZero();
		assertThat(this.victim.connections()).isZero();
	}

	@Test
	void theSameAnswerArrivesOnceItsDomainIsTrusted() {
		answerDiscovery(local(), "va.sentinel.evil.example:" + this.victim.port());
		FunctionsTemplate template = template(
				builder().trustedDomains(List.of("liveperson.net", "Evil.Example.")).allowInsecureHttp(true));
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template.invokeByUuid(Emulators.UUID, Map.of("a", 1), Map.class));
		assertThat(this.victim.connections()).isOne();
		assertThat(this.names.looked()).containsOnly("va.sentinel.evil.example");
	}

	@Test
	void anExplicitlyConfiguredAuthorizationServerReplacesTheForeignOne() {
		answerDiscovery(local(), "va.sentinel.evil.example:" + this.victim.port());
		URI sentinel = URI.create("http://" + local());
		FunctionsTemplate template = template(builder().endpoints(null, sentinel, null));
		assertThat(template.invokeByUuid(Emulators.UUID, Map.of("a", 1), Map.class)).containsEntry("ok", true);
		assertThat(this.tokens.count()).isOne();
		assertThat(this.victim.connections()).isZero();
	}

	@Test
	void loopbackHostsAreTrustedWhateverTheList() {
		FunctionsTemplate template = template(builder().trustedDomains(List.of()));
		assertThat(template.invokeByUuid(Emulators.UUID, Map.of("a", 1), Map.class)).containsEntry("ok", true);
		assertThat(this.tokens.count()).isOne();
	}

	private void answerDiscovery(String gateway, String sentinel) {
		liveperson.faults()
			.respond(Endpoint.DISCOVERY, (request) -> ScriptedResponse.discovery(Emulators.ACCOUNT,
					Map.of("faasGW", gateway, "sentinel", sentinel)));
	}

	// by address, so that the only names the client looks up are the foreign ones
	private static String local() {
		return "127.0.0.1:" + liveperson.port();
	}

	private ReactiveFunctionsTemplate.Builder builder() {
		return Emulators.templateBuilder(URI.create("http://" + local()), "http")
			.retry(RetrySettings.none())
			.httpClientCustomizer((httpClient) -> httpClient.resolver(this.names));
	}

	private FunctionsTemplate template(ReactiveFunctionsTemplate.Builder builder) {
		FunctionsTemplate template = new FunctionsTemplate(builder.build());
		this.templates.add(template);
		return template;
	}

}
