package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users with and without the FaaS-Invocation privilege at the gateway, and the
 * {@code whoAmI} function that shows who an invocation ran as.
 */
class UserPrivilegeIntegrationTests {

	static final String CALLBACK = "http://localhost:8080/login/oauth2/code/liveperson";

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder()
			.user("alice", "wonderland")
			.userWithoutPrivilege("bob", "builder")
			.function(EmulatedFunction.whoAmI("who").withEvent("conversational_command"))
			.start();
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
	void aUserWithoutThePrivilegeSignsInButIsRefusedWith403() {
		String token = userToken("bob", "builder");
		HttpResponse<String> invoked = http.invoke("who", token);
		assertThat(invoked.statusCode()).isEqualTo(403);
		JsonNode body = HttpExchanges.json(invoked);
		assertThat(body.get("errorCode").asString()).isEqualTo("com.liveperson.faas.es.forbidden");
		assertThat(body.get("errorMsg").asString()).contains("bob", "FaaS-Invocation");
		assertThat(emulator.functions().invocations("who")).isZero();

		String bearer = "Bearer " + token;
		assertThat(http
			.post("/api/account/123456/events/conversational_command/invoke?v=1&externalSystem=tests",
					HttpExchanges.INVOCATION, "Authorization", bearer, "Content-Type", "application/json")
			.statusCode()).isEqualTo(403);
		assertThat(http
			.get("/api/account/123456/events/conversational_command/isImplemented?v=1&externalSystem=tests",
					"Authorization", bearer)
			.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/account/123456/lambdas?v=1&userId=", "Authorization", bearer).statusCode())
			.isEqualTo(403);
	}

	@Test
	void v2AnswersTheRefusalInItsOwnFormat() {
		try (FunctionsEmulator v2 = FunctionsEmulator.builder()
			.platform(Platform.V2)
			.userWithoutPrivilege("bob", "builder")
			.function(EmulatedFunction.whoAmI("who"))
			.start()) {
			String token = v2.issueUserAccessToken("bob", Duration.ofMinutes(5));
			HttpResponse<String> invoked = new HttpExchanges(v2).post("/api/account/123456/lambdas/who/invoke",
					HttpExchanges.INVOCATION, "Authorization", "Bearer " + token, "Content-Type", "application/json",
					"LP-EventSource", "tests");
			assertThat(invoked.statusCode()).isEqualTo(403);
			JsonNode body = HttpExchanges.json(invoked);
			assertThat(body.get("code").asString()).isEqualTo("com.liveperson.faas.es.forbidden");
			assertThat(body.get("message").asString()).contains("FaaS-Invocation");
		}
	}

	@Test
	void whoAmIShowsTheSignedInUser() {
		HttpResponse<String> invoked = http.invoke("who", userToken("alice", "wonderland"));
		assertThat(invoked.statusCode()).isEqualTo(200);
		JsonNode body = HttpExchanges.json(invoked);
		assertThat(body.get("sub").asString()).isEqualTo("alice");
		assertThat(body.get("user").asString()).isEqualTo("alice");
		assertThat(body.get("userId").asString()).isEqualTo(emulator.users().get("alice").orElseThrow().userId())
			.containsOnlyDigits();
		assertThat(body.get("clientId").asString()).isEqualTo("emulator-client");
		assertThat(body.get("payload").get("hello").asString()).isEqualTo("world");
	}

	@Test
	void whoAmIShowsTheApplicationForClientCredentials() {
		JsonNode body = HttpExchanges.json(http.invoke("who", http.accessToken()));
		assertThat(body.get("sub").asString()).isEqualTo("emulator-client");
		assertThat(body.get("user").isNull()).isTrue();
		assertThat(body.get("userId").isNull()).isTrue();
		assertThat(body.get("clientId").asString()).isEqualTo("emulator-client");
	}

	@Test
	void whoAmIShowsTheCallerOfAnEventInvocation() {
		HttpResponse<String> invoked = http.post(
				"/api/account/123456/events/conversational_command/invoke?v=1&externalSystem=tests",
				HttpExchanges.INVOCATION, "Authorization", "Bearer " + userToken("alice", "wonderland"), "Content-Type",
				"application/json");
		assertThat(invoked.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(invoked).get(0).get("result").get("user").asString()).isEqualTo("alice");
	}

	@Test
	void privilegesApplyFromTheNextRequestAndResetRestoresThem() {
		String token = userToken("alice", "wonderland");
		emulator.users().put(new EmulatedUser("alice", "wonderland", false));
		assertThat(http.invoke("who", token).statusCode()).isEqualTo(403);
		emulator.reset();
		assertThat(http.invoke("who", token).statusCode()).isEqualTo(200);
		emulator.users().remove("alice");
		assertThat(http.invoke("who", token).statusCode()).as("a removed user").isEqualTo(403);
	}

	@Test
	void adminApiManagesUsersWithoutShowingPasswords() {
		HttpResponse<String> put = http.put("/emulator/users/carol",
				"{\"password\":\"c4rol\",\"invocationPrivilege\":false}");
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(put.body()).doesNotContain("c4rol");
		HttpResponse<String> users = http.get("/emulator/users");
		assertThat(users.body()).contains("\"name\":\"carol\"", "\"invocationPrivilege\":false")
			.doesNotContain("c4rol", "wonderland", "builder");
		assertThat(http.invoke("who", userToken("carol", "c4rol")).statusCode()).isEqualTo(403);
		http.put("/emulator/users/carol", "{\"password\":\"c4rol\"}");
		assertThat(http.invoke("who", userToken("carol", "c4rol")).statusCode()).isEqualTo(200);
		assertThat(http.put("/emulator/users/dave", "{}").statusCode()).isEqualTo(400);
		assertThat(http.delete("/emulator/users/carol").statusCode()).isEqualTo(204);
		assertThat(http.delete("/emulator/users/carol").statusCode()).isEqualTo(404);
	}

	@Test
	void usersDoNotShowTheirPasswords() {
		assertThat(emulator.users().get("bob").orElseThrow().toString()).doesNotContain("builder")
			.contains("bob", "invocationPrivilege=false");
	}

	private static String userToken(String user, String password) {
		String code = http.code(user, password, "emulator-client", CALLBACK);
		HttpResponse<String> tokens = http.redeem(code, "emulator-client", "emulator-secret", CALLBACK);
		assertThat(tokens.statusCode()).isEqualTo(200);
		return HttpExchanges.json(tokens).get("access_token").asString();
	}

}
