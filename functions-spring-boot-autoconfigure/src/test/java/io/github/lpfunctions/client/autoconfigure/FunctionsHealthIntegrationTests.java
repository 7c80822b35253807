package io.github.lpfunctions.client.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of the {@code livepersonFunctions} health component through the
 * actuator's health endpoint, against the emulator.
 */
class FunctionsHealthIntegrationTests {

	private final FunctionsEmulator emulator = EmulatedAccount.emulator().start();

	private final RequestCapture tokens = this.emulator.faults().capture(Endpoint.TOKEN);

	/** How the authorization server answers a token request, {@code null} as usual. */
	private volatile @Nullable TokenAnswer tokenAnswer;

	@BeforeEach
	void answerTokenRequests() {
		this.emulator.faults().respond(Endpoint.TOKEN, (request) -> {
			TokenAnswer answer = this.tokenAnswer;
			return (answer != null) ? answer.response() : null;
		});
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(WebApplicationType.class)
	void healthIsDownWhileTheAuthorizationServerRejectsTheCredentialsAndUpAfter(WebApplicationType type) {
		this.tokenAnswer = TokenAnswer.BAD_CREDENTIALS;
		// without the failure pause, so that the very next probe asks again
		try (ConfigurableApplicationContext context = run(type, "--liveperson.functions.health.cache-ttl=0s",
				"--liveperson.functions.token.failure-pause=0s")) {
			IndicatedHealthDescriptor down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("reason", "bad-credentials")
				.containsEntry("account", EmulatedAccount.ACCOUNT)
				.containsEntry("platform", "v1")
				.containsEntry("gateway", "localhost:" + this.emulator.port());
			// no token was issued yet: only the client secret could leak here
			assertNoClientSecret(down.getDetails());

			this.tokenAnswer = null;
			// The next probe recovers. Not necessarily the very next instant: the core's
			// SingleFlight frees its slot only after the failure reached the caller, so a
			// probe within microseconds may still join the failed token request.
			await().atMost(Duration.ofSeconds(5)).until(() -> health(context).getStatus().equals(Status.UP));
			IndicatedHealthDescriptor up = health(context);
			assertThat(up.getStatus()).as("%s", up.getDetails()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("account", EmulatedAccount.ACCOUNT)
				.containsEntry("platform", "v1")
				.containsEntry("gateway", "localhost:" + this.emulator.port())
				.doesNotContainKey("reason");
			assertNoSecrets(up.getDetails());
			// The health check never invokes a function.
			assertThat(EmulatedAccount.gatewayRequests(this.emulator))
				.noneMatch((request) -> request.path().contains("/invoke"));
		}
	}

	@Test
	void healthSharesTheTemplatesTokenCache() {
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--liveperson.functions.health.cache-ttl=0s")) {
			context.getBean(FunctionsTemplate.class).invokeByUuid(EmulatedAccount.FUNCTION_UUID, null, Map.class);
			assertThat(EmulatedAccount.tokenRequests(this.emulator)).hasSize(1);
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			assertThat(EmulatedAccount.tokenRequests(this.emulator)).hasSize(1);
		}
	}

	@ParameterizedTest
	@CsvSource({ "UNAVAILABLE, authorization-server-unavailable, temporarily_unavailable",
			"FORBIDDEN, authorization-failed, access_denied" })
	void healthIsDownWithTheReasonTheAuthorizationServerGives(TokenAnswer answer, String reason, String error) {
		this.tokenAnswer = answer;
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--liveperson.functions.health.cache-ttl=0s")) {
			IndicatedHealthDescriptor down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("reason", reason);
			assertThat((String) down.getDetails().get("error")).contains(error);
		}
	}

	@Test
	void healthShowsThePauseAfterAFailedTokenRequestAndRecoversAfterIt() {
		this.tokenAnswer = TokenAnswer.UNAVAILABLE;
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--liveperson.functions.health.cache-ttl=0s", "--liveperson.functions.retry.max-attempts=1",
				"--liveperson.functions.token.failure-pause=2s")) {
			Instant before = Instant.now();
			IndicatedHealthDescriptor down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("reason", "authorization-server-unavailable")
				.containsKey("paused-until");
			Instant pausedUntil = Instant.parse((String) down.getDetails().get("paused-until"));
			// 2 s, varied by up to 20%
			assertThat(pausedUntil).isAfter(before).isBefore(Instant.now().plus(Duration.ofMillis(2400)));
			// within the pause the probe reports the same failure without a token request
			IndicatedHealthDescriptor again = health(context);
			assertThat(again.getDetails()).containsEntry("reason", "authorization-server-unavailable")
				.containsEntry("error", down.getDetails().get("error"))
				.containsEntry("paused-until", down.getDetails().get("paused-until"));
			assertThat(EmulatedAccount.tokenRequests(this.emulator)).hasSize(1);

			this.tokenAnswer = null;
			await().atMost(Duration.ofSeconds(10)).until(() -> health(context).getStatus().equals(Status.UP));
			assertThat(Instant.now()).isAfterOrEqualTo(pausedUntil);
			assertThat(health(context).getDetails()).doesNotContainKeys("reason", "paused-until");
			assertThat(EmulatedAccount.tokenRequests(this.emulator)).hasSize(2);
		}
	}

	@Test
	void healthIsDownWhenTheAuthorizationServerCannotBeReached() {
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--liveperson.functions.health.cache-ttl=0s",
				"--liveperson.functions.endpoints.sentinel=http://localhost:1",
				"--liveperson.functions.retry.max-attempts=1")) {
			IndicatedHealthDescriptor down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("reason", "authorization-server-unreachable");
		}
	}

	@Test
	void healthIsDownWhenDiscoveryFails() {
		this.emulator.faults().discoveryDown(true);
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--liveperson.functions.health.cache-ttl=0s", "--liveperson.functions.retry.max-attempts=1")) {
			IndicatedHealthDescriptor down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("reason", "discovery-failed")
				.containsEntry("account", EmulatedAccount.ACCOUNT)
				.doesNotContainKey("gateway");
			assertThat(EmulatedAccount.tokenRequests(this.emulator)).isEmpty();
		}
	}

	@Test
	void healthResultIsReusedSoThatProbesDoNotHammerTheAuthorizationServer() {
		this.tokenAnswer = TokenAnswer.BAD_CREDENTIALS;
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--liveperson.functions.health.cache-ttl=1h")) {
			assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
			int tokenRequests = EmulatedAccount.tokenRequests(this.emulator).size();
			assertThat(tokenRequests).isPositive();
			this.tokenAnswer = null;
			for (int i = 0; i < 5; i++) {
				assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
			}
			assertThat(EmulatedAccount.tokenRequests(this.emulator)).hasSize(tokenRequests);
		}
	}

	@Test
	void healthIndicatorCanBeSwitchedOff() {
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--management.health.liveperson-functions.enabled=false")) {
			assertThat(context.containsBean("livepersonFunctionsHealthIndicator")).isFalse();
			assertThat(context.getBean(HealthEndpoint.class).healthForPath("livepersonFunctions")).isNull();
		}
	}

	private static IndicatedHealthDescriptor health(ConfigurableApplicationContext context) {
		return (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class).healthForPath("livepersonFunctions");
	}

	private void assertNoClientSecret(Map<String, Object> details) {
		assertThat(details.toString()).doesNotContain(EmulatedAccount.CLIENT_SECRET);
	}

	private void assertNoSecrets(Map<String, Object> details) {
		assertNoClientSecret(details);
		List<String> accessTokens = EmulatedAccount.issuedAccessTokens(this.tokens);
		assertThat(accessTokens).isNotEmpty();
		accessTokens.forEach((accessToken) -> assertThat(details.toString()).doesNotContain(accessToken));
	}

	private ConfigurableApplicationContext run(WebApplicationType type, String... properties) {
		String[] args = new String[properties.length + 3];
		args[0] = "--spring.config.location=classpath:/functions-app/application.yml";
		args[1] = "--emulator.port=" + this.emulator.port();
		args[2] = "--server.port=0";
		System.arraycopy(properties, 0, args, 3, properties.length);
		return new SpringApplicationBuilder(FunctionsTestApplication.class).web(type).run(args);
	}

	/**
	 * Answers of the authorization server to a token request other than a token.
	 */
	enum TokenAnswer {

		/** Rejects the client credentials. */
		BAD_CREDENTIALS(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad client\"}"),

		/** Answers 503. */
		UNAVAILABLE(503, "{\"error\":\"temporarily_unavailable\"}"),

		/** Knows the client but refuses it a token (403). */
		FORBIDDEN(403, "{\"error\":\"access_denied\"}");

		private final int status;

		private final String body;

		TokenAnswer(int status, String body) {
			this.status = status;
			this.body = body;
		}

		ScriptedResponse response() {
			return ScriptedResponse.json(this.status, this.body);
		}

	}

}
