package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.FakeLivePerson.Route;
import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.discovery.Region;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.discovery.StaticEndpointResolver;
import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;

import static io.github.lpfunctions.client.FakeLivePerson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Where the account's services are: discovery with its time to live, stale domains when
 * discovery fails, the region fallback on a cold start, and explicit endpoints.
 */
class DiscoveryIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final FakeLivePerson liveperson = new FakeLivePerson().start();

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void reusesDiscoveredDomainsUntilTheirTimeToLiveHasPassed() {
		FunctionsTemplate template = template(this.liveperson.templateBuilder());
		template.invokeByUuid(UUID, null);
		this.clock.advance(Duration.ofMinutes(9));
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.CSDS)).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(2));
		template.invokeByUuid(UUID, null);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.liveperson.count(Route.CSDS) == 2);
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(3);
	}

	@Test
	void keepsTheLastKnownDomainsWhenDiscoveryFails() {
		FunctionsTemplate template = template(this.liveperson.templateBuilder());
		template.invokeByUuid(UUID, null);
		this.liveperson.respond(Route.CSDS, (request) -> json(503, "{}"));
		this.clock.advance(Duration.ofMinutes(11));
		for (int i = 0; i < 3; i++) {
			template.invokeByUuid(UUID, null);
		}
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(4);
		// One refresh (3 attempts), then a pause before the next.
		await().atMost(Duration.ofSeconds(5)).until(() -> this.liveperson.count(Route.CSDS) == 4);
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.CSDS)).isEqualTo(4);
	}

	@Test
	void failsWithAClearMessageWhenDiscoveryFailsOnAColdStartWithoutRegion() {
		this.liveperson.respond(Route.CSDS, (request) -> json(500, "{}"));
		FunctionsTemplate template = template(this.liveperson.templateBuilder());
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("Service discovery failed for account 123456")
			.withMessageContaining("500");
		assertThat(this.liveperson.count(Route.INVOKE)).isZero();
		assertThat(this.liveperson.count(Route.CSDS)).isEqualTo(3);
	}

	@Test
	void usesTheRegionsFixedDomainsWhenDiscoveryFailsOnAColdStart() {
		this.liveperson.respond(Route.CSDS, (request) -> json(503, "{}"));
		ReactiveFunctionsTemplate template = this.liveperson.templateBuilder()
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
		this.liveperson.respond(Route.CSDS, (request) -> json(200,
				"{\"baseURIs\":[{\"service\":\"sentinel\",\"account\":\"123456\",\"baseURI\":\"localhost:1\"}]}"));
		FunctionsTemplate template = template(this.liveperson.templateBuilder());
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("names no 'faasGW' service");
	}

	@Test
	void rejectsADiscoveredHostThatIsNotAHost() {
		this.liveperson.respond(Route.CSDS, (request) -> json(200, FakeLivePerson.csdsBody("evil.example/path?")));
		FunctionsTemplate template = template(this.liveperson.templateBuilder());
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("is not a host[:port]");
		assertThat(this.liveperson.count(Route.TOKEN)).isZero();
	}

	@Test
	void bypassesDiscoveryWithExplicitEndpoints() {
		FunctionsTemplate template = template(this.liveperson.templateBuilder()
			.endpoints(this.liveperson.baseUri(), this.liveperson.baseUri(), this.liveperson.baseUri()));
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.CSDS)).isZero();
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(1);
	}

	@Test
	void usesTheRegionWithoutAnyRequestWhenDiscoveryIsOff() {
		ReactiveFunctionsTemplate template = this.liveperson.templateBuilder()
			.discoveryEnabled(false)
			.region(Region.APAC)
			.authentication(new BearerTokenAuthentication(() -> "no-token-request"))
			.build();
		assertThat(template.checkConnection().block().endpoints().gateway())
			.isEqualTo(URI.create("https://sy.faasgw.liveperson.net"));
		assertThat(this.liveperson.all()).isEmpty();
	}

	@Test
	void requiresARegionOrEndpointsWhenDiscoveryIsOff() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.liveperson.templateBuilder().discoveryEnabled(false).build())
			.withMessageContaining("region");
	}

	@Test
	void rejectsAnExplicitEndpointWithAPath() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.liveperson.templateBuilder()
				.discoveryEnabled(false)
				.endpoints(URI.create("https://va.faasgw.liveperson.net/api"),
						URI.create("https://va.sentinel.liveperson.net/"), null)
				.build())
			.withMessageContaining("'gateway' endpoint must be a plain scheme://host[:port] URL");
	}

	@Test
	void refusesPlainHttpToANonLoopbackHost() {
		FunctionsTemplate template = template(this.liveperson.templateBuilder()
			.discoveryEnabled(false)
			.endpoints(URI.create("http://gateway.example.com"), URI.create("http://sentinel.example.com"), null));
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("Refusing to send credentials over plain http to gateway.example.com");
	}

	@Test
	void sendsTheTokenToTheManagementHostItResolved() {
		try (FakeLivePerson management = new FakeLivePerson().start()) {
			FunctionsTemplate template = template(this.liveperson.templateBuilder()
				.endpoints(null, null, URI.create("http://127.0.0.1:" + management.port())));
			template.getLambdas(LambdaQuery.all());
			assertThat(management.last(Route.LAMBDAS).getHeaders().get("Authorization")).startsWith("Bearer ");
		}
	}

	@Test
	void neverSendsTheTokenToAHostThatIsNotTheAccounts() {
		ServiceEndpoints endpoints = new ServiceEndpoints(this.liveperson.baseUri(), this.liveperson.baseUri(), null);
		try (FakeLivePerson elsewhere = new FakeLivePerson().start()) {
			AuthenticationFilter filter = new AuthenticationFilter(new BearerTokenAuthentication(() -> "do-not-leak"),
					new StaticEndpointResolver(endpoints), false);
			WebClient webClient = WebClient.builder().filter(filter).build();
			webClient.get()
				.uri(this.liveperson.baseUri() + "/api/account/123456/lambdas")
				.retrieve()
				.toBodilessEntity()
				.block();
			// Same machine, other origin: another port, and another host name for the
			// same port.
			webClient.get()
				.uri(elsewhere.baseUri() + "/api/account/123456/lambdas")
				.retrieve()
				.toBodilessEntity()
				.block();
			webClient.get()
				.uri("http://127.0.0.1:" + this.liveperson.port() + "/api/account/123456/lambdas")
				.retrieve()
				.toBodilessEntity()
				.block();
			assertThat(this.liveperson.requests(Route.LAMBDAS))
				.extracting((request) -> request.getHeaders().get("Authorization"))
				.containsExactly("Bearer do-not-leak", null);
			assertThat(elsewhere.last(Route.LAMBDAS).getHeaders().get("Authorization")).isNull();
		}
	}

	private FunctionsTemplate template(ReactiveFunctionsTemplate.Builder builder) {
		return new FunctionsTemplate(builder.clock(this.clock).retry(fastRetries()).build());
	}

	private static RetrySettings fastRetries() {
		return new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), false,
				RetryBudget.Settings.defaults());
	}

}
