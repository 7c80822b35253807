package io.github.lpfunctions.client.autoconfigure.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.RefreshTokenReactiveOAuth2AuthorizedClientProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux application that signs users in with nothing but properties (Spring Boot's
 * own {@code oauth2Login()} chain and the LivePerson registration), through the whole
 * {@link UserSignInScenario} at the wire.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReactiveUserSignInIntegrationTests {

	// moves the emulator's clock and the one Spring Security's refresh decision reads
	static final MovableClock clock = new MovableClock(Instant.now());

	private final FunctionsEmulator emulator = UserAccount.emulator(clock);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void signsInCallsAsTheUserRefreshesAndSignsInAgainAfterRevocation(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReactiveApplication.class)
			.web(WebApplicationType.REACTIVE)
			.properties(UserAccount.properties(this.emulator).toArray(String[]::new))
			.run()) {
			ReactiveOAuth2AuthorizedClientService clients = context
				.getBean(ReactiveOAuth2AuthorizedClientService.class);
			new UserSignInScenario(context, this.emulator, clock,
					() -> clients.loadAuthorizedClient("liveperson", UserAccount.USER).block(Duration.ofSeconds(5)))
				.run(output);
			assertThat(context.getBean(ReactiveFunctionsUserCredentials.class).toString())
				.doesNotContain(UserAccount.CLIENT_SECRET);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(UserController.class)
	static class ReactiveApplication {

		// Spring Security's authorized client manager takes this provider
		@Bean
		RefreshTokenReactiveOAuth2AuthorizedClientProvider refreshTokenProvider() {
			RefreshTokenReactiveOAuth2AuthorizedClientProvider provider = new RefreshTokenReactiveOAuth2AuthorizedClientProvider();
			provider.setClock(clock);
			return provider;
		}

	}

	@RestController
	static class UserController {

		private final ReactiveFunctionsTemplate functions;

		private final ReactiveFunctionsUserCredentials userCredentials;

		UserController(ReactiveFunctionsTemplate functions, ReactiveFunctionsUserCredentials userCredentials) {
			this.functions = functions;
			this.userCredentials = userCredentials;
		}

		@GetMapping("/as-user")
		Mono<Map<String, Object>> asUser() {
			return this.userCredentials.currentUser()
				.flatMap((asUser) -> this.functions.invokeByUuid(UserAccount.FUNCTION_UUID, UserAccount.payload("user"),
						asUser, UserAccount.MAP));
		}

		@GetMapping("/as-app")
		Mono<Map<String, Object>> asApp() {
			return this.functions.invokeByUuid(UserAccount.FUNCTION_UUID, UserAccount.payload("app"), UserAccount.MAP);
		}

	}

}
