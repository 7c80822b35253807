package io.github.lpfunctions.client.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.InvocationOptions;
import io.github.lpfunctions.client.RequestIdGenerator;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application's {@link RequestIdGenerator} bean and
 * {@code liveperson.functions.token.refresh-ahead} reach the wire.
 */
class FunctionsCallSettingsIntegrationTests {

	// the emulator issues and checks tokens on the clock the template runs on
	private static final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T00:00:00Z"));

	private final FunctionsEmulator emulator = EmulatedAccount.emulator().clock(clock).start();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void requestIdsComeFromTheApplicationsGenerator() {
		RequestCapture invocations = this.emulator.faults().capture(Endpoint.INVOKE);
		try (ConfigurableApplicationContext context = run(RequestIds.class)) {
			FunctionsTemplate template = context.getBean(FunctionsTemplate.class);
			template.invokeByUuid(EmulatedAccount.FUNCTION_UUID, null);
			assertThat(invocations.last().header("X-Request-ID")).isEqualTo("orders-1");
			template.invokeByUuid(EmulatedAccount.FUNCTION_UUID, null,
					InvocationOptions.builder().requestId("per-call-7").build());
			assertThat(invocations.last().header("X-Request-ID")).isEqualTo("per-call-7");
			template.invokeByUuid(EmulatedAccount.FUNCTION_UUID, null);
			assertThat(invocations.last().header("X-Request-ID")).isEqualTo("orders-2");
		}
	}

	@Test
	void theTokenIsRefreshedTheConfiguredTimeAheadOfItsExpiry() {
		RequestCapture tokens = this.emulator.faults().capture(Endpoint.TOKEN);
		RequestCapture invocations = this.emulator.faults().capture(Endpoint.INVOKE);
		this.emulator.faults()
			.respond(Endpoint.TOKEN,
					(request) -> ScriptedResponse.json(200,
							"{\"access_token\":\"" + this.emulator.issueAccessToken(Duration.ofHours(1))
									+ "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
		try (ConfigurableApplicationContext context = run(MovedClock.class,
				"--liveperson.functions.token.refresh-ahead=30m")) {
			FunctionsTemplate template = context.getBean(FunctionsTemplate.class);
			template.invokeByUuid(EmulatedAccount.FUNCTION_UUID, null);
			// 31 minutes into an hour-long token: due by the setting, not by the default
			// rule (5 minutes ahead)
			clock.advance(Duration.ofMinutes(31));
			template.invokeByUuid(EmulatedAccount.FUNCTION_UUID, null);
			await().atMost(Duration.ofSeconds(5)).until(() -> EmulatedAccount.issuedAccessTokens(tokens).size() == 2);
			template.invokeByUuid(EmulatedAccount.FUNCTION_UUID, null);
			assertThat(invocations.last().header("Authorization"))
				.isEqualTo("Bearer " + EmulatedAccount.issuedAccessTokens(tokens).get(1));
		}
	}

	private ConfigurableApplicationContext run(Class<?> configuration, String... arguments) {
		String[] all = new String[arguments.length + 2];
		all[0] = "--spring.config.location=classpath:/functions-app/application.yml";
		all[1] = "--emulator.port=" + this.emulator.port();
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		return new SpringApplicationBuilder(FunctionsTestApplication.class, configuration).web(WebApplicationType.NONE)
			.run(all);
	}

	@Configuration(proxyBeanMethods = false)
	static class RequestIds {

		@Bean
		RequestIdGenerator ordersRequestIds() {
			AtomicInteger sequence = new AtomicInteger();
			return () -> "orders-" + sequence.incrementAndGet();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MovedClock {

		@Bean
		FunctionsTemplateBuilderCustomizer movedClock() {
			return (builder) -> builder.clock(clock);
		}

	}

}
