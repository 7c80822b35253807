package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.discovery.Region;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.discovery.StaticEndpointResolver;
import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.test.MovableClock;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Where the account's services are: discovery with its time to live, stale domains when
 * discovery fails, the region fallback on a cold start, and explicit endpoints.
 */
class DiscoveryIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private static FunctionsEmulator liveperson;

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
	}

	@Test
	void reusesDiscoveredDomainsUntilTheirTimeToLiveHasPassed() {
		FunctionsTemplate template = template(Emulators.templateBuilder(liveperson));
		template.invokeByUuid(UUID, null);
		this.clock.advance(Duration.ofMinutes(9));
		template.invokeByUuid(UUID, null);
		assertThat(count(Endpoint.DISCOVERY)).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(2));
		template.invokeByUuid(UUID, null);
		await().atMost(Duration.ofSeconds(5)).until(() -> count(Endpoint.DISCOVERY) == 2);
		assertThat(count(Endpoint.INVOKE)).isEqualTo(3);
	}

	@Test
	void keepsTheLastKnownDomainsWhenDiscoveryFails() {
		FunctionsTemplate template = template(Emulators.templateBuilder(liveperson));
		template.invokeByUuid(UUID, null);
		liveperson.faults().respond(Endpoint.DISCOVERY, (request) -> json(503, "{}"));
		this.clock.advance(Duration.ofMinutes(11));
		for (int i = 0; i < 3; i++) {
			template.invokeByUuid(UUID, null);
		}
		assertThat(count(Endpoint.INVOKE)).isEqualTo(4);
		// One refresh (3 attempts), then a pause before the next.
		await().atMost(Duration.ofSeconds(5)).until(() -> count(Endpoint.DISCOVERY) == 4);
		template.invokeByUuid(UUID, null);
		assertThat(count(Endpoint.DISCOVERY)).isEqualTo(4);
	}

	@Test
	void failsWithAClearMessageWhenDiscoveryFailsOnAColdStartWithoutRegion() {
		liveperson.faults().respond(Endpoint.DISCOVERY, (request) -> json(500, "{}"));
		FunctionsTemplate template = template(Emulators.templateBuilder(liveperson));
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("Service discovery failed for account 123456")
			.withMessageContaining("500");
		assertThat(count(Endpoint.INVOKE)).isZero();
		assertThat(count(Endpoint.DISCOVERY)).isEqualTo(3);
	}

	@Test
	void usesTheRegionsFixedDomainsWhenDiscoveryFailsOnAColdStart() {
		liveperson.faults().respond(Endpoint.DISCOVERY, (request) -> json(503, "{}"));
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson)
			.region(Region.EMEA)
			.retry(fastRetries())
			.authentication(new BearerTokenAuthentication(() -> "no-token-request"))
			.build();
		assertThat(template.checkConnection().block().endpoints().gateway())
			.isEqualTo(URI.create("https://lo.faasgw.liveperson.net"));
		assertThat(template.checkConnection().block().endpoints().sentinel())
			.isEqualTo(URI.create("https://lo.sentinel.liveperson.net"));
	}

	@Test
	void rejectsADiscoveryAnswerWithoutTheGateway() {
		liveperson.faults()
			.respond(Endpoint.DISCOVERY, (request) -> json(200,
					"{\"baseURIs\":[{\"service\":\"sentinel\",\"account\":\"123456\",\"baseURI\":\"localhost:1\"}]}"));
		FunctionsTemplate template = template(Emulators.templateBuilder(liveperson));
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("names no 'faasGW' service");
	}

	@Test
	void rejectsADiscoveredHostThatIsNotAHost() {
		liveperson.faults().respond(Endpoint.DISCOVERY, (request) -> discoveryNaming("evil.example/path?"));
		FunctionsTemplate template = template(Emulators.templateBuilder(liveperson));
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("is not a host[:port]");
		assertThat(count(Endpoint.TOKEN)).isZero();
	}

	@Test
	void bypassesDiscoveryWithExplicitEndpoints() {
		FunctionsTemplate template = template(Emulators.templateBuilder(liveperson)
			.endpoints(Emulators.baseUri(liveperson), Emulators.baseUri(liveperson), Emulators.baseUri(liveperson)));
		template.invokeByUuid(UUID, null);
		assertThat(count(Endpoint.DISCOVERY)).isZero();
		assertThat(count(Endpoint.INVOKE)).isEqualTo(1);
	}

	@Test
	void usesTheRegionWithoutAnyRequestWhenDiscoveryIsOff() {
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson)
			.discoveryEnabled(false)
			.region(Region.APAC)
			.authentication(new BearerTokenAuthentication(() -> "no-token-request"))
			.build();
		assertThat(template.checkConnection().block().endpoints().gateway())
			.isEqualTo(URI.create("https://sy.faasgw.liveperson.net"));
		assertThat(liveperson.requests().all()).isEmpty();
	}

	@Test
	void requiresARegionOrEndpointsWhenDiscoveryIsOff() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> Emulators.templateBuilder(liveperson).discoveryEnabled(false).build())
			.withMessageContaining("region");
	}

	@Test
	void rejectsAnExplicitEndpointWithAPath() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> Emulators.templateBuilder(liveperson)
				.discoveryEnabled(false)
				.endpoints(URI.create("https://va.faasgw.liveperson.net/api"),
						URI.create("https://va.sentinel.liveperson.net/"), null)
				.build())
			.withMessageContaining("'gateway' endpoint must be a plain scheme://host[:port] URL");
	}

	@Test
	void refusesPlainHttpToANonLoopbackHost() {
		FunctionsTemplate template = template(Emulators.templateBuilder(liveperson)
			.discoveryEnabled(false)
			.endpoints(URI.create("http://gateway.example.com"), URI.create("http://sentinel.example.com"), null));
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("Refusing to send credentials over plain http to gateway.example.com");
	}

	@Test
	void sendsTheTokenToTheManagementHostItResolved() {
		// the same signing key: the management host accepts the account's tokens
		try (FunctionsEmulator management = Emulators.start()) {
			FunctionsTemplate template = template(Emulators.templateBuilder(liveperson)
				.endpoints(null, null, URI.create("http://127.0.0.1:" + management.port())));
			template.getLambdas(LambdaQuery.all());
			List<RecordedRequest> listings = management.requests().to(Endpoint.LISTING);
			assertThat(listings.get(listings.size() - 1).header("Authorization")).startsWith("Bearer ");
		}
	}

	@Test
	void neverSendsTheTokenToAHostThatIsNotTheAccounts() {
		ServiceEndpoints endpoints = new ServiceEndpoints(Emulators.baseUri(liveperson), Emulators.baseUri(liveperson),
				null);
		try (FunctionsEmulator elsewhere = Emulators.start()) {
			// the emulators know only their own tokens: the answers are scripted
			liveperson.faults().respond(Endpoint.LISTING, (request) -> json(200, "[]"));
			elsewhere.faults().respond(Endpoint.LISTING, (request) -> json(200, "[]"));
			RequestCapture listings = liveperson.faults().capture(Endpoint.LISTING);
			RequestCapture listingsElsewhere = elsewhere.faults().capture(Endpoint.LISTING);
			AuthenticationFilter filter = new AuthenticationFilter(new BearerTokenAuthentication(() -> "do-not-leak"),
					new StaticEndpointResolver(endpoints), false);
			WebClient webClient = WebClient.builder().filter(filter).build();
			webClient.get()
				.uri(Emulators.baseUri(liveperson) + "/api/account/123456/lambdas")
				.retrieve()
				.toBodilessEntity()
				.block();
			// Same machine, other origin: another port, and another host name for the
			// same port.
			webClient.get()
				.uri(Emulators.baseUri(elsewhere) + "/api/account/123456/lambdas")
				.retrieve()
				.toBodilessEntity()
				.block();
			webClient.get()
				.uri("http://127.0.0.1:" + liveperson.port() + "/api/account/123456/lambdas")
				.retrieve()
				.toBodilessEntity()
				.block();
			assertThat(listings.requests()).extracting((request) -> request.header("Authorization"))
				.containsExactly("Bearer do-not-leak", null);
			assertThat(listingsElsewhere.last().header("Authorization")).isNull();
		}
	}

	private FunctionsTemplate template(ReactiveFunctionsTemplate.Builder builder) {
		return new FunctionsTemplate(builder.clock(this.clock).retry(fastRetries()).build());
	}

	private static int count(Endpoint endpoint) {
		return liveperson.requests().to(endpoint).size();
	}

	/**
	 * A discovery answer that names the given host for the gateway, Sentinel and faasUI.
	 */
	private static ScriptedResponse discoveryNaming(String host) {
		Map<String, String> hosts = new LinkedHashMap<>();
		hosts.put("agentVep", "va.agentvep.liveperson.net");
		hosts.put("faasGW", host);
		hosts.put("sentinel", host);
		hosts.put("faasUI", host);
		return ScriptedResponse.discovery(Emulators.ACCOUNT, hosts);
	}

	private static RetrySettings fastRetries() {
		return new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), false,
				RetryBudget.Settings.defaults());
	}

}
