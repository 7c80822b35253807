package io.github.lpfunctions.client.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's pattern, {@code client-secret: ${LIVEPERSON_CLIENT_SECRET}}, in an
 * application whose actuator shows values ({@code show-values=always}), asked over HTTP:
 * the environment variable's value is masked wherever it appears, every other value is
 * shown. The variable sits in the property source that holds the real environment
 * variables (a JVM cannot set its own), under the same name and type.
 */
class FunctionsActuatorMaskingIntegrationTests {

	private static final String SECRET = "env-Secret-7f3a9c2e";

	private static final String OTHER_VALUE = "hello-from-the-environment";

	private static final String UUID = "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3";

	private static final String MASKED = "******";

	// the actuator is behind Spring Security's basic authentication, as an operator's
	// would be
	private static final String OPERATOR = "operator";

	private static final String OPERATOR_PASSWORD = "operator-password-31";

	private final FunctionsEmulator emulator = FunctionsEmulator.builder()
		.clientSecret(SECRET)
		.function(EmulatedFunction.echo(UUID))
		.start();

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void theSecretFromAnEnvironmentVariableIsMaskedWhereverTheEnvEndpointShowsIt() throws Exception {
		try (ConfigurableApplicationContext context = run()) {
			// the secret from the environment is the one that authenticates
			assertThat(context.getBean(FunctionsTemplate.class).invokeByUuid(UUID, Map.of("name", "Ada"), Map.class))
				.containsEntry("name", "Ada");
			String all = get(context, "/actuator/env");
			assertThat(all).doesNotContain(SECRET);
			JsonNode systemEnvironment = propertySource(this.json.readTree(all), "systemEnvironment");
			assertThat(systemEnvironment.at("/properties/LIVEPERSON_CLIENT_SECRET/value").asString()).isEqualTo(MASKED);
			assertThat(systemEnvironment.at("/properties/ORDERS_GREETING/value").asString()).isEqualTo(OTHER_VALUE);
			String one = get(context, "/actuator/env/LIVEPERSON_CLIENT_SECRET");
			assertThat(one).doesNotContain(SECRET);
			assertThat(this.json.readTree(one).at("/property/value").asString()).isEqualTo(MASKED);
			assertThat(this.json.readTree(one).at("/property/source").asString()).isEqualTo("systemEnvironment");
			JsonNode other = this.json.readTree(get(context, "/actuator/env/ORDERS_GREETING"));
			assertThat(other.at("/property/value").asString()).isEqualTo(OTHER_VALUE);
			JsonNode clientId = this.json.readTree(get(context, "/actuator/env/liveperson.functions.client-id"));
			assertThat(clientId.at("/property/value").asString()).isEqualTo(this.emulator.clientId());
		}
	}

	@Test
	void theSecretIsMaskedInConfigpropsWhileOtherValuesShow() throws Exception {
		try (ConfigurableApplicationContext context = run()) {
			String configprops = get(context, "/actuator/configprops/liveperson.functions");
			assertThat(configprops).doesNotContain(SECRET)
				.containsPattern("\"clientSecret\":\\{[^}]*\"value\":\"\\*{6}\"")
				.containsPattern("\"clientId\":\\{[^}]*\"value\":\"" + this.emulator.clientId() + "\"");
		}
	}

	private ConfigurableApplicationContext run() {
		Map<String, String> properties = new HashMap<>(this.emulator.properties());
		properties.put("liveperson.functions.client-secret", "${LIVEPERSON_CLIENT_SECRET}");
		properties.put("management.endpoints.web.exposure.include", "env,configprops");
		properties.put("management.endpoint.env.show-values", "always");
		properties.put("management.endpoint.configprops.show-values", "always");
		properties.put("server.port", "0");
		properties.put("spring.security.user.name", OPERATOR);
		properties.put("spring.security.user.password", OPERATOR_PASSWORD);
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FunctionsTestApplication.class).web(WebApplicationType.SERVLET)
			.initializers(withEnvironmentVariables(
					Map.of("LIVEPERSON_CLIENT_SECRET", SECRET, "ORDERS_GREETING", OTHER_VALUE)))
			.run(args);
	}

	private static ApplicationContextInitializer<ConfigurableApplicationContext> withEnvironmentVariables(
			Map<String, String> variables) {
		return (context) -> {
			Map<String, Object> environment = new HashMap<>(System.getenv());
			environment.putAll(variables);
			context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								environment));
		};
	}

	private String get(ConfigurableApplicationContext context, String path) throws IOException, InterruptedException {
		String port = context.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((OPERATOR + ":" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static JsonNode propertySource(JsonNode env, String name) {
		for (JsonNode source : env.get("propertySources")) {
			if (name.equals(source.get("name").asString())) {
				return source;
			}
		}
		throw new AssertionError("No property source " + name + " in " + env);
	}

}
