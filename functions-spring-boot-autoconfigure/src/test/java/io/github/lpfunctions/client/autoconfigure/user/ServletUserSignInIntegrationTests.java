package io.github.lpfunctions.client.autoconfigure.user;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;

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
	static final MutableClock clock = new MutableClock(Instant.now());

	private final FunctionsEmulator emulator = UserAccount.emulator(clock);

	private final RequestCapture invocations = this.emulator.faults().capture(Endpoint.INVOKE);

	private final SignInBrowser browser = new SignInBrowser();

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
			URI app = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));

			// not signed in: to the LivePerson registration, then to Sentinel's authorize
			HttpResponse<String> toRegistration = this.browser.get(app.resolve("/as-user"));
			assertThat(SignInBrowser.location(toRegistration)).hasPath("/oauth2/authorization/liveperson");
			HttpResponse<String> toSentinel = this.browser.get(SignInBrowser.location(toRegistration));
			assertAuthorizationRequest(SignInBrowser.location(toSentinel), app);

			HttpResponse<String> signedIn = this.browser.signIn(toSentinel, UserAccount.USER, UserAccount.PASSWORD);
			assertThat(signedIn.statusCode()).isEqualTo(200);
			assertThat(signedIn.body()).isEqualTo("{\"who\":\"user\"}");
			UnmaskedRequest first = this.invocations.last();
			assertThat(UserAccount.subject(first)).isEqualTo(UserAccount.USER);

			// the application's own calls keep the client credentials
			assertThat(this.browser.get(app.resolve("/as-app")).body()).isEqualTo("{\"who\":\"app\"}");
			assertThat(UserAccount.subject(this.invocations.last())).isEqualTo(UserAccount.CLIENT_ID);

			// the access token expires: refreshed with the refresh token, same user
			clock.advance(UserAccount.TOKEN_LIFETIME.plus(Duration.ofMinutes(1)));
			assertThat(this.browser.get(app.resolve("/as-user")).body()).isEqualTo("{\"who\":\"user\"}");
			UnmaskedRequest refreshed = this.invocations.last();
			assertThat(UserAccount.subject(refreshed)).isEqualTo(UserAccount.USER);
			assertThat(UserAccount.bearer(refreshed)).isNotEqualTo(UserAccount.bearer(first));
			assertThat(UserAccount.tokenGrants(this.emulator, "refresh_token")).isNotEmpty();

			// the refresh token is revoked (the user signed out elsewhere): sign in again
			OAuth2AuthorizedClient client = context.getBean(OAuth2AuthorizedClientService.class)
				.loadAuthorizedClient("liveperson", UserAccount.USER);
			String refreshToken = client.getRefreshToken().getTokenValue();
			UserAccount.revoke(this.emulator, refreshToken);
			clock.advance(UserAccount.TOKEN_LIFETIME.plus(Duration.ofMinutes(1)));
			HttpResponse<String> signInAgain = this.browser.get(app.resolve("/as-user"));
			assertAuthorizationRequest(SignInBrowser.location(signInAgain), app);
			HttpResponse<String> again = this.browser.signIn(signInAgain, UserAccount.USER, UserAccount.PASSWORD);
			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(again.body()).isEqualTo("{\"who\":\"user\"}");

			List<String> secrets = new ArrayList<>(
					List.of(UserAccount.PASSWORD, UserAccount.CLIENT_SECRET, refreshToken,
							context.getBean(OAuth2AuthorizedClientService.class)
								.loadAuthorizedClient("liveperson", UserAccount.USER)
								.getRefreshToken()
								.getTokenValue()));
			this.invocations.requests().forEach((request) -> secrets.add(UserAccount.bearer(request)));
			assertThat(output.getAll()).doesNotContain(secrets);
			assertThat(
					context.getBean(ClientRegistrationRepository.class).findByRegistrationId("liveperson").toString())
				.doesNotContain(UserAccount.CLIENT_SECRET);
			assertThat(client.toString()).doesNotContain(secrets);
		}
	}

	private void assertAuthorizationRequest(URI authorize, URI app) {
		assertThat(authorize.toString())
			.startsWith(this.emulator.baseUrl() + "/sentinel/api/account/" + UserAccount.ACCOUNT + "/authorize?v=1.0&");
		assertThat(authorize.getQuery()).contains("response_type=code", "client_id=" + UserAccount.CLIENT_ID,
				"redirect_uri=" + app + "/login/oauth2/code/liveperson", "state=");
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
