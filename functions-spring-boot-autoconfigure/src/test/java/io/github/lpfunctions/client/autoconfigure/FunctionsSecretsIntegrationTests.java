package io.github.lpfunctions.client.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * End-to-end tests that the client secret and the access token stay out of the actuator
 * endpoints, the logs and the beans' {@code toString()}, and that a wrong configuration
 * stops the application with a report naming the property.
 */
@ExtendWith(OutputCaptureExtension.class)
class FunctionsSecretsIntegrationTests {

	private final FunctionsEmulator emulator = EmulatedAccount.emulator().start();

	private final RequestCapture tokens = this.emulator.faults().capture(Endpoint.TOKEN);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void secretIsMaskedByDefault(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run()) {
			assertThat(json(context,
					context.getBean(ConfigurationPropertiesReportEndpoint.class)
						.configurationPropertiesWithPrefix("liveperson.functions")))
				.contains("\"clientSecret\"")
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
			assertThat(json(context, context.getBean(EnvironmentEndpoint.class).environment("liveperson.*")))
				.contains("\"liveperson.functions.client-secret\"")
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
		}
	}

	@Test
	void secretIsMaskedEvenWhenTheEndpointsShowValues(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--management.endpoint.configprops.show-values=always",
				"--management.endpoint.env.show-values=always", "--logging.level.io.github.lpfunctions=TRACE",
				"--logging.level.org.springframework.security=TRACE")) {
			context.getBean(FunctionsTemplate.class)
				.invokeByUuid(EmulatedAccount.FUNCTION_UUID, java.util.Map.of("name", "Ada"), java.util.Map.class);
			String configprops = json(context, context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("liveperson.functions"));
			// Values are shown (the client id is), only the secret is masked.
			assertThat(configprops).contains(EmulatedAccount.CLIENT_ID)
				.containsPattern("\"clientSecret\":\\{[^}]*\"value\":\"\\*{6}\"")
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
			String env = json(context, context.getBean(EnvironmentEndpoint.class).environment("liveperson.*"));
			assertThat(env).contains(EmulatedAccount.CLIENT_ID)
				.containsPattern("\"liveperson.functions.client-secret\":\\{[^}]*\"value\":\"\\*{6}\"")
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
			List<String> accessTokens = EmulatedAccount.issuedAccessTokens(this.tokens);
			assertThat(accessTokens).isNotEmpty();
			assertThat(json(context, context.getBean(HealthEndpoint.class).health())).contains("livepersonFunctions")
				.doesNotContain(EmulatedAccount.CLIENT_SECRET)
				.doesNotContain(accessTokens);
			assertThat(context.getBean(ReactiveFunctionsTemplate.class).toString())
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
			assertThat(context.getBean(FunctionsProperties.class).toString())
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
			assertThat(context.getBean(FunctionsConnectionDetails.class).toString())
				.doesNotContain(EmulatedAccount.CLIENT_SECRET);
		}
		assertThat(output).doesNotContain(EmulatedAccount.CLIENT_SECRET);
	}

	@Test
	void missingAccountIdStopsTheApplicationWithAReport(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--liveperson.functions.account-id="));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: liveperson.functions.account-id")
			.contains("Set it to your LivePerson account (site) id")
			.doesNotContain(EmulatedAccount.CLIENT_SECRET);
	}

	@Test
	void unknownRegionStopsTheApplicationWithAReport(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--liveperson.functions.region=mars"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: liveperson.functions.region")
			.contains("Value: \"mars\"");
	}

	private static String json(ConfigurableApplicationContext context, Object descriptor) {
		return context.getBean(JsonMapper.class).writeValueAsString(descriptor);
	}

	private ConfigurableApplicationContext run(String... properties) {
		String[] args = new String[properties.length + 2];
		args[0] = "--spring.config.location=classpath:/functions-app/application.yml";
		args[1] = "--emulator.port=" + this.emulator.port();
		System.arraycopy(properties, 0, args, 2, properties.length);
		return new SpringApplicationBuilder(FunctionsTestApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
