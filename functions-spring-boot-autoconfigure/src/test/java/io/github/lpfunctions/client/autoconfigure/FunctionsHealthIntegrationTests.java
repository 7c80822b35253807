package io.github.lpfunctions.client.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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
import io.github.lpfunctions.client.autoconfigure.FakeLivePerson.SentinelMode;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of the {@code livepersonFunctions} health component through the
 * actuator's health endpoint, against a real HTTP server.
 */
class FunctionsHealthIntegrationTests {

	private final FunctionsEmulator emulator = EmulatedAccount.emulator().start();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(WebApplicationType.class)
	void healthIsDownWhileTheAuthorizationServerRejectsTheCredentialsAndUpAfter(WebApplicationType type) {
		try (FakeLivePerson liveperson = new FakeLivePerson();
				ConfigurableApplicationContext context = run(badCredentials(liveperson).port(), type,
						"--liveperson.functions.health.cache-ttl=0s")) {
			IndicatedHealthDescriptor down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("reason", "bad-credentials")
				.containsEntry("account", FakeLivePerson.ACCOUNT)
				.containsEntry("platform", "v1")
				.containsEntry("gateway", "localhost:" + liveperson.port());
			assertNoSecrets(down.getDetails());

			liveperson.sentinelMode(SentinelMode.OK);
			// The next probe recovers. Not necessarily the very next instant: the core's
			// SingleFlight frees its slot only after the failure reached the caller, so a
			// probe within microseconds may still join the failed token request.
			await().atMost(Duration.ofSeconds(5)).until(() -> health(context).getStatus().equals(Status.UP));
			IndicatedHealthDescriptor up = health(context);
			assertThat(up.getStatus()).as("%s", up.getDetails()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("account", FakeLivePerson.ACCOUNT)
				.containsEntry("platform", "v1")
				.containsEntry("gateway", "localhost:" + liveperson.port())
				.doesNotContainKey("reason");
			assertNoSecrets(up.getDetails());
			// The health check never invokes a function.
			assertThat(liveperson.gatewayRequests()).noneMatch((request) -> request.getTarget().contains("/invoke"));
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
	void healthIsDownWithTheReasonTheAuthorizationServerGives(SentinelMode mode, String reason, String error) {
		try (FakeLivePerson liveperson = new FakeLivePerson();
				ConfigurableApplicationContext context = run(sentinelMode(liveperson, mode).port(),
						WebApplicationType.NONE, "--liveperson.functions.health.cache-ttl=0s")) {
			IndicatedHealthDescriptor down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("reason", reason);
			assertThat((String) down.getDetails().get("error")).contains(error);
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
		try (FakeLivePerson liveperson = new FakeLivePerson();
				ConfigurableApplicationContext context = run(badCredentials(liveperson).port(), WebApplicationType.NONE,
						"--liveperson.functions.health.cache-ttl=1h")) {
			assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
			int tokenRequests = liveperson.tokenRequests().size();
			assertThat(tokenRequests).isPositive();
			liveperson.sentinelMode(SentinelMode.OK);
			for (int i = 0; i < 5; i++) {
				assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
			}
			assertThat(liveperson.tokenRequests()).hasSize(tokenRequests);
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

	private static FakeLivePerson badCredentials(FakeLivePerson liveperson) {
		return sentinelMode(liveperson, SentinelMode.BAD_CREDENTIALS);
	}

	private static FakeLivePerson sentinelMode(FakeLivePerson liveperson, SentinelMode mode) {
		liveperson.sentinelMode(mode);
		return liveperson;
	}

	private static IndicatedHealthDescriptor health(ConfigurableApplicationContext context) {
		return (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class).healthForPath("livepersonFunctions");
	}

	private static void assertNoSecrets(Map<String, Object> details) {
		assertThat(details.toString()).doesNotContain(FakeLivePerson.CLIENT_SECRET)
			.doesNotContain(FakeLivePerson.ACCESS_TOKEN);
	}

	private ConfigurableApplicationContext run(WebApplicationType type, String... properties) {
		return run(this.emulator.port(), type, properties);
	}

	private static ConfigurableApplicationContext run(int port, WebApplicationType type, String... properties) {
		String[] args = new String[properties.length + 3];
		args[0] = "--spring.config.location=classpath:/functions-app/application.yml";
		args[1] = "--emulator.port=" + port;
		args[2] = "--server.port=0";
		System.arraycopy(properties, 0, args, 3, properties.length);
		return new SpringApplicationBuilder(FunctionsTestApplication.class).web(type).run(args);
	}

}
