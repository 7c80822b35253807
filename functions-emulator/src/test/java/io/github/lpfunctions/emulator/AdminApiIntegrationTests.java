package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AdminApiIntegrationTests {

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.start();
		http = new HttpExchanges(emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	@Test
	void putListAndDeleteFunctions() {
		HttpResponse<String> put = http.put("/emulator/functions/f-1",
				"{\"name\":\"greeter\",\"event\":\"conversational_command\",\"result\":{\"greeting\":\"hi\"},"
						+ "\"delay\":\"PT0.01S\"}");
		assertThat(put.statusCode()).isEqualTo(200);
		JsonNode view = HttpExchanges.json(put);
		assertThat(view.get("state").asString()).isEqualTo("Productive");
		assertThat(view.get("invocations").asLong()).isZero();
		EmulatedFunction function = emulator.functions().get("f-1").orElseThrow();
		assertThat(function.name()).isEqualTo("greeter");
		assertThat(function.eventId()).isEqualTo("conversational_command");
		assertThat(function.result()).isEqualTo(Map.of("greeting", "hi"));

		http.put("/emulator/functions/f-2", "{\"state\":\"Marked Undeployed\",\"errorCode\":\"x.y\"}");
		assertThat(emulator.functions().get("f-2").orElseThrow().state()).isEqualTo(FunctionState.MARKED_UNDEPLOYED);

		String token = http.accessToken();
		assertThat(http.invoke("f-1", token).body()).isEqualTo("{\"greeting\":\"hi\"}");
		JsonNode listed = HttpExchanges.json(http.get("/emulator/functions"));
		assertThat(listed.size()).isEqualTo(2);
		assertThat(listed.get(0).get("invocations").asLong()).isEqualTo(1);
		assertThat(http.get("/emulator/functions/f-1").statusCode()).isEqualTo(200);

		assertThat(http.delete("/emulator/functions/f-1").statusCode()).isEqualTo(204);
		assertThat(http.delete("/emulator/functions/f-1").statusCode()).isEqualTo(404);
		assertThat(http.delete("/emulator/functions").statusCode()).isEqualTo(204);
		assertThat(emulator.functions().all()).isEmpty();
	}

	@Test
	void resetRestoresStartUpState() {
		http.put("/emulator/functions/extra", "{}");
		http.put("/emulator/faults", "{\"discoveryDown\":true}");
		assertThat(http.post("/emulator/reset", "").statusCode()).isEqualTo(204);
		assertThat(emulator.functions().all()).isEmpty();
		assertThat(emulator.faults().isDiscoveryDown()).isFalse();
		assertThat(emulator.requests().all()).isEmpty();
	}

	@Test
	void invalidFunctionSpecIsBadRequest() {
		assertThat(http.put("/emulator/functions/f", "{\"state\":\"Sleeping\"}").statusCode()).isEqualTo(400);
		assertThat(http.put("/emulator/functions/f", "{not json").statusCode()).isEqualTo(400);
	}

	@Test
	void recordsRequestsWithMaskedSecretsExceptAdminCalls() {
		String token = http.accessToken();
		http.invoke("missing", token);
		http.get("/emulator/functions");
		HttpResponse<String> recorded = http.get("/emulator/requests");
		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(recorded.body()).doesNotContain(token).doesNotContain("emulator-secret");
		List<RecordedRequest> requests = emulator.requests().all();
		assertThat(requests).hasSize(2);
		RecordedRequest tokenRequest = requests.get(0);
		assertThat(tokenRequest.method()).isEqualTo("POST");
		assertThat(tokenRequest.path()).isEqualTo("/sentinel/api/account/123456/app/token");
		assertThat(tokenRequest.query()).isEqualTo("v=2.0");
		assertThat(tokenRequest.body()).contains("client_secret=****").contains("client_id=emulator-client");
		RecordedRequest invoke = requests.get(1);
		assertThat(invoke.header("authorization")).isEqualTo("Bearer ****");
		assertThat(invoke.query()).isEqualTo("v=1&externalSystem=tests");
		assertThat(invoke.body()).isEqualTo(HttpExchanges.INVOCATION);
		JsonNode json = HttpExchanges.json(recorded);
		assertThat(json.get(1).get("headers").toString()).contains("Bearer ****");
		assertThat(json.get(1).get("body").asString()).isEqualTo(HttpExchanges.INVOCATION);

		assertThat(http.delete("/emulator/requests").statusCode()).isEqualTo(204);
		assertThat(emulator.requests().all()).isEmpty();
	}

	@Test
	void journalKeepsTheMostRecentRequests() {
		try (FunctionsEmulator small = FunctionsEmulator.builder()
			.property("functions.emulator.max-recorded-requests", "2")
			.start()) {
			HttpExchanges other = new HttpExchanges(small);
			other.get("/one");
			other.get("/two");
			other.get("/three");
			assertThat(small.requests().all()).extracting(RecordedRequest::path).containsExactly("/two", "/three");
		}
	}

	@Test
	void queryCredentialsAreMaskedToo() {
		http.postForm("/sentinel/api/account/123456/app/token?client_id=a&client_secret=s3cr3t",
				Map.of("grant_type", "client_credentials"));
		assertThat(emulator.requests().all().get(0).query()).isEqualTo("client_id=a&client_secret=****");
	}

}
