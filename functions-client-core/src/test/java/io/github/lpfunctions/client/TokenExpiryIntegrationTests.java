package io.github.lpfunctions.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When a token expires: the earlier of {@code expires_in} and the JWT's {@code exp}
 * decides, and tokens of every lifetime are refreshed ahead of it. The emulator's gateway
 * rejects its own expired tokens with 401, on the clock the tests move.
 */
class TokenExpiryIntegrationTests {

	private static final int CALLERS = 32;

	// the emulator issues and checks tokens on the client's clock, which only moves
	// forward
	private static final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private static FunctionsEmulator liveperson;

	private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

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

	@AfterEach
	void stopCallers() {
		this.callers.shutdownNow();
	}

	// Each token's exp is 3 s away while expires_in claims an hour; 32 callers call for
	// 12 s on the clock (48 rounds of 250 ms).
	@Test
	void neverSendsATokenPastItsJwtExpiryWhenExpiresInIsLonger() throws Exception {
		issueTokens(Duration.ofSeconds(3), 3600);
		FunctionsTemplate template = template();
		for (int round = 0; round < 48; round++) {
			List<Future<Map<?, ?>>> calls = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				calls.add(this.callers.submit(() -> template.invokeByUuid(Emulators.UUID, null, Map.class)));
			}
			for (Future<Map<?, ?>> call : calls) {
				assertThat(call.get(30, TimeUnit.SECONDS).get("ok")).isEqualTo(true);
			}
			clock.advance(Duration.ofMillis(250));
		}
		assertThat(this.invocations.answers()).hasSize(48 * CALLERS)
			.allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
		// a new token at least every 3 s of the 12
		assertThat(Emulators.issuedTokens(this.tokens)).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void refreshesAOneMinuteTokenInTheBackgroundBeforeItExpires() {
		issueTokens(Duration.ofSeconds(60), 60);
		FunctionsTemplate template = template();
		template.invokeByUuid(Emulators.UUID, null);
		// 50 s into a 60 s token: past its refresh point (a fifth of the lifetime ahead),
		// before it stops serving (a tenth ahead)
		clock.advance(Duration.ofSeconds(50));
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(1));
		await().atMost(Duration.ofSeconds(5)).until(() -> Emulators.issuedTokens(this.tokens).size() == 2);
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(2));
		assertThat(this.tokens.count()).isEqualTo(2);
		assertThat(this.invocations.answers()).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
	}

	@Test
	void refreshesAThreeMinuteTokenInTheBackgroundBeforeItExpires() {
		issueTokens(Duration.ofMinutes(3), 180);
		FunctionsTemplate template = template();
		template.invokeByUuid(Emulators.UUID, null);
		// 19 s before the end of a 180 s token: within 20 s of its expiry (twice the 10 s
		// margin), before it stops serving (10 s ahead)
		clock.advance(Duration.ofSeconds(161));
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(1));
		await().atMost(Duration.ofSeconds(5)).until(() -> Emulators.issuedTokens(this.tokens).size() == 2);
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(2));
		assertThat(this.tokens.count()).isEqualTo(2);
	}

	@Test
	void stopsUsingATokenAheadOfItsJwtExpiry() {
		issueTokens(Duration.ofSeconds(60), 3600);
		FunctionsTemplate template = template();
		template.invokeByUuid(Emulators.UUID, null);
		// 55 s into a token whose exp is 60 s away: within its last tenth
		clock.advance(Duration.ofSeconds(55));
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(2));
		assertThat(this.invocations.answers()).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
	}

	// Every token request gets a new token of the emulator's, with the given JWT lifetime
	// and expires_in.
	private static void issueTokens(Duration jwtLifetime, long expiresIn) {
		liveperson.faults()
			.respond(Endpoint.TOKEN,
					(request) -> ScriptedResponse.json(200,
							"{\"access_token\":\"" + liveperson.issueAccessToken(jwtLifetime)
									+ "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}"));
	}

	private String token(int n) {
		return Emulators.issuedTokens(this.tokens).get(n - 1);
	}

	private static FunctionsTemplate template() {
		return new FunctionsTemplate(Emulators.templateBuilder(liveperson).clock(clock).build());
	}

}
