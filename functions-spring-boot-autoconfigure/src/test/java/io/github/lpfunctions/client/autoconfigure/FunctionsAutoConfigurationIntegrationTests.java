package io.github.lpfunctions.client.autoconfigure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.Disposable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsOperations;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests: a real {@link org.springframework.boot.SpringApplication}, configured
 * by nothing but {@code functions-app/application.yml}, calls the emulator for discovery,
 * the authorization server and the gateway.
 */
class FunctionsAutoConfigurationIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	// a clock that stands still, so that the results of an event carry a known timestamp
	private final FunctionsEmulator emulator = EmulatedAccount.emulator()
		.clock(Clock.fixed(Instant.ofEpochMilli(1700000000000L), ZoneOffset.UTC))
		.start();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(WebApplicationType.class)
	void injectedTemplateInvokesWithARealTokenFlow(WebApplicationType type) {
		RequestCapture tokens = this.emulator.faults().capture(Endpoint.TOKEN);
		RequestCapture invocations = this.emulator.faults().capture(Endpoint.INVOKE);
		try (ConfigurableApplicationContext context = run(type)) {
			FunctionsOperations functions = context.getBean(FunctionsOperations.class);
			Map<String, Object> result = functions.invokeByUuid(EmulatedAccount.FUNCTION_UUID, Map.of("name", "Ada"),
					Map.class);
			assertThat(result).containsEntry("greeting", "Hello from " + EmulatedAccount.FUNCTION_UUID);

			List<UnmaskedRequest> tokenRequests = tokens.requests();
			assertThat(tokenRequests).hasSize(1);
			UnmaskedRequest token = tokenRequests.get(0);
			assertThat(token.method()).isEqualTo("POST");
			assertThat(token.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
			assertThat(EmulatedAccount.target(token)).isEqualTo("/sentinel/api/account/12345678/app/token?v=2.0")
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
			assertThat(form(token.bodyAsString())).containsEntry("grant_type", "client_credentials")
				.containsEntry("client_id", EmulatedAccount.CLIENT_ID)
				.containsEntry("client_secret", EmulatedAccount.CLIENT_SECRET);

			List<UnmaskedRequest> gatewayRequests = invocations.requests();
			assertThat(gatewayRequests).hasSize(1);
			UnmaskedRequest invoke = gatewayRequests.get(0);
			assertThat(invoke.method()).isEqualTo("POST");
			assertThat(EmulatedAccount.target(invoke)).isEqualTo("/api/account/12345678/lambdas/"
					+ EmulatedAccount.FUNCTION_UUID + "/invoke?v=1&externalSystem=orders-service");
			assertThat(invoke.header("Authorization"))
				.isEqualTo("Bearer " + EmulatedAccount.issuedAccessTokens(tokens).get(0));
			assertThat(invoke.header("X-Request-ID")).isNotBlank();
			assertThat(invoke.bodyAsString()).contains("\"payload\":{\"name\":\"Ada\"}");

			List<EventInvocationResult<Map>> results = functions.invokeByEvent("conversational_command",
					Map.of("text", "hi"), Map.class);
			assertThat(results).singleElement().satisfies((eventResult) -> {
				assertThat(eventResult.uuid()).isEqualTo(EmulatedAccount.EVENT_FUNCTION_UUID);
				assertThat(eventResult.timestamp()).isEqualTo(java.time.Instant.ofEpochMilli(1700000000000L));
				assertThat(eventResult.result()).containsEntry("greeting", "Hello from the event");
			});
			assertThat(functions.isImplemented("conversational_command")).isTrue();
			assertThat(functions.isImplemented("conversational_command")).isTrue();
			assertThat(functions.isImplemented("bot_connectors_pre_hook")).isFalse();
			// One token for all the calls.
			assertThat(tokens.requests()).hasSize(1);

			ReactiveFunctionsOperations reactive = context.getBean(ReactiveFunctionsOperations.class);
			assertThat(
					reactive.invokeByUuid(EmulatedAccount.FUNCTION_UUID, null, Map.class).block(Duration.ofSeconds(10)))
				.containsKey("greeting");
		}
	}

	@ParameterizedTest
	@EnumSource(WebApplicationType.class)
	void operationsAreTimedWithTheDocumentedTags(WebApplicationType type) {
		try (ConfigurableApplicationContext context = run(type)) {
			FunctionsTemplate functions = context.getBean(FunctionsTemplate.class);
			functions.invokeByUuid(EmulatedAccount.FUNCTION_UUID, Map.of("name", "Ada"), Map.class);
			functions.isImplemented("conversational_command");
			functions.isImplemented("conversational_command");
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				Timer invoke = meters.get("liveperson.functions.requests")
					.tags("operation", "invoke", "outcome", "SUCCESS", "status", "200", "error.code", "none",
							"platform", "v1", "cache", "none")
					.timer();
				assertThat(invoke.count()).isEqualTo(1);
				assertThat(meters.get("liveperson.functions.requests")
					.tags("operation", "is-implemented", "outcome", "SUCCESS", "cache", "miss", "status", "200")
					.timer()
					.count()).isEqualTo(1);
				assertThat(meters.get("liveperson.functions.requests")
					.tags("operation", "is-implemented", "outcome", "SUCCESS", "cache", "hit")
					.timer()
					.count()).isEqualTo(1);
			});
		}
	}

	@Test
	void observationsCanBeSwitchedOffByTheirPrefix() {
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE,
				"--management.observations.enable.liveperson.functions=false")) {
			context.getBean(FunctionsTemplate.class).isImplemented("conversational_command");
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.find("liveperson.functions.requests").timers()).isEmpty();
			assertThat(meters.find("http.client.requests").timers()).isNotEmpty();
		}
	}

	@Test
	void closingTheContextClosesTheTemplatesConnectionPool() {
		ConfigurableApplicationContext context = run(WebApplicationType.NONE);
		ReactiveFunctionsTemplate reactive = context.getBean(ReactiveFunctionsTemplate.class);
		assertThat(context.getBean(FunctionsTemplate.class).isImplemented("conversational_command")).isTrue();
		// The connector (pool and event loops) is private to the core; its state is the
		// only evidence of the close.
		Disposable pool = (Disposable) ReflectionTestUtils.getField(reactive, "ownedConnector");
		assertThat(pool).isNotNull();
		assertThat(pool.isDisposed()).isFalse();
		context.close();
		assertThat(pool.isDisposed()).isTrue();
	}

	@Test
	void failedCallsAreTimedWithTheirErrorCode() {
		try (ConfigurableApplicationContext context = run(WebApplicationType.NONE)) {
			FunctionsTemplate functions = context.getBean(FunctionsTemplate.class);
			String missing = EmulatedAccount.MISSING_FUNCTION_UUID;
			org.assertj.core.api.Assertions
				.assertThatExceptionOfType(io.github.lpfunctions.client.FaaSDetailedException.class)
				.isThrownBy(() -> functions.invokeByUuid(missing, null, Map.class))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(meters.get("liveperson.functions.requests")
					.tags("operation", "invoke", "outcome", "CLIENT_ERROR", "status", "404", "error.code",
							"com.liveperson.faas.es.missinglambda", "platform", "v1")
					.timer()
					.count()).isEqualTo(1));
		}
	}

	@Test
	void callsWithoutAnyOtherAutoConfigurationAndObservesThroughTheRegistryBean() {
		TestObservationRegistry observations = TestObservationRegistry.create();
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.withPropertyValues("liveperson.functions.account-id=" + EmulatedAccount.ACCOUNT,
					"liveperson.functions.client-id=" + EmulatedAccount.CLIENT_ID,
					"liveperson.functions.client-secret=" + EmulatedAccount.CLIENT_SECRET,
					"liveperson.functions.discovery.uri=" + this.emulator.baseUrl(),
					"liveperson.functions.discovery.scheme=http")
			.withBean(ObservationRegistry.class, () -> observations)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(WebClient.Builder.class);
				assertThat(context.getBean(FunctionsTemplate.class).isImplemented("conversational_command")).isTrue();
				TestObservationRegistryAssert.assertThat(observations)
					.hasObservationWithNameEqualTo("liveperson.functions.requests")
					.that()
					.hasLowCardinalityKeyValue("operation", "is-implemented")
					.hasLowCardinalityKeyValue("outcome", "SUCCESS")
					.hasHighCardinalityKeyValue("account", EmulatedAccount.ACCOUNT);
			});
		assertThat(EmulatedAccount.tokenRequests(this.emulator)).hasSize(1);
	}

	private ConfigurableApplicationContext run(WebApplicationType type, String... properties) {
		String[] args = new String[properties.length + 3];
		args[0] = "--spring.config.location=classpath:/functions-app/application.yml";
		args[1] = "--emulator.port=" + this.emulator.port();
		args[2] = "--server.port=0";
		System.arraycopy(properties, 0, args, 3, properties.length);
		return new SpringApplicationBuilder(FunctionsTestApplication.class).web(type).run(args);
	}

	static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					(pair) -> URLDecoder.decode((pair.length > 1) ? pair[1] : "", StandardCharsets.UTF_8)));
	}

}
