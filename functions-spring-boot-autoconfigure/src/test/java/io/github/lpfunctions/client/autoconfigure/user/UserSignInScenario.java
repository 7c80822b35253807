package io.github.lpfunctions.client.autoconfigure.user;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;
import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does with an application that signs users in, servlet or reactive alike,
 * checked at the emulator: sign-in through the emulator's login page, calls as the user
 * ({@code /as-user}) beside calls with the client credentials ({@code /as-app}), a
 * refresh after the access token expired, and a new sign-in after the refresh token was
 * revoked. No secret reaches the logs.
 */
final class UserSignInScenario {

	private final ConfigurableApplicationContext context;

	private final FunctionsEmulator emulator;

	private final MovableClock clock;

	private final Supplier<OAuth2AuthorizedClient> authorizedClient;

	private final RequestCapture invocations;

	private final SignInBrowser browser = new SignInBrowser();

	/**
	 * Prepare the scenario.
	 * @param context the running application
	 * @param emulator the emulator it calls
	 * @param clock the clock of the emulator and of the application's refresh decision
	 * @param authorizedClient the user's authorized client as the application keeps it
	 */
	UserSignInScenario(ConfigurableApplicationContext context, FunctionsEmulator emulator, MovableClock clock,
			Supplier<OAuth2AuthorizedClient> authorizedClient) {
		this.context = context;
		this.emulator = emulator;
		this.clock = clock;
		this.authorizedClient = authorizedClient;
		this.invocations = emulator.faults().capture(Endpoint.INVOKE);
	}

	void run(CapturedOutput output) throws Exception {
		URI app = URI.create("http://localhost:" + this.context.getEnvironment().getProperty("local.server.port"));

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
		this.clock.advance(UserAccount.TOKEN_LIFETIME.plus(Duration.ofMinutes(1)));
		assertThat(this.browser.get(app.resolve("/as-user")).body()).isEqualTo("{\"who\":\"user\"}");
		UnmaskedRequest refreshed = this.invocations.last();
		assertThat(UserAccount.subject(refreshed)).isEqualTo(UserAccount.USER);
		assertThat(UserAccount.bearer(refreshed)).isNotEqualTo(UserAccount.bearer(first));
		assertThat(UserAccount.tokenGrants(this.emulator, "refresh_token")).isNotEmpty();

		// the refresh token is revoked (the user signed out elsewhere): sign in again
		String refreshToken = this.authorizedClient.get().getRefreshToken().getTokenValue();
		UserAccount.revoke(this.emulator, refreshToken);
		this.clock.advance(UserAccount.TOKEN_LIFETIME.plus(Duration.ofMinutes(1)));
		HttpResponse<String> signInAgain = this.browser.get(app.resolve("/as-user"));
		assertAuthorizationRequest(SignInBrowser.location(signInAgain), app);
		HttpResponse<String> again = this.browser.signIn(signInAgain, UserAccount.USER, UserAccount.PASSWORD);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo("{\"who\":\"user\"}");
		assertThat(UserAccount.subject(this.invocations.last())).isEqualTo(UserAccount.USER);

		List<String> secrets = new ArrayList<>(List.of(UserAccount.PASSWORD, UserAccount.CLIENT_SECRET, refreshToken,
				this.authorizedClient.get().getRefreshToken().getTokenValue()));
		this.invocations.requests().forEach((request) -> secrets.add(UserAccount.bearer(request)));
		assertThat(output.getAll()).doesNotContain(secrets);
		assertThat(this.authorizedClient.get().toString()).doesNotContain(secrets);
	}

	private void assertAuthorizationRequest(URI authorize, URI app) {
		assertThat(authorize.toString())
			.startsWith(this.emulator.baseUrl() + "/sentinel/api/account/" + UserAccount.ACCOUNT + "/authorize?v=1.0&");
		assertThat(authorize.getQuery()).contains("response_type=code", "client_id=" + UserAccount.CLIENT_ID,
				"redirect_uri=" + app + "/login/oauth2/code/liveperson", "state=");
	}

}
