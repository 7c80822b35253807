package io.github.lpfunctions.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.resources.ConnectionProvider;

import io.github.lpfunctions.client.FakeLivePerson.Jwt;
import io.github.lpfunctions.client.FakeLivePerson.Route;
import io.github.lpfunctions.client.retry.RetrySettings;

import static io.github.lpfunctions.client.FakeLivePerson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The token's life: how its lifetime is read, one request for many callers, refresh ahead
 * of expiry, serving on while the authorization server is down, and a new token after a
 * 401.
 */
class TokenLifecycleIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final FakeLivePerson liveperson = new FakeLivePerson().start();

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void readsExpiresInAsAString() {
		this.liveperson.enqueue(Route.TOKEN, tokenResponse("\"expires_in\":\"3600\""));
		assertTokenReusedUntil(Duration.ofMinutes(50));
	}

	@Test
	void readsExpiresInAsANumber() {
		this.liveperson.enqueue(Route.TOKEN, tokenResponse("\"expires_in\":3600"));
		assertTokenReusedUntil(Duration.ofMinutes(50));
	}

	@Test
	void readsTheLifetimeFromTheJwtWhenExpiresInIsAbsent() {
		this.liveperson.enqueue(Route.TOKEN, tokenResponse(null));
		assertTokenReusedUntil(Duration.ofMinutes(50));
	}

	@Test
	void acceptsTheClassicAnswerWithoutTokenType() {
		String token = Jwt.token("classic", this.clock.instant().plus(Duration.ofHours(1)));
		this.liveperson.enqueue(Route.TOKEN, json(200, "{\"access_token\":\"" + token + "\"}"));
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.last(Route.INVOKE).getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void refreshesAheadOfExpiryInTheBackground() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		// 55 minutes into a one-hour token: past the refresh point (5 minutes ahead).
		this.clock.advance(Duration.ofMinutes(55));
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.last(Route.INVOKE).getHeaders().get("Authorization"))
			.isEqualTo("Bearer " + this.liveperson.token(1));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.liveperson.tokensIssued() == 2);
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.last(Route.INVOKE).getHeaders().get("Authorization"))
			.isEqualTo("Bearer " + this.liveperson.token(2));
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(2);
	}

	@Test
	void keepsUsingAValidTokenWhileTheAuthorizationServerIsDown() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		this.liveperson.respond(Route.TOKEN, (request) -> json(503, "{}"));
		this.clock.advance(Duration.ofMinutes(56));
		for (int i = 0; i < 5; i++) {
			template.invokeByUuid(UUID, null);
		}
		assertThat(this.liveperson.requests(Route.INVOKE)).hasSize(6)
			.allSatisfy((request) -> assertThat(request.getHeaders().get("Authorization"))
				.isEqualTo("Bearer " + this.liveperson.token(1)));
		// One background refresh (3 attempts), then a pause: not one per call.
		await().atMost(Duration.ofSeconds(5)).until(() -> this.liveperson.count(Route.TOKEN) == 4);
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(4);
	}

	@Test
	void failsWithATypedExceptionOnceTheTokenHasExpiredAndTheServerIsDown() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		this.liveperson.respond(Route.TOKEN, (request) -> json(503, "{}"));
		this.clock.advance(Duration.ofMinutes(61));
		assertThatExceptionOfType(FaaSAuthenticationException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(503);
				assertThat(ex.isBadCredentials()).isFalse();
				assertThat(ex.getMessage()).contains("/sentinel/api/account/123456/app/token")
					.doesNotContain(FakeLivePerson.CLIENT_SECRET);
			});
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(1);
	}

	@Test
	void reportsRejectedCredentials() {
		this.liveperson.respond(Route.TOKEN, (request) -> json(401,
				"{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
		assertThatExceptionOfType(FaaSAuthenticationException.class)
			.isThrownBy(() -> template().invokeByUuid(UUID, null))
			.satisfies((ex) -> {
				assertThat(ex.isBadCredentials()).isTrue();
				assertThat(ex.getErrorCode()).isEqualTo("invalid_client");
				assertThat(ex.getMessage()).contains("invalid_client: Client authentication failed");
			});
		// Rejected credentials are not retried.
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(1);
		assertThat(this.liveperson.count(Route.INVOKE)).isZero();
	}

	@Test
	void fetchesANewTokenAndRepeatsOnceAfterA401() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		this.liveperson.enqueue(Route.INVOKE, json(401, "{}"));
		template.invokeByUuid(UUID, null);
		List<String> authorizations = this.liveperson.requests(Route.INVOKE)
			.stream()
			.map((request) -> request.getHeaders().get("Authorization"))
			.toList();
		assertThat(authorizations).containsExactly("Bearer " + this.liveperson.token(1),
				"Bearer " + this.liveperson.token(1), "Bearer " + this.liveperson.token(2));
	}

	@Test
	void givesUpAfterASecond401() {
		FunctionsTemplate template = template();
		this.liveperson.respond(Route.INVOKE, (request) -> json(401, "{}"));
		assertThatExceptionOfType(FaaSDetailedException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401));
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(2);
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(2);
	}

	@Test
	void makesOneTokenAndOneDiscoveryRequestFor500ConcurrentCallersOnAColdClient() throws Exception {
		this.liveperson.respond(Route.TOKEN, (request) -> {
			// Hold the answer so that every caller arrives while it is in flight.
			sleep(300);
			return json(200, "{\"access_token\":\"" + Jwt.token("shared", Instant.now().plus(Duration.ofHours(1)))
					+ "\",\"expires_in\":\"3600\"}");
		});
		// At most 32 connections: 500 connects at once overflow the fake server's accept
		// backlog (50) and, on a loaded machine, end in connect timeouts that have
		// nothing
		// to do with the single token and discovery request under test.
		ConnectionProvider pool = FunctionsHttpConnector.pool(FunctionsHttpConnector.MAX_IDLE_TIME)
			.maxConnections(32)
			.build();
		ReactiveFunctionsTemplate template = this.liveperson.templateBuilder()
			.clientConnector(FunctionsHttpConnector.create(Duration.ofSeconds(2), pool, UnaryOperator.identity()))
			.build();
		List<Boolean> results;
		try {
			results = Flux.range(0, 500)
				.flatMap((i) -> template.isImplemented("event_" + i), 500)
				.collectList()
				.block(Duration.ofSeconds(30));
		}
		finally {
			pool.dispose();
		}
		assertThat(results).hasSize(500).containsOnly(true);
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(1);
		assertThat(this.liveperson.count(Route.CSDS)).isEqualTo(1);
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(500);
	}

	@Test
	void makesOneTokenRequestForConcurrentBlockingCallers() throws Exception {
		FunctionsTemplate template = template();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return template.invokeByUuid(UUID, Map.of(), Map.class);
				}));
			}
			start.countDown();
			for (Future<?> call : calls) {
				assertThat(call.get(30, TimeUnit.SECONDS)).isNotNull();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(1);
	}

	private void assertTokenReusedUntil(Duration age) {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		this.clock.advance(age);
		template.invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(1);
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(2);
	}

	private MockResponse tokenResponse(String expiresIn) {
		String token = Jwt.token("t", this.clock.instant().plus(Duration.ofHours(1)));
		return json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\""
				+ ((expiresIn != null) ? "," + expiresIn : "") + "}");
	}

	private FunctionsTemplate template() {
		this.liveperson.clock(this.clock);
		return new FunctionsTemplate(this.liveperson.templateBuilder()
			.clock(this.clock)
			.retry(new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), false,
					io.github.lpfunctions.client.retry.RetryBudget.Settings.defaults()))
			.build());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
