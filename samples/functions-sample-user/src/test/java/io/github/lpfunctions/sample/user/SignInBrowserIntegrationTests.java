package io.github.lpfunctions.sample.user;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does, in real headless Chromium: opens the sample's page, clicks "Sign in
 * with LivePerson", signs in on the emulator's login page, invokes the function and reads
 * the result and the user it ran as on the page; or, without the FaaS-Invocation
 * privilege, LivePerson's refusal.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInBrowserIntegrationTests {

	// how long to wait for a page to show what the test looks for, not a limit on speed
	private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private FunctionsEmulator emulator;

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signedOutBrowser() {
		// started by the first test, so that each test is reported skipped where Chromium
		// is missing
		if (browser == null) {
			browser = HeadlessChromium.start();
		}
		browser.manage().deleteAllCookies();
	}

	@Test
	void signsInOnTheEmulatorsLoginPageAndInvokesTheFunctionAsTheUser() {
		signIn("agent", "agent-password");
		assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("agent");

		browser.findElement(By.name("text")).clear();
		browser.findElement(By.name("text")).sendKeys("hello from the browser");
		browser.findElement(By.cssSelector("#invoke button[type=submit]")).click();

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
		// what the who-am-i function answered: the caller LivePerson ran it as, and the
		// payload
		assertThat(browser.findElement(By.id("result")).getText()).contains("\"user\" : \"agent\"")
			.contains("hello from the browser");
		assertThat(browser.findElement(By.id("ran-as")).getText()).isEqualTo("agent");
		assertThat(browser.findElements(By.id("error"))).isEmpty();
	}

	@Test
	void aUserWithoutTheInvocationPrivilegeSeesAClearErrorOnThePage() {
		signIn(EmulatorSignInConfiguration.VIEWER.name(), EmulatorSignInConfiguration.VIEWER.password());
		assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("viewer");

		browser.findElement(By.cssSelector("#invoke button[type=submit]")).click();

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
		assertThat(browser.findElement(By.id("error")).getText()).contains("403")
			.contains("User viewer lacks the FaaS-Invocation privilege");
		assertThat(browser.findElements(By.id("result"))).isEmpty();
	}

	/**
	 * Open the page, click "Sign in with LivePerson", sign in on the emulator's login
	 * page, and wait for the page to greet the user.
	 */
	private void signIn(String user, String password) {
		browser.get("http://localhost:" + this.port + "/");
		browser.findElement(By.linkText("Sign in with LivePerson")).click();

		waitFor(ExpectedConditions.urlContains(this.emulator.baseUrl() + "/sentinel/api/account/"));
		browser.findElement(By.name("username")).sendKeys(user);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("user")));
		assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + this.port + "/");
	}

	private static void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, PAGE_LOAD).until(condition);
	}

}
