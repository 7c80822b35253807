package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayV2IntegrationTests {

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	static String token;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder()
			.platform(Platform.V2)
			.function(EmulatedFunction.returning("fixed", Map.of("v", 2)).withEvent("ev").withName("fixed-fn"),
					EmulatedFunction.failing("broken", "com.liveperson.faas.handler.custom-failure", "Nope"),
					EmulatedFunction.echo("modified").withState(FunctionState.MODIFIED))
			.start();
		http = new HttpExchanges(emulator);
		token = http.accessToken();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void propertiesNameThePlatform() {
		assertThat(emulator.properties()).containsEntry("liveperson.functions.platform", "v2");
	}

	@Test
	void invokeWithEventSourceHeader() {
		HttpResponse<String> response = invoke("fixed", "LP-EventSource", "tests");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(response).get("v").asInt()).isEqualTo(2);
	}

	@Test
	void missingEventSourceIsInvalid() {
		assertError(invoke("fixed"), 400, "com.liveperson.faas.evg.invalid");
	}

	@Test
	void errorsUseV2BodiesAndCodes() {
		assertError(invoke("nope", "LP-EventSource", "t"), 404, "com.liveperson.faas.function.not-found");
		assertError(invoke("modified", "LP-EventSource", "t"), 404, "com.liveperson.faas.es.notdeployed");
		assertError(invoke("broken", "LP-EventSource", "t"), 901, "com.customer.faas.function.threw-error");
		HttpResponse<String> unauthorized = http.post("/api/account/123456/lambdas/fixed/invoke",
				HttpExchanges.INVOCATION, "Content-Type", "application/json", "LP-EventSource", "t");
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(HttpExchanges.json(unauthorized).has("code")).isTrue();
	}

	@Test
	void isImplementedNeedsNoEventSource() {
		HttpResponse<String> response = http.get("/api/account/123456/events/ev/isImplemented?skillId=3",
				"Authorization", "Bearer " + token, "LP-EventSource", "t");
		assertThat(HttpExchanges.json(response).get("implemented").asBoolean()).isTrue();
		// LivePerson's Node client sends no LP-EventSource here; the platform answers
		HttpResponse<String> withoutHeader = http.get("/api/account/123456/events/ev/isImplemented", "Authorization",
				"Bearer " + token);
		assertThat(withoutHeader.statusCode()).as(withoutHeader.body()).isEqualTo(200);
		assertThat(HttpExchanges.json(withoutHeader).get("implemented").asBoolean()).isTrue();
		HttpResponse<String> other = http.get("/api/account/123456/events/nothing/isImplemented", "Authorization",
				"Bearer " + token);
		assertThat(HttpExchanges.json(other).get("implemented").asBoolean()).isFalse();
		assertThat(http.get("/api/account/123456/events/ev/isImplemented").statusCode()).isEqualTo(401);
	}

	@Test
	void listingAsLivePersonsNodeClientSendsIt() {
		HttpResponse<String> all = http.get("/api/account/123456/functions/?eventId=&userId=&functionName=",
				"Authorization", "Bearer " + token);
		assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
		assertThat(HttpExchanges.json(all).size()).isEqualTo(3);
		HttpResponse<String> named = http.get("/api/account/123456/functions?state=&eventId=ev&functionName=",
				"Authorization", "Bearer " + token);
		assertThat(HttpExchanges.json(named).size()).isEqualTo(1);
		assertThat(HttpExchanges.json(named).get(0).get("uuid").asString()).isEqualTo("fixed");
	}

	@Test
	void unknownApiPathIs404InThePlatformsBody() {
		assertError(http.get("/api/account/123456/nothing", "Authorization", "Bearer " + token), 404,
				"com.liveperson.faas.evg.general");
	}

	@Test
	void listingAtFunctionsWithFunctionNameFilter() {
		HttpResponse<String> response = http.get("/api/account/123456/functions?functionName=fixed-fn", "Authorization",
				"Bearer " + token);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode functions = HttpExchanges.json(response);
		assertThat(functions.size()).isEqualTo(1);
		assertThat(functions.get(0).get("uuid").asString()).isEqualTo("fixed");
		assertError(http.get("/api/account/123456/lambdas?v=1", "Authorization", "Bearer " + token), 404,
				"com.liveperson.faas.evg.general");
	}

	private static HttpResponse<String> invoke(String uuid, String... headers) {
		String[] all = new String[headers.length + 4];
		all[0] = "Authorization";
		all[1] = "Bearer " + token;
		all[2] = "Content-Type";
		all[3] = "application/json";
		System.arraycopy(headers, 0, all, 4, headers.length);
		return http.post("/api/account/123456/lambdas/" + uuid + "/invoke", HttpExchanges.INVOCATION, all);
	}

	private static void assertError(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode body = HttpExchanges.json(response);
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("message").asString()).isNotBlank();
		assertThat(body.has("errorCode")).isFalse();
	}

}
