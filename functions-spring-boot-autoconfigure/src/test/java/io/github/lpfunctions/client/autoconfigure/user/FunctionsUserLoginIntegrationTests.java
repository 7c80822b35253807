package io.github.lpfunctions.client.autoconfigure.user;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.InvocationOptions;
import io.github.lpfunctions.client.LambdaQuery;
import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service user from {@code liveperson.functions.user-login.*} at the wire: the template
 * lists functions as that user while invocations keep the client credentials, the
 * {@code livepersonUserLogin} bean authorizes single calls as the user, and the password
 * stays out of the actuator, the logs at TRACE and every {@code toString()}.
 */
@ExtendWith(OutputCaptureExtension.class)
class FunctionsUserLoginIntegrationTests {

	private final FunctionsEmulator emulator = UserAccount.emulator(new MovableClock(Instant.now()));

	private final RequestCapture logins = this.emulator.faults().capture(Endpoint.LOGIN);

	private final RequestCapture listings = this.emulator.faults().capture(Endpoint.LISTING);

	private final RequestCapture invocations = this.emulator.faults().capture(Endpoint.INVOKE);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void listsAsTheServiceUserAndInvokesWithTheClientCredentials(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run()) {
			FunctionsTemplate functions = context.getBean(FunctionsTemplate.class);
			assertThat(functions.getLambdas(LambdaQuery.all())).isNotEmpty();
			assertThat(this.logins.count()).isEqualTo(1);
			assertThat(this.logins.last().bodyAsString()).contains(UserAccount.USER);
			assertThat(UserAccount.subject(this.listings.last())).isEqualTo(UserAccount.USER);

			functions.invokeByUuid(UserAccount.FUNCTION_UUID, UserAccount.payload("app"), Map.class);
			assertThat(UserAccount.subject(this.invocations.last())).isEqualTo(UserAccount.CLIENT_ID);

			// the bean authorizes single calls as the user, with the same login
			ClientAuthentication userLogin = context.getBean(UserLoginClient.class).userLogin();
			assertThat(functions.invokeByUuid(UserAccount.FUNCTION_UUID, UserAccount.payload("user"),
					InvocationOptions.builder().authentication(userLogin).build(), UserAccount.MAP))
				.containsEntry("who", "user");
			assertThat(UserAccount.subject(this.invocations.last())).isEqualTo(UserAccount.USER);
			assertThat(this.logins.count()).isEqualTo(1);

			JsonMapper json = context.getBean(JsonMapper.class);
			String configprops = json.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("liveperson.functions"));
			assertThat(configprops).contains(UserAccount.USER).contains("\"password\"");
			// by key, and by value wherever else the password is set
			String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
			assertThat(env).contains("liveperson.functions.user-login.password", "app.password-copy");
			List<String> secrets = List.of(UserAccount.PASSWORD, UserAccount.bearer(this.listings.last()));
			assertThat(configprops).doesNotContain(secrets);
			assertThat(env).doesNotContain(secrets);
			assertThat(userLogin.toString()).doesNotContain(secrets);
			assertThat(context.getBean(FunctionsUserLoginProperties.class).toString()).doesNotContain(secrets);
		}
		assertThat(output.getAll()).doesNotContain(UserAccount.PASSWORD)
			.doesNotContain(UserAccount.bearer(this.listings.last()));
	}

	@Test
	void theUserLoginNeverReplacesTheApplicationsOwnAuthentication() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(FunctionsAutoConfiguration.class, FunctionsUserLoginAutoConfiguration.class))
			.withPropertyValues("liveperson.functions.account-id=12345678",
					"liveperson.functions.client-id=functions-client",
					"liveperson.functions.client-secret=s3cr3t-Value-42",
					"liveperson.functions.user-login.username=" + UserAccount.USER,
					"liveperson.functions.user-login.password=" + UserAccount.PASSWORD)
			.withBean("ownAuthentication", ClientAuthentication.class,
					() -> new BearerTokenAuthentication(() -> "own-token"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanProvider(ClientAuthentication.class).getIfUnique())
					.isSameAs(context.getBean("ownAuthentication"));
				assertThat(context.getBean(FunctionsUserLoginAutoConfiguration.USER_LOGIN_BEAN))
					.isNotSameAs(context.getBean("ownAuthentication"));
			});
	}

	@Test
	void aLoginEndpointThatIsNoServiceUrlStopsTheApplicationNamingTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(FunctionsAutoConfiguration.class, FunctionsUserLoginAutoConfiguration.class))
			.withPropertyValues("liveperson.functions.account-id=12345678",
					"liveperson.functions.client-id=functions-client",
					"liveperson.functions.client-secret=s3cr3t-Value-42",
					"liveperson.functions.user-login.username=" + UserAccount.USER,
					"liveperson.functions.user-login.password=" + UserAccount.PASSWORD,
					"liveperson.functions.endpoints.login=https://va.agentvep.liveperson.net/api")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("liveperson.functions.endpoints.login"));
	}

	private ConfigurableApplicationContext run() {
		return new SpringApplicationBuilder(LoginApplication.class).web(WebApplicationType.NONE)
			.properties(UserAccount.properties(this.emulator, "liveperson.functions.user-authorization.enabled=false",
					"liveperson.functions.user-login.username=" + UserAccount.USER,
					"liveperson.functions.user-login.password=" + UserAccount.PASSWORD,
					"app.password-copy=" + UserAccount.PASSWORD,
					"management.endpoints.web.exposure.include=env,configprops",
					"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always")
				.toArray(String[]::new))
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class LoginApplication {

		@Bean
		UserLoginClient userLoginClient(@Qualifier("livepersonUserLogin") ClientAuthentication userLogin) {
			return new UserLoginClient(userLogin);
		}

	}

	record UserLoginClient(ClientAuthentication userLogin) {

	}

}
