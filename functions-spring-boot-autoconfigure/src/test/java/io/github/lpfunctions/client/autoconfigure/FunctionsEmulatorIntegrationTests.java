package io.github.lpfunctions.client.autoconfigure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.Platform;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.emulator.test.FunctionsEmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests with {@code @SpringBootTest} against the project's emulator speaking
 * platform V2: the emulator's properties alone configure the starter.
 */
@SpringBootTest(classes = FunctionsTestApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "spring.application.name=billing", "management.endpoint.health.show-details=always",
				"liveperson.functions.health.cache-ttl=0s" })
@FunctionsEmulatorTest(platform = Platform.V2)
class FunctionsEmulatorIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final String UUID = "7f1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	@Autowired
	private FunctionsEmulator emulator;

	@Autowired
	private FunctionsOperations functions;

	@Autowired
	private HealthEndpoint healthEndpoint;

	@Test
	void invokesOnPlatformV2WithTheEventSourceHeader() {
		this.emulator.functions().put(EmulatedFunction.echo(UUID));
		Map<String, Object> result = this.functions.invokeByUuid(UUID, Map.of("name", "Ada"), JSON_OBJECT);
		assertThat(result).containsEntry("name", "Ada");
		List<RecordedRequest> invocations = this.emulator.requests()
			.matching((request) -> request.path().endsWith("/lambdas/" + UUID + "/invoke"));
		assertThat(invocations).singleElement().satisfies((invoke) -> {
			assertThat(invoke.method()).isEqualTo("POST");
			assertThat(invoke.header("LP-EventSource")).isEqualTo("billing");
			assertThat(invoke.query()).satisfiesAnyOf((query) -> assertThat(query).isNull(),
					(query) -> assertThat(query).doesNotContain("externalSystem").doesNotContain("v=1"));
			assertThat(invoke.header("Authorization")).startsWith("Bearer ");
		});
	}

	@Test
	void healthIsUpAgainstTheEmulator() {
		IndicatedHealthDescriptor health = (IndicatedHealthDescriptor) this.healthEndpoint
			.healthForPath("livepersonFunctions");
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("account", this.emulator.accountId())
			.containsEntry("platform", "v2")
			.containsEntry("gateway", "localhost:" + this.emulator.port());
	}

}
