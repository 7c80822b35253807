package io.github.lpfunctions.client;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * A set refresh-ahead time replaces the default rule: the token is refreshed in the
 * background that long before it expires, on the clock the tests move.
 */
class TokenRefreshAheadIntegrationTests {

	private static final MovableClock clock = new MovableClock(Instant.parse("2026-02-01T00:00:00Z"));

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
		// hour-long tokens, which the default rule refreshes 5 minutes ahead
		liveperson.faults()
			.respond(Endpoint.TOKEN,
					(request) -> ScriptedResponse.json(200,
							"{\"access_token\":\"" + liveperson.issueAccessToken(Duration.ofHours(1))
									+ "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
	}

	@Test
	void refreshesTheTokenTheSetTimeAheadOfItsExpiry() {
		FunctionsTemplate template = template(Duration.ofMinutes(30));
		template.invokeByUuid(Emulators.UUID, null);
		// 31 minutes into the hour: within 30 minutes of its expiry, long before the
		// default rule's 5
		clock.advance(Duration.ofMinutes(31));
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(1));
		await().atMost(Duration.ofSeconds(5)).until(() -> Emulators.issuedTokens(this.tokens).size() == 2);
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(2));
		assertThat(this.invocations.answers()).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
	}

	@Test
	void aTimeBeyondTheLifetimeRefreshesOnEveryUseWhileTheTokenServes() {
		FunctionsTemplate template = template(Duration.ofHours(2));
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(this.invocations.last().header("Authorization")).isEqualTo("Bearer " + token(1));
		// the clock stands still: only the uses start the refreshes
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			template.invokeByUuid(Emulators.UUID, null);
			return Emulators.issuedTokens(this.tokens).size() >= 3;
		});
		assertThat(this.invocations.answers()).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
	}

	@Test
	void rejectsATimeThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> template(Duration.ZERO))
			.withMessageContaining("'tokenRefreshAhead' must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> template(Duration.ofSeconds(-1)))
			.withMessageContaining("'tokenRefreshAhead' must be positive");
	}

	private String token(int n) {
		return Emulators.issuedTokens(this.tokens).get(n - 1);
	}

	private static FunctionsTemplate template(Duration refreshAhead) {
		return new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).clock(clock).tokenRefreshAhead(refreshAhead).build());
	}

}
