package io.github.lpfunctions.client.autoconfigure;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.client.observation.DefaultFunctionsObservationConvention;
import io.github.lpfunctions.client.observation.FunctionsObservationConvention;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests that the templates pick up the application's own beans: its
 * {@code WebClient.Builder} (customized by a {@link WebClientCustomizer}), its
 * {@code JsonMapper} ({@code spring.jackson.*}) and a
 * {@link FunctionsObservationConvention}.
 */
class FunctionsApplicationBeansIntegrationTests {

	private final FunctionsEmulator emulator = EmulatedAccount.emulator().start();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(WebApplicationType.class)
	void templatesUseTheApplicationsWebClientBuilderJsonMapperAndConvention(WebApplicationType type) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FunctionsTestApplication.class,
				ApplicationBeans.class)
			.web(type)
			.run("--spring.config.location=classpath:/functions-app/application.yml",
					"--emulator.port=" + this.emulator.port(), "--server.port=0",
					"--spring.jackson.property-naming-strategy=SNAKE_CASE")) {
			context.getBean(FunctionsTemplate.class)
				.invokeByUuid(EmulatedAccount.FUNCTION_UUID, new Person("Ada", "Lovelace"), Map.class);

			RecordedRequest invoke = EmulatedAccount.gatewayRequests(this.emulator)
				.stream()
				.filter((request) -> request.path().contains("/invoke"))
				.findFirst()
				.orElseThrow();
			// The application's WebClient.Builder, with its customizer, made the call.
			assertThat(invoke.header("X-Application")).isEqualTo("orders");
			// The application's JsonMapper wrote the payload.
			assertThat(invoke.body()).contains("\"first_name\":\"Ada\"").contains("\"last_name\":\"Lovelace\"");
			// The token request went through the same builder, without the credentials of
			// the gateway.
			RecordedRequest token = EmulatedAccount.tokenRequests(this.emulator).get(0);
			assertThat(token.header("X-Application")).isEqualTo("orders");
			assertThat(token.header("Authorization")).isNull();

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(meters.get("orders.functions")
					.tags("operation", "invoke", "outcome", "SUCCESS")
					.timer()
					.count()).isEqualTo(1));
			assertThat(meters.find("liveperson.functions.requests").timer()).isNull();
		}
	}

	record Person(String firstName, String lastName) {

	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationBeans {

		@Bean
		WebClientCustomizer applicationHeader() {
			return (builder) -> builder.defaultHeader("X-Application", "orders");
		}

		@Bean
		FunctionsObservationConvention ordersConvention() {
			return new DefaultFunctionsObservationConvention() {

				@Override
				public String getName() {
					return "orders.functions";
				}

			};
		}

	}

}
