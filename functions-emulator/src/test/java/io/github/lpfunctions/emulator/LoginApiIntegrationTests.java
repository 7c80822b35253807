package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Login API of the {@code agentVep} service, as the official clients' integration
 * suites use it for listing.
 */
class LoginApiIntegrationTests {

	static final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder()
			.clock(clock)
			.user("service-user@example.com", "s3rvice")
			.userWithoutPrivilege("viewer", "v1ewer")
			.function(EmulatedFunction.whoAmI("who"))
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
	void discoveryAnnouncesTheLoginApiAsAgentVep() {
		JsonNode baseUris = HttpExchanges.json(http.get("/api/account/123456/service/baseURI.json?version=1.0"))
			.get("baseURIs");
		assertThat(baseUris.valueStream()
			.filter((entry) -> entry.get("service").asString().equals("agentVep"))
			.map((entry) -> entry.get("baseURI").asString())).containsExactly("localhost:" + emulator.port());
	}

	@Test
	void jsonLoginAnswersABearerOfTheUser() {
		HttpResponse<String> response = http.login("service-user@example.com", "s3rvice");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("Session_id="));
		JsonNode body = HttpExchanges.json(response);
		assertThat(body.propertyNames()).containsExactly("bearer", "csrf", "sessionId", "config");
		assertThat(body.get("csrf").asString()).isNotBlank();
		String userId = emulator.users().get("service-user@example.com").orElseThrow().userId();
		assertThat(body.get("config").get("userId").asString()).isEqualTo(userId);
		assertThat(body.get("config").get("loginName").asString()).isEqualTo("service-user@example.com");
		JsonNode claims = SentinelIntegrationTests.claims(body.get("bearer").asString());
		assertThat(claims.get("sub").asString()).isEqualTo("service-user@example.com");
		assertThat(claims.get("user_id").asString()).isEqualTo(userId);
		assertThat(claims.get("sid").asString()).isEqualTo(body.get("sessionId").asString());
		assertThat(claims.has("client_id")).isFalse();
	}

	@Test
	void formLoginAsTheJavaClientsTestsSendIt() {
		HttpResponse<String> response = http.postForm("/api/account/123456/login?v=1.3",
				Map.of("username", "service-user@example.com", "password", "s3rvice"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(response).get("bearer").asString()).isNotBlank();
	}

	@Test
	void theBearerListsAndInvokesAsTheUser() {
		String bearer = bearer("service-user@example.com", "s3rvice");
		HttpResponse<String> listing = http.get("/api/account/123456/lambdas?v=1&userId=", "Authorization",
				"Bearer " + bearer);
		assertThat(listing.statusCode()).isEqualTo(200);
		assertThat(HttpExchanges.json(listing).get(0).get("uuid").asString()).isEqualTo("who");
		JsonNode whoAmI = HttpExchanges.json(http.invoke("who", bearer));
		assertThat(whoAmI.get("user").asString()).isEqualTo("service-user@example.com");
		assertThat(whoAmI.get("clientId").isNull()).isTrue();
	}

	@Test
	void listingsCanRequireAUsersToken() {
		try (FunctionsEmulator strict = FunctionsEmulator.builder()
			.user("service-user", "s3rvice")
			.property("functions.emulator.listing-requires-user", "true")
			.start()) {
			HttpExchanges exchanges = new HttpExchanges(strict);
			String path = "/api/account/123456/lambdas?v=1&userId=";
			HttpResponse<String> refused = exchanges.get(path, "Authorization", "Bearer " + exchanges.accessToken());
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(HttpExchanges.json(refused).get("errorCode").asString())
				.isEqualTo("com.liveperson.faas.es.forbidden");
			String bearer = HttpExchanges.json(exchanges.login("service-user", "s3rvice")).get("bearer").asString();
			assertThat(exchanges.get(path, "Authorization", "Bearer " + bearer).statusCode()).isEqualTo(200);
			assertThat(exchanges.invoke("unknown", exchanges.accessToken()).statusCode())
				.as("invocations still take the application's token")
				.isEqualTo(404);
		}
	}

	@Test
	void theBearerOfAUserWithoutThePrivilegeIsRefused() {
		String bearer = bearer("viewer", "v1ewer");
		HttpResponse<String> listing = http.get("/api/account/123456/lambdas?v=1&userId=", "Authorization",
				"Bearer " + bearer);
		assertThat(listing.statusCode()).isEqualTo(403);
		assertThat(HttpExchanges.json(listing).get("errorCode").asString())
			.isEqualTo("com.liveperson.faas.es.forbidden");
	}

	@Test
	void theBearerExpiresOnTheEmulatorsClock() {
		String bearer = bearer("service-user@example.com", "s3rvice");
		clock.advance(Duration.ofMinutes(59));
		assertThat(http.invoke("who", bearer).statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(1));
		assertThat(http.invoke("who", bearer).statusCode()).isEqualTo(401);
	}

	@Test
	void refreshChecksTheSessionAsTheCliDoes() {
		JsonNode login = HttpExchanges.json(http.login("service-user@example.com", "s3rvice"));
		String csrf = login.get("csrf").asString();
		String cookie = "session_id=" + login.get("sessionId").asString();
		HttpResponse<String> valid = refresh(cookie, csrf);
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(valid.body()).isEmpty();
		assertThat(refresh("Session_id=" + login.get("sessionId").asString(), csrf).statusCode())
			.as("the cookie as the Login API sets it")
			.isEqualTo(200);
		HttpResponse<String> wrongCsrf = refresh(cookie, "other");
		assertThat(wrongCsrf.statusCode()).isEqualTo(401);
		JsonNode error = HttpExchanges.json(wrongCsrf).get("error");
		assertThat(error.get("internalCode").asInt()).isEqualTo(10);
		assertThat(error.get("message").asString()).isEqualTo("CSRF token invalid!");
		assertThat(error.get("responseStatus").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(refresh("session_id=unknown", csrf).statusCode()).isEqualTo(401);
		emulator.users().remove("service-user@example.com");
		assertThat(refresh(cookie, csrf).statusCode()).as("a removed user").isEqualTo(401);
		assertThat(emulator.requests().to(Endpoint.LOGIN).get(1).body()).doesNotContain(csrf);
	}

	@Test
	void wrongCredentialsAre401WithAJsonError() {
		for (HttpResponse<String> response : new HttpResponse[] { http.login("service-user@example.com", "wrong"),
				http.login("nobody", "s3rvice") }) {
			assertThat(response.statusCode()).isEqualTo(401);
			JsonNode error = HttpExchanges.json(response).get("error");
			assertThat(error.get("responseStatus").asString()).isEqualTo("UNAUTHORIZED");
			assertThat(error.get("message").asString()).isEqualTo("Bad credentials");
			assertThat(error.get("time").asLong()).isEqualTo(clock.millis());
		}
	}

	@Test
	void aBodyWithoutCredentialsIs400AndAnUnknownAccount404() {
		assertThat(http
			.post("/api/account/123456/login?v=1.3", "{\"username\":\"viewer\"}", "Content-Type", "application/json")
			.statusCode()).isEqualTo(400);
		assertThat(http.post("/api/account/123456/login?v=1.3", "not json", "Content-Type", "application/json")
			.statusCode()).isEqualTo(400);
		assertThat(http
			.post("/api/account/999/login?v=1.3", "{\"username\":\"viewer\",\"password\":\"v1ewer\"}", "Content-Type",
					"application/json")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theJournalMasksThePassword() {
		http.login("service-user@example.com", "s3rvice");
		http.postForm("/api/account/123456/login?v=1.3", Map.of("username", "viewer", "password", "v1ewer"));
		assertThat(emulator.requests().to(Endpoint.LOGIN)).hasSize(2).allSatisfy((request) -> {
			assertThat(request.body()).doesNotContain("s3rvice", "v1ewer").contains("****");
		});
		assertThat(emulator.requests().to(Endpoint.LOGIN).get(0).body()).contains("service-user@example.com");
	}

	@Test
	void loginAnswersCanBeScriptedAndCaptured() {
		RequestCapture logins = emulator.faults().capture(Endpoint.LOGIN);
		emulator.faults().respondNext(Endpoint.LOGIN, ScriptedResponse.json(503, "{}"));
		assertThat(http.login("service-user@example.com", "s3rvice").statusCode()).isEqualTo(503);
		assertThat(http.login("service-user@example.com", "s3rvice").statusCode()).isEqualTo(200);
		assertThat(logins.count()).isEqualTo(2);
		assertThat(logins.last().bodyAsString()).contains("s3rvice");
	}

	private static HttpResponse<String> refresh(String cookie, String csrf) {
		return http.post("/api/account/123456/refresh", "{\"csrf\":\"" + csrf + "\"}", "Content-Type",
				"application/json", "Accept", "application/json", "Cookie", cookie);
	}

	private static String bearer(String user, String password) {
		HttpResponse<String> response = http.login(user, password);
		assertThat(response.statusCode()).isEqualTo(200);
		return HttpExchanges.json(response).get("bearer").asString();
	}

}
