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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.resources.ConnectionProvider;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.test.MovableClock;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
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

	// the emulator issues and checks tokens on the client's clock, which only moves
	// forward
	private static final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private static FunctionsEmulator liveperson;

	private RequestCapture tokens;

	private RequestCapture invocations;

	@BeforeAll
	static void start() {
		liveperson = Emulators.start(clock);
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void reset() {
		liveperson.reset();
		this.tokens = liveperson.faults().capture(Endpoint.TOKEN);
		this.invocations = liveperson.faults().capture(Endpoint.INVOKE);
	}

	@Test
	void readsExpiresInAsAString() {
		liveperson.faults().respondNext(Endpoint.TOKEN, tokenResponse("\"expires_in\":\"3600\""));
		assertTokenReusedUntil(Duration.ofMinutes(50));
	}

	@Test
	void readsExpiresInAsANumber() {
		liveperson.faults().respondNext(Endpoint.TOKEN, tokenResponse("\"expires_in\":3600"));
		assertTokenReusedUntil(Duration.ofMinutes(50));
	}

	@Test
	void readsTheLifetimeFromTheJwtWhenExpiresInIsAbsent() {
		liveperson.faults().respondNext(Endpoint.TOKEN, tokenResponse(null));
		assertTokenReusedUntil(Duration.ofMinutes(50));
	}

	@Test
	void acceptsTheClassicAnswerWithoutTokenType() {
		String token = liveperson.issueAccessToken(Duration.ofHours(1));
		liveperson.faults().respondNext(Endpoint.TOKEN, json(200, "{\"access_token\":\"" + token + "\"}"));
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void refreshesAheadOfExpiryInTheBackground() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		// 55 minutes into a one-hour token: past the refresh point (5 minutes ahead).
		clock.advance(Duration.ofMinutes(55));
		template.invokeByUuid(UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(1));
		await().atMost(Duration.ofSeconds(5)).until(() -> Emulators.issuedTokens(this.tokens).size() == 2);
		template.invokeByUuid(UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(2));
		assertThat(count(Endpoint.TOKEN)).isEqualTo(2);
	}

	@Test
	void keepsUsingAValidTokenWhileTheAuthorizationServerIsDown() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		liveperson.faults().respond(Endpoint.TOKEN, (request) -> json(503, "{}"));
		clock.advance(Duration.ofMinutes(56));
		for (int i = 0; i < 5; i++) {
			template.invokeByUuid(UUID, null);
		}
		assertThat(this.invocations.requests()).hasSize(6)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isEqualTo("Bearer " + token(1)));
		// One background refresh (3 attempts), then a pause: not one per call.
		await().atMost(Duration.ofSeconds(5)).until(() -> count(Endpoint.TOKEN) == 4);
		template.invokeByUuid(UUID, null);
		assertThat(count(Endpoint.TOKEN)).isEqualTo(4);
	}

	@Test
	void failsWithATypedExceptionOnceTheTokenHasExpiredAndTheServerIsDown() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		liveperson.faults().respond(Endpoint.TOKEN, (request) -> json(503, "{}"));
		clock.advance(Duration.ofMinutes(61));
		assertThatExceptionOfType(FaaSAuthenticationException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(503);
				assertThat(ex.isBadCredentials()).isFalse();
				assertThat(ex.getMessage()).contains("/sentinel/api/account/123456/app/token")
					.doesNotContain(Emulators.CLIENT_SECRET);
			});
		assertThat(count(Endpoint.INVOKE)).isEqualTo(1);
	}

	@Test
	void reportsRejectedCredentials() {
		liveperson.faults()
			.respond(Endpoint.TOKEN, (request) -> json(401,
					"{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
		assertThatExceptionOfType(FaaSAuthenticationException.class)
			.isThrownBy(() -> template().invokeByUuid(UUID, null))
			.satisfies((ex) -> {
				assertThat(ex.isBadCredentials()).isTrue();
				assertThat(ex.getErrorCode()).isEqualTo("invalid_client");
				assertThat(ex.getMessage()).contains("invalid_client: Client authentication failed");
			});
		// Rejected credentials are not retried.
		assertThat(count(Endpoint.TOKEN)).isEqualTo(1);
		assertThat(count(Endpoint.INVOKE)).isZero();
	}

	@Test
	void fetchesANewTokenAndRepeatsOnceAfterA401() {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		liveperson.faults().respondNext(Endpoint.INVOKE, json(401, "{}"));
		template.invokeByUuid(UUID, null);
		List<String> authorizations = this.invocations.requests()
			.stream()
			.map((request) -> request.header("Authorization"))
			.toList();
		assertThat(authorizations).containsExactly("Bearer " + token(1), "Bearer " + token(1), "Bearer " + token(2));
	}

	@Test
	void givesUpAfterASecond401() {
		FunctionsTemplate template = template();
		liveperson.faults().respond(Endpoint.INVOKE, (request) -> json(401, "{}"));
		assertThatExceptionOfType(FaaSDetailedException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401));
		assertThat(count(Endpoint.INVOKE)).isEqualTo(2);
		assertThat(count(Endpoint.TOKEN)).isEqualTo(2);
	}

	@Test
	void makesOneTokenAndOneDiscoveryRequestFor500ConcurrentCallersOnAColdClient() throws Exception {
		// Hold the answer so that every caller arrives while it is in flight.
		liveperson.faults().latency(Endpoint.TOKEN, Duration.ofMillis(300));
		liveperson.faults().respond(Endpoint.IS_IMPLEMENTED, (request) -> json(200, "{\"implemented\":true}"));
		// At most 32 connections: 500 connects at once overflow the local server's accept
		// backlog (50) and, on a loaded machine, end in connect timeouts that have
		// nothing to do with the single token and discovery request under test.
		ConnectionProvider pool = FunctionsHttpConnector
			.pool(FunctionsHttpConnector.MAX_IDLE_TIME, 32, Duration.ofSeconds(10))
			.build();
		FunctionsHttpConnector connector = FunctionsHttpConnector.create(Duration.ofSeconds(2), pool,
				UnaryOperator.identity());
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson)
			.clientConnector(connector.connector())
			.build();
		List<Boolean> results;
		try {
			results = Flux.range(0, 500)
				.flatMap((i) -> template.isImplemented("event_" + i), 500)
				.collectList()
				.block(Duration.ofSeconds(30));
		}
		finally {
			connector.dispose();
		}
		assertThat(results).hasSize(500).containsOnly(true);
		assertThat(count(Endpoint.TOKEN)).isEqualTo(1);
		assertThat(count(Endpoint.DISCOVERY)).isEqualTo(1);
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(500);
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
		assertThat(count(Endpoint.TOKEN)).isEqualTo(1);
	}

	private void assertTokenReusedUntil(Duration age) {
		FunctionsTemplate template = template();
		template.invokeByUuid(UUID, null);
		clock.advance(age);
		template.invokeByUuid(UUID, null);
		assertThat(count(Endpoint.TOKEN)).isEqualTo(1);
		assertThat(count(Endpoint.INVOKE)).isEqualTo(2);
	}

	private ScriptedResponse tokenResponse(String expiresIn) {
		String token = liveperson.issueAccessToken(Duration.ofHours(1));
		return json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\""
				+ ((expiresIn != null) ? "," + expiresIn : "") + "}");
	}

	private String token(int n) {
		return Emulators.issuedTokens(this.tokens).get(n - 1);
	}

	private static int count(Endpoint endpoint) {
		return liveperson.requests().to(endpoint).size();
	}

	private FunctionsTemplate template() {
		return new FunctionsTemplate(Emulators.templateBuilder(liveperson)
			.clock(clock)
			.retry(new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), false,
					io.github.lpfunctions.client.retry.RetryBudget.Settings.defaults()))
			.build());
	}

}
