package io.github.lpfunctions.sample.webflux;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.MethodMode;

import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.sample.webflux.emulator.DemoFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, the failures that need a context of their own: a short deadline, and an
 * authorization server that is down before the first token was obtained.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "liveperson.functions.timeout=3s", "liveperson.functions.health.cache-ttl=0s" })
class FunctionsWebFluxSampleFailureIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FunctionsEmulator emulator;

	SampleClient client;

	@BeforeEach
	void setUp() {
		this.emulator.reset();
		this.client = new SampleClient(this.port);
	}

	@Test
	void noAnswerWithinTheDeadlineIsGatewayTimeout() {
		this.emulator.faults().gatewayLatency(Duration.ofSeconds(6));
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.ECHO + "/invoke", "{}");
		assertThat(response.status()).isEqualTo(504);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("LivePerson Functions timed out");
		assertThat(response.json().get("requestId").asString()).isNotBlank();
	}

	@Test
	@DirtiesContext(methodMode = MethodMode.BEFORE_METHOD)
	void authorizationServerDownIsServiceUnavailableAndHealthDown() {
		this.emulator.faults().authorizationServerDown(true);
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.ECHO + "/invoke", "{}");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Cannot authenticate with LivePerson Functions");
		assertThat(response.json().get("platformStatus").asInt()).isEqualTo(503);
		assertThat(this.emulator.functions().invocations(DemoFunctions.ECHO)).isZero();
		SampleClient.Response health = this.client.get("/actuator/health");
		assertThat(health.status()).isEqualTo(503);
		JsonNode component = health.json().get("components").get("livepersonFunctions");
		assertThat(component.get("status").asString()).isEqualTo("DOWN");
		assertThat(component.get("details").get("reason").asString()).isEqualTo("authorization-failed");
	}

}
