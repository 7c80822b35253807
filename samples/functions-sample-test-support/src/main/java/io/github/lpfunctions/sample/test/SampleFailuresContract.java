package io.github.lpfunctions.sample.test;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.MethodMode;
import org.springframework.test.context.TestPropertySource;

import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.sample.support.emulator.DemoFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, the failures every sample must report that need a context of their own: a
 * short deadline, and an authorization server that is down before the first token was
 * obtained. The properties these tests rely on come with them; a sample extends it with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}; the emulator deploys the shared
 * {@link DemoFunctions}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@TestPropertySource(properties = { "liveperson.functions.timeout=3s", "liveperson.functions.health.cache-ttl=0s" })
public abstract class SampleFailuresContract {

	@LocalServerPort
	private int port;

	@Autowired
	private FunctionsEmulator emulator;

	private SampleClient client;

	/**
	 * Create the contract of a sample.
	 */
	protected SampleFailuresContract() {
	}

	@BeforeEach
	void setUp() {
		this.emulator.reset();
		this.client = new SampleClient(this.port);
	}

	// a context of its own: the one the authorization server failed for remembers the
	// failed token request for a while
	@Test
	@DirtiesContext(methodMode = MethodMode.BEFORE_METHOD)
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
		assertThat(component.get("details").get("reason").asString()).isEqualTo("authorization-server-unavailable");
	}

}
