package io.github.lpfunctions.client.autoconfigure.user;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A servlet application that signs users in with nothing but properties (Spring Boot's
 * own {@code oauth2Login()} chain and the LivePerson registration), against the
 * emulator's login page and token endpoint at the wire: sign-in, calls as the user beside
 * calls with the client credentials, a refresh after the access token expired, and a new
 * sign-in after the refresh token was revoked. No secret reaches the logs at TRACE.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServletUserSignInIntegrationTests {

	// moves the emulator's clock and the one Spring Security's refresh decision reads
	static final MovableClock clock = new MovableClock(Instant.now());

	private final FunctionsEmulator emulator = UserAccount.emulator(clock);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void signsInCallsAsTheUserRefreshesAndSignsInAgainAfterRevocation(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ServletApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties(UserAccount.properties(this.emulator).toArray(String[]::new))
			.run()) {
			OAuth2AuthorizedClientService clients = context.getBean(OAuth2AuthorizedClientService.class);
			new UserSignInScenario(context, this.emulator, clock,
					() -> clients.loadAuthorizedClient("liveperson", UserAccount.USER))
				.run(output);
			assertThat(context.getBean(FunctionsUserCredentials.class).toString())
				.doesNotContain(UserAccount.CLIENT_SECRET);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(UserController.class)
	static class ServletApplication {

		// Spring Security's authorized client manager takes this provider
		@Bean
		RefreshTokenOAuth2AuthorizedClientProvider refreshTokenProvider() {
			RefreshTokenOAuth2AuthorizedClientProvider provider = new RefreshTokenOAuth2AuthorizedClientProvider();
			provider.setClock(clock);
			return provider;
		}

	}

	@RestController
	static class UserController {

		private final FunctionsTemplate functions;

		private final FunctionsUserCredentials userCredentials;

		UserController(FunctionsTemplate functions, FunctionsUserCredentials userCredentials) {
			this.functions = functions;
			this.userCredentials = userCredentials;
		}

		@GetMapping("/as-user")
		Map<?, ?> asUser() {
			return this.functions.invokeByUuid(UserAccount.FUNCTION_UUID, UserAccount.payload("user"),
					this.userCredentials.currentUser(), UserAccount.MAP);
		}

		@GetMapping("/as-app")
		Map<?, ?> asApp() {
			return this.functions.invokeByUuid(UserAccount.FUNCTION_UUID, UserAccount.payload("app"), Map.class);
		}

	}

}
