package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CsdsIntegrationTests {

	@Test
	void everyServicePointsToTheEmulator() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder().accountId("42").start()) {
			HttpExchanges http = new HttpExchanges(emulator);
			HttpResponse<String> response = http.get("/api/account/42/service/baseURI.json?version=1.0");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode baseUris = HttpExchanges.json(response).get("baseURIs");
			assertThat(baseUris.valueStream().map((entry) -> entry.get("service").asString()))
				.contains("faasGW", "sentinel", "faasUI")
				.hasSizeGreaterThan(3);
			baseUris.forEach((entry) -> {
				assertThat(entry.get("account").asString()).isEqualTo("42");
				assertThat(entry.get("baseURI").asString()).isEqualTo("localhost:" + emulator.port());
			});
			assertThat(http.get("/api/account/43/service/baseURI.json?version=1.0").statusCode()).isEqualTo(404);
			assertThat(emulator.properties()).containsEntry("liveperson.functions.account-id", "42")
				.containsEntry("liveperson.functions.discovery.uri", "http://localhost:" + emulator.port())
				.containsEntry("liveperson.functions.discovery.scheme", "http")
				.doesNotContainKey("liveperson.functions.platform");
		}
	}

	@Test
	void unknownPathIs404() {
		try (FunctionsEmulator emulator = FunctionsEmulator.start()) {
			assertThat(new HttpExchanges(emulator).get("/api/account/123456/nothing").statusCode()).isEqualTo(404);
		}
	}

}
