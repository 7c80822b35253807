package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * While the authorization server fails and no valid token exists, a failed token request
 * is remembered for the failure pause (5 s, varied by up to 20%): callers fail at once
 * with the same typed exception, and the server sees one request (with its retries) per
 * pause, not one per call. Time is the clock's, moved by the tests.
 */
class AuthorizationServerDownIntegrationTests {

	private static final int CALLERS = 50;

	private static final Duration ROUND = Duration.ofMillis(500);

	private static final Duration LONGEST_PAUSE = FunctionsDefaults.TOKEN_FAILURE_PAUSE.multipliedBy(6).dividedBy(5);

	private static final Duration DEADLINE = Duration.ofSeconds(5);

	private static final int ATTEMPTS = 3;

	// the emulator issues and checks tokens on the client's clock, which only moves
	// forward
	private static final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private static FunctionsEmulator liveperson;

	private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

	private RequestCapture tokens;

	private volatile ScriptedResponse tokenAnswer;

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
		liveperson.faults().respond(Endpoint.TOKEN, (request) -> this.tokenAnswer);
	}

	@AfterEach
	void stopCallers() {
		this.callers.shutdownNow();
	}

	// 50 callers call in a loop for 10 s (20 rounds of 500 ms, 1,000 calls): one token
	// request with its 3 attempts at the start, one after each pause of 4 to 6 s, so 2
	// or 3 pauses: at most 9 token requests.
	@Test
	void makesAtMost9TokenRequestsFor50CallersWhileTheAuthorizationServerAnswers500For10Seconds() throws Exception {
		this.tokenAnswer = ScriptedResponse.json(500, "{\"error\":\"server_error\"}");
		FunctionsTemplate template = template();
		List<Throwable> failures = new ArrayList<>();
		Duration slowest = Duration.ZERO;
		for (Duration elapsed = Duration.ZERO; elapsed.compareTo(Duration.ofSeconds(10)) < 0; elapsed = elapsed
			.plus(ROUND)) {
			List<Future<Call>> round = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				round.add(this.callers.submit(() -> Call.of(template)));
			}
			for (Future<Call> call : round) {
				Call done = call.get(30, TimeUnit.SECONDS);
				failures.add(done.failure());
				slowest = (done.took().compareTo(slowest) > 0) ? done.took() : slowest;
			}
			clock.advance(ROUND);
		}
		assertThat(failures).hasSize(20 * CALLERS).allSatisfy((failure) -> {
			assertThat(failure).isInstanceOf(FaaSAuthenticationException.class)
				.hasMessageContaining("/sentinel/api/account/123456/app/token")
				.hasMessageContaining("server_error");
			assertThat(((FaaSAuthenticationException) failure).getStatusCode()).isEqualTo(500);
			assertThat(((FaaSAuthenticationException) failure).isBadCredentials()).isFalse();
		});
		assertThat(slowest).isLessThan(DEADLINE);
		int tokenRequests = this.tokens.count();
		System.out.println("Token requests for " + failures.size() + " calls in 10 s: " + tokenRequests);
		assertThat(tokenRequests).isBetween(2 * ATTEMPTS, 3 * ATTEMPTS);

		// The server answers again: within one pause a call gets a token.
		this.tokenAnswer = null;
		clock.advance(LONGEST_PAUSE);
		assertThat(template.invokeByUuid(Emulators.UUID, null, Object.class)).isNotNull();
		assertThat(this.tokens.count()).isEqualTo(tokenRequests + 1);
	}

	@Test
	void remembersRejectedCredentialsUntilThePauseEnds() {
		this.tokenAnswer = ScriptedResponse.json(401,
				"{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
		FunctionsTemplate template = template();
		List<FaaSAuthenticationException> failures = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			failures.add(catchAuthenticationFailure(template));
			clock.advance(Duration.ofMillis(100));
		}
		assertThat(failures).allSatisfy((ex) -> {
			assertThat(ex.isBadCredentials()).isTrue();
			assertThat(ex.getErrorCode()).isEqualTo("invalid_client");
			assertThat(ex.getStatusCode()).isEqualTo(401);
			assertThat(ex.getMessage()).isEqualTo(failures.get(0).getMessage())
				.contains("invalid_client: Client authentication failed");
		});
		// each caller its own exception, so that none adds to another's
		assertThat(failures).doesNotHaveDuplicates();
		assertThat(this.tokens.count()).isOne();
		clock.advance(LONGEST_PAUSE);
		catchAuthenticationFailure(template);
		assertThat(this.tokens.count()).isEqualTo(2);
		assertThat(liveperson.requests().to(Endpoint.INVOKE)).isEmpty();
	}

	@Test
	void keepsTheCauseOfAnUnreachableServerForEveryCallerDuringThePause() {
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson)
			.clock(clock)
			.endpoints(null, URI.create("http://127.0.0.1:1"), null)
			.retry(new RetrySettings(1, Duration.ofMillis(10), Duration.ofMillis(50), false,
					RetryBudget.Settings.defaults()))
			.build());
		FaaSAuthenticationException first = catchAuthenticationFailure(template);
		FaaSAuthenticationException remembered = catchAuthenticationFailure(template);
		assertThat(first.getStatusCode()).isZero();
		assertThat(first.getCause()).isNotNull();
		assertThat(remembered).isNotSameAs(first).hasMessage(first.getMessage());
		assertThat(remembered.getStatusCode()).isZero();
		assertThat(remembered.getCause()).isSameAs(first.getCause());
	}

	@Test
	void asksOnEveryCallWhenThePauseIsOff() {
		this.tokenAnswer = ScriptedResponse.json(401, "{\"error\":\"invalid_client\"}");
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).clock(clock).tokenFailurePause(Duration.ZERO).build());
		for (int i = 0; i < 3; i++) {
			catchAuthenticationFailure(template);
		}
		assertThat(this.tokens.count()).isEqualTo(3);
	}

	@Test
	void reportsThePauseInTheConnectionCheck() {
		this.tokenAnswer = ScriptedResponse.json(503, "{}");
		ReactiveFunctionsTemplate template = builder().build();
		Instant failedAt = clock.instant();
		ConnectionCheck check = template.checkConnection().block(DEADLINE);
		assertThat(check.failedStep()).isEqualTo(ConnectionCheck.Step.AUTHORIZATION);
		assertThat(check.pausedUntil()).isAfter(failedAt).isBeforeOrEqualTo(failedAt.plus(LONGEST_PAUSE));
		assertThat(template.checkConnection().block(DEADLINE).pausedUntil()).isEqualTo(check.pausedUntil());
		assertThat(this.tokens.count()).isEqualTo(ATTEMPTS);
		this.tokenAnswer = null;
		clock.advance(LONGEST_PAUSE);
		ConnectionCheck recovered = template.checkConnection().block(DEADLINE);
		assertThat(recovered.isHealthy()).isTrue();
		assertThat(recovered.pausedUntil()).isNull();
	}

	private static FaaSAuthenticationException catchAuthenticationFailure(FunctionsTemplate template) {
		return catchThrowableOfType(FaaSAuthenticationException.class,
				() -> template.invokeByUuid(Emulators.UUID, null));
	}

	private static ReactiveFunctionsTemplate.Builder builder() {
		return Emulators.templateBuilder(liveperson)
			.clock(clock)
			.timeout(DEADLINE)
			.retry(new RetrySettings(ATTEMPTS, Duration.ofMillis(10), Duration.ofMillis(50), false,
					RetryBudget.Settings.defaults()));
	}

	private static FunctionsTemplate template() {
		return new FunctionsTemplate(builder().build());
	}

	private record Call(Throwable failure, Duration took) {

		static Call of(FunctionsTemplate template) {
			long start = System.nanoTime();
			Throwable failure = null;
			try {
				template.invokeByUuid(Emulators.UUID, null);
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			return new Call(failure, Duration.ofNanos(System.nanoTime() - start));
		}

	}

}
