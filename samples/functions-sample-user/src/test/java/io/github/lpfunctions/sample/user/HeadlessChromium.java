package io.github.lpfunctions.sample.user;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Headless Chromium from the system's packages ({@code chromium} and
 * {@code chromium-driver}), driven by Selenium with the installed driver, so that nothing
 * is downloaded at run time (Selenium Manager is only asked when a path is missing).
 * Where they are not installed the browser test is skipped, except on CI
 * ({@code CI=true}), where {@code .ci/run} installs them and the test must run.
 */
final class HeadlessChromium {

	private static final Logger log = LoggerFactory.getLogger(HeadlessChromium.class);

	private static final Path BROWSER = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * Start a browser, or skip the calling test where Chromium is not installed.
	 * @return the browser; the caller quits it
	 */
	static WebDriver start() {
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			String missing = "Headless Chromium needs " + BROWSER + " and " + DRIVER
					+ " (Debian: apt-get install chromium chromium-driver)";
			if ("true".equals(System.getenv("CI"))) {
				fail(missing + "; on CI the browser test must run");
			}
			log.warn("{}: the browser test is skipped", missing);
			abort(missing + ": the browser test is skipped");
		}
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
		return new ChromeDriver(service, options);
	}

}
