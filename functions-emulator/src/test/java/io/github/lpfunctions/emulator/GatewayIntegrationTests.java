package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayIntegrationTests {

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	static String token;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder()
			.function(EmulatedFunction.echo("echo").withName("echo-function"),
					EmulatedFunction.returning("fixed", Map.of("answer", 42)).withEvent("conversational_command"),
					EmulatedFunction.returning("draft", "x").withState(FunctionState.DRAFT),
					EmulatedFunction.failing("broken", "com.liveperson.faas.handler.custom-failure", "Nope")
						.withEvent("conversational_command"),
					EmulatedFunction.echo("slow").withDelay(Duration.ofMillis(300)))
			.start();
		http = new HttpExchanges(emulator);
		token = http.accessToken();
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
	void invokeEchoesPayload() {
		HttpResponse<String> response = http.invoke("echo", token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"hello\":\"world\"}");
		assertThat(emulator.functions().invocations("echo")).isEqualTo(1);
	}

	@Test
	void invokeReturnsConfiguredResult() {
		HttpResponse<String> response = http.invoke("fixed", token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(response).get("answer").asInt()).isEqualTo(42);
	}

	@Test
	void stringResultIsJsonString() {
		emulator.functions().put(EmulatedFunction.returning("text", "plain"));
		assertThat(http.invoke("text", token).body()).isEqualTo("\"plain\"");
	}

	@Test
	void unknownFunctionIsMissingLambda() {
		assertError(http.invoke("nope", token), 404, "com.liveperson.faas.es.missinglambda");
	}

	@Test
	void functionNotProductiveIsNotDeployed() {
		assertError(http.invoke("draft", token), 404, "com.liveperson.faas.es.notdeployed");
		assertThat(emulator.functions().invocations("draft")).isZero();
	}

	@Test
	void failingFunctionAnswers901() {
		HttpResponse<String> response = http.invoke("broken", token);
		assertError(response, 901, "com.liveperson.faas.handler.custom-failure");
		JsonNode body = HttpExchanges.json(response);
		assertThat(body.get("errorMsg").asString()).isEqualTo("Nope");
		assertThat(body.get("errorLogs").isArray()).isTrue();
	}

	@Test
	void platformErrorCodesGetPlatformStatuses() {
		emulator.functions()
			.put(EmulatedFunction.failing("general", "com.liveperson.faas.es.general", "boom"))
			.put(EmulatedFunction.failing("unavailable", "com.liveperson.faas.es.unavailable", "down"))
			.put(EmulatedFunction.failing("custom", "com.liveperson.faas.es.general", "teapot").withErrorStatus(418));
		assertError(http.invoke("general", token), 500, "com.liveperson.faas.es.general");
		assertError(http.invoke("unavailable", token), 502, "com.liveperson.faas.es.unavailable");
		assertError(http.invoke("custom", token), 418, "com.liveperson.faas.es.general");
	}

	@Test
	void delayIsHonoredAndTimeoutExceeded() {
		long start = System.nanoTime();
		assertThat(http.invoke("slow", token).statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		try (FunctionsEmulator shortWindow = FunctionsEmulator.builder()
			.property("functions.emulator.function-timeout", "100ms")
			.function(EmulatedFunction.echo("slow").withDelay(Duration.ofSeconds(5)))
			.start()) {
			HttpExchanges other = new HttpExchanges(shortWindow);
			assertError(other.invoke("slow", other.accessToken()), 901,
					"com.liveperson.faas.handler.executiontime-exceeded");
		}
	}

	@Test
	void missingTokenIs401() {
		HttpResponse<String> response = http.post(invokePath("echo"), HttpExchanges.INVOCATION, "Content-Type",
				"application/json");
		assertError(response, 401, "com.liveperson.faas.es.unauthorized");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
	}

	@Test
	void tamperedTokenIs401() {
		String[] parts = token.split("\\.");
		String tampered = parts[0] + "." + parts[1] + "x." + parts[2];
		assertError(http.invoke("echo", tampered), 401, "com.liveperson.faas.es.unauthorized");
		// another first character of the signature: unlike the last ones, it carries six
		// whole bits, so the signature always changes
		char other = (parts[2].charAt(0) == 'A') ? 'B' : 'A';
		String resigned = parts[0] + "." + parts[1] + "." + other + parts[2].substring(1);
		assertError(http.invoke("echo", resigned), 401, "com.liveperson.faas.es.unauthorized");
		assertError(http.invoke("echo", "not-a-jwt"), 401, "com.liveperson.faas.es.unauthorized");
	}

	@Test
	void expiredTokenIs401() {
		assertError(http.invoke("echo", emulator.issueAccessToken(Duration.ofSeconds(-1))), 401,
				"com.liveperson.faas.es.unauthorized");
		MovableClock clock = new MovableClock(Instant.now());
		try (FunctionsEmulator shortLived = FunctionsEmulator.builder()
			.tokenLifetime(Duration.ofSeconds(1))
			.clock(clock)
			.function(EmulatedFunction.echo("echo"))
			.start()) {
			HttpExchanges other = new HttpExchanges(shortLived);
			String shortToken = other.accessToken();
			assertThat(other.invoke("echo", shortToken).statusCode()).isEqualTo(200);
			clock.advance(Duration.ofMillis(2500));
			HttpResponse<String> expired = other.invoke("echo", shortToken);
			assertThat(expired.statusCode()).isEqualTo(401);
			assertThat(HttpExchanges.json(expired).get("errorMsg").asString()).isEqualTo("Token expired");
		}
	}

	@Test
	void tokenOfAnotherEmulatorIs401() {
		try (FunctionsEmulator other = FunctionsEmulator.start()) {
			assertError(http.invoke("echo", new HttpExchanges(other).accessToken()), 401,
					"com.liveperson.faas.es.unauthorized");
		}
	}

	@Test
	void tokenForAnotherAccountIs401() {
		HttpResponse<String> response = http.post("/api/account/999/lambdas/echo/invoke?v=1&externalSystem=t",
				HttpExchanges.INVOCATION, "Authorization", "Bearer " + token, "Content-Type", "application/json");
		assertError(response, 401, "com.liveperson.faas.es.unauthorized");
	}

	@Test
	void missingQueryParametersAreBadInput() {
		assertError(post("/api/account/123456/lambdas/echo/invoke?externalSystem=t", HttpExchanges.INVOCATION), 400,
				"com.liveperson.faas.es.badinput");
		assertError(post("/api/account/123456/lambdas/echo/invoke?v=1", HttpExchanges.INVOCATION), 400,
				"com.liveperson.faas.es.badinput");
	}

	@Test
	void malformedBodiesAreBadInput() {
		List<String> bodies = List.of("not json", "[]", "{\"headers\":[],\"payload\":{}}",
				"{\"timestamp\":\"yesterday\",\"headers\":[],\"payload\":{}}", "{\"timestamp\":1,\"payload\":{}}",
				"{\"timestamp\":1,\"headers\":[{\"name\":\"x\"}],\"payload\":{}}", "{\"timestamp\":1,\"headers\":[]}");
		for (String body : bodies) {
			assertError(post(invokePath("echo"), body), 400, "com.liveperson.faas.es.badinput");
		}
		assertThat(emulator.functions().invocations("echo")).isZero();
	}

	@Test
	void wrongContentTypeIsBadInput() {
		HttpResponse<String> response = http.post(invokePath("echo"), HttpExchanges.INVOCATION, "Authorization",
				"Bearer " + token, "Content-Type", "text/plain");
		assertError(response, 400, "com.liveperson.faas.es.badinput");
	}

	@Test
	void invokeByEventRunsEveryProductiveFunction() {
		HttpResponse<String> response = post(
				"/api/account/123456/events/conversational_command/invoke?v=1&externalSystem=t&skillId=1",
				HttpExchanges.INVOCATION);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = HttpExchanges.json(response);
		assertThat(body.size()).isEqualTo(2);
		assertThat(body.get(0).get("uuid").asString()).isEqualTo("fixed");
		assertThat(body.get(0).get("timestamp").isNumber()).isTrue();
		assertThat(body.get(0).get("result").get("answer").asInt()).isEqualTo(42);
		assertThat(body.get(1).get("uuid").asString()).isEqualTo("broken");
		assertThat(body.get(1).has("result")).isFalse();
		assertThat(body.get(1).get("error").get("errorCode").asString())
			.isEqualTo("com.liveperson.faas.handler.custom-failure");
		HttpResponse<String> none = post("/api/account/123456/events/nobody_listens/invoke?v=1&externalSystem=t",
				HttpExchanges.INVOCATION);
		assertThat(none.body()).isEqualTo("[]");
	}

	@Test
	void isImplemented() {
		HttpResponse<String> implemented = http.get(
				"/api/account/123456/events/conversational_command/isImplemented?v=1&externalSystem=t", "Authorization",
				"Bearer " + token);
		assertThat(implemented.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(implemented).get("implemented").asBoolean()).isTrue();
		HttpResponse<String> notImplemented = http.get(
				"/api/account/123456/events/bot_connectors_pre_hook/isImplemented?v=1&externalSystem=t",
				"Authorization", "Bearer " + token);
		assertThat(HttpExchanges.json(notImplemented).get("implemented").asBoolean()).isFalse();
		assertThat(http.get("/api/account/123456/events/x/isImplemented?v=1&externalSystem=t").statusCode())
			.isEqualTo(401);
	}

	@Test
	void listingHasLambdaFieldsAndFilters() {
		HttpResponse<String> all = http.get("/api/account/123456/lambdas?v=1&userId=u", "Authorization",
				"Bearer " + token);
		assertThat(all.statusCode()).isEqualTo(200);
		JsonNode lambdas = HttpExchanges.json(all);
		assertThat(lambdas.size()).isEqualTo(5);
		JsonNode first = lambdas.get(0);
		assertThat(first.propertyNames()).containsExactly("uuid", "name", "version", "description", "eventId", "state",
				"runtime", "createdAt", "createdBy", "updatedAt", "updatedBy", "lastDeployment", "implementation");
		assertThat(first.get("name").asString()).isEqualTo("echo-function");
		assertThat(first.get("state").asString()).isEqualTo("Productive");
		assertThat(names("/api/account/123456/lambdas?v=1&state=Draft")).containsExactly("function-draft");
		assertThat(names("/api/account/123456/lambdas?v=1&eventId=conversational_command"))
			.containsExactly("function-fixed", "function-broken");
		assertThat(names("/api/account/123456/lambdas?v=1&name=echo-function")).containsExactly("echo-function");
		assertThat(http.get("/api/account/123456/lambdas?v=1", "Authorization", "OAuth oauth_consumer_key=\"k\"")
			.statusCode()).as("OAuth 1.0 signed listing").isEqualTo(200);
		assertThat(http.get("/api/account/123456/lambdas?v=1").statusCode()).isEqualTo(401);
		assertThat(http.get("/api/account/123456/functions", "Authorization", "Bearer " + token).statusCode())
			.as("V2 listing on a V1 platform")
			.isEqualTo(404);
	}

	@Test
	void listingAsLivePersonsNodeClientSendsIt() {
		// trailing slash and the unused filters as empty values, as the Node client 2.2.0
		HttpResponse<String> all = http.get(
				"/api/account/123456/lambdas/?eventId=&state=&externalSystem=tests&userId=&v=1", "Authorization",
				"Bearer " + token);
		assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
		assertThat(HttpExchanges.json(all).size()).isEqualTo(5);
		assertThat(names("/api/account/123456/lambdas?v=1&name=&eventId=&state=")).hasSize(5);
		assertThat(names("/api/account/123456/lambdas/?v=1&state=Draft&eventId=")).containsExactly("function-draft");
		assertThat(http.get("/api/account/123456/lambdas/?v=1").statusCode()).isEqualTo(401);
	}

	@Test
	void unknownApiPathIs404InThePlatformsBody() {
		assertError(http.get("/api/account/123456/nothing", "Authorization", "Bearer " + token), 404,
				"com.liveperson.faas.es.general");
		assertError(http.get("/api/account/123456/lambdas/echo/invoke"), 404, "com.liveperson.faas.es.general");
		HttpResponse<String> admin = http.get("/emulator/nothing");
		assertThat(admin.statusCode()).isEqualTo(404);
		assertThat(admin.body()).doesNotContain("errorCode");
	}

	private List<String> names(String path) {
		HttpResponse<String> response = http.get(path, "Authorization", "Bearer " + token);
		assertThat(response.statusCode()).isEqualTo(200);
		return HttpExchanges.json(response).valueStream().map((lambda) -> lambda.get("name").asString()).toList();
	}

	private static HttpResponse<String> post(String path, String body) {
		return http.post(path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
	}

	private static String invokePath(String uuid) {
		return "/api/account/123456/lambdas/" + uuid + "/invoke?v=1&externalSystem=tests";
	}

	static void assertError(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode body = HttpExchanges.json(response);
		assertThat(body.get("errorCode").asString()).isEqualTo(code);
		assertThat(body.get("errorMsg").asString()).isNotBlank();
	}

}
