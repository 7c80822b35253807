package io.github.lpfunctions.sample.user;

import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.sample.test.SampleClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as {@code spring-boot:run} starts it, with its in-process emulator, at the
 * wire: the page, the redirect to the emulator's Sentinel, and a whole sign-in and
 * invocation as a browser would make them, with a plain HTTP client that keeps cookies.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FunctionsUserSampleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private FunctionsEmulator emulator;

	private final BrowserSession browser = new BrowserSession();

	@Test
	void pageOffersSignInWithLivePerson() {
		BrowserSession.Page page = this.browser.get(sample("/"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("Sign in with LivePerson")
			.contains("href=\"/oauth2/authorization/liveperson\"")
			.doesNotContain("Signed in as");
	}

	@Test
	void signInRedirectsToTheEmulatorsAuthorizationEndpoint() {
		BrowserSession.Page redirect = this.browser.get(sample("/oauth2/authorization/liveperson"));
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.location())
			.startsWith(this.emulator.baseUrl() + "/sentinel/api/account/" + this.emulator.accountId()
					+ "/authorize?v=1.0&response_type=code&client_id=" + this.emulator.clientId())
			.contains("&state=")
			.contains("&redirect_uri=" + sample("/login/oauth2/code/liveperson"));
		BrowserSession.Page loginPage = this.browser.get(redirect.location());
		assertThat(loginPage.status()).isEqualTo(200);
		assertThat(loginPage.body()).contains("name=\"username\"").contains("name=\"password\"");
	}

	@Test
	void aVisitorWhoIsNotSignedInIsSentToThePage() {
		BrowserSession.Page answer = this.browser.get(sample("/invoke"));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo(sample("/"));
	}

	@Test
	void signsInThroughTheEmulatorAndInvokesAsTheUser() {
		BrowserSession.Page page = signIn("agent", "agent-password");
		assertThat(page.body()).contains("Signed in as <strong id=\"user\">agent</strong>");

		RequestCapture invocations = this.emulator.faults().capture(Endpoint.INVOKE);
		BrowserSession.Page result = this.browser.postForm(sample("/invoke"),
				Map.of("_csrf", page.hidden("_csrf"), "text", "hello from agent"));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("Ran as <strong id=\"ran-as\">agent</strong>")
			.contains("&quot;user&quot; : &quot;agent&quot;")
			.contains("hello from agent")
			.doesNotContain("id=\"error\"");
		assertThat(subjectOf(invocations.last().header("Authorization"))).as("the user whose token the call carried")
			.isEqualTo("agent");
	}

	@Test
	void aUserWithoutTheInvocationPrivilegeSeesLivePersonsRefusal() {
		BrowserSession.Page page = signIn(EmulatorSignInConfiguration.VIEWER.name(),
				EmulatorSignInConfiguration.VIEWER.password());
		BrowserSession.Page refusal = this.browser.postForm(sample("/invoke"),
				Map.of("_csrf", page.hidden("_csrf"), "text", "hello"));
		assertThat(refusal.status()).isEqualTo(200);
		assertThat(refusal.body()).contains("id=\"error\"")
			.contains("403")
			.contains("User viewer lacks the FaaS-Invocation privilege")
			.doesNotContain("id=\"result\"");
	}

	/**
	 * Sign in as a browser does: the sample's redirect, the emulator's login form, the
	 * callback; return the page the user lands on.
	 */
	private BrowserSession.Page signIn(String user, String password) {
		BrowserSession.Page loginPage = this.browser
			.get(this.browser.get(sample("/oauth2/authorization/liveperson")).location());
		BrowserSession.Page callback = this.browser.postForm(this.emulator.baseUrl() + formAction(loginPage),
				Map.of("client_id", loginPage.hidden("client_id"), "redirect_uri", loginPage.hidden("redirect_uri"),
						"response_type", "code", "state", loginPage.hidden("state"), "username", user, "password",
						password));
		assertThat(callback.status()).isEqualTo(302);
		assertThat(callback.location()).startsWith(sample("/login/oauth2/code/liveperson?code="));
		BrowserSession.Page signedIn = this.browser.get(callback.location());
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).isEqualTo(sample("/"));
		return this.browser.get(sample("/"));
	}

	private String sample(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * The {@code sub} claim of the JWT of a bearer {@code Authorization} header.
	 */
	private static String subjectOf(@Nullable String authorization) {
		assertThat(authorization).startsWith("Bearer ");
		String claims = authorization.substring("Bearer ".length()).split("\\.")[1];
		return SampleClient.JSON.readTree(Base64.getUrlDecoder().decode(claims)).get("sub").asString();
	}

	private static String formAction(BrowserSession.Page page) {
		int start = page.body().indexOf("action=\"") + "action=\"".length();
		return page.body().substring(start, page.body().indexOf('"', start));
	}

}
