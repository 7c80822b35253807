package io.github.lpfunctions.emulator.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.WebApplicationContext;

import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application with Spring Security and Actuator, fully auto-configured, and
 * an emulator next to it: neither leaks into the other.
 */
@SpringBootTest(classes = ServletHostIntegrationTests.HostApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.port=0", "management.endpoints.web.exposure.include=health" })
@FunctionsEmulatorTest
class ServletHostIntegrationTests {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Autowired
	FunctionsEmulator emulator;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int hostPort;

	@Test
	void hostIsAServletApplicationWithSecurity() throws Exception {
		assertThat(this.context).isInstanceOf(WebApplicationContext.class);
		assertThat(get("http://localhost:" + this.hostPort + "/anything").statusCode()).isEqualTo(401);
		assertThat(this.hostPort).isNotEqualTo(this.emulator.port());
	}

	@Test
	void emulatorIsNeitherSecuredNorInstrumentedByTheHost() throws Exception {
		String form = "grant_type=client_credentials&client_id=emulator-client&client_secret=emulator-secret";
		HttpResponse<String> token = this.client.send(HttpRequest
			.newBuilder(URI.create(this.emulator.baseUrl() + "/sentinel/api/account/123456/app/token?v=2.0"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).isEqualTo(200);
		assertThat(get(this.emulator.baseUrl() + "/actuator/health").statusCode()).isEqualTo(404);
		String[] emulatorBeans = this.emulator.context().getBeanDefinitionNames();
		assertThat(emulatorBeans).noneMatch((name) -> name.toLowerCase().contains("security"))
			.noneMatch((name) -> name.toLowerCase().contains("actuator"))
			.noneMatch((name) -> name.toLowerCase().contains("health"));
		assertThat(this.emulator.context().getParent()).isNull();
	}

	@Test
	void hostGetsTheConnectionProperties() {
		Map<String, String> properties = this.emulator.properties();
		properties
			.forEach((name, value) -> assertThat(this.context.getEnvironment().getProperty(name)).isEqualTo(value));
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class HostApplication {

	}

}
