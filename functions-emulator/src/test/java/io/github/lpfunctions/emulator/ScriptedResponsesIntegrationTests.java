package io.github.lpfunctions.emulator;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.emulator.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Answers scripted per endpoint, latency per endpoint, unmasked captures and the
 * emulator's clock, over real HTTP.
 */
class ScriptedResponsesIntegrationTests {

	private static final Map<String, String> CREDENTIALS = Map.of("grant_type", "client_credentials", "client_id",
			"emulator-client", "client_secret", "emulator-secret");

	private static final String TOKEN_PATH = "/sentinel/api/account/123456/app/token?v=2.0";

	static final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder()
			.clock(clock)
			.function(EmulatedFunction.echo("echo").withEvent("conversational_command"))
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
	void scriptedAnswersComeInOrderThenTheEmulatorAnswersAgain() {
		RequestCapture capture = emulator.faults().capture(Endpoint.TOKEN);
		emulator.faults()
			.respondNext(Endpoint.TOKEN, ScriptedResponse.json(503, "{\"error\":\"temporarily_unavailable\"}"))
			.respondNext(Endpoint.TOKEN, ScriptedResponse.connectionReset());
		HttpResponse<String> unavailable = http.postForm(TOKEN_PATH, CREDENTIALS);
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
		assertThat(unavailable.body()).isEqualTo("{\"error\":\"temporarily_unavailable\"}");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> http.postForm(TOKEN_PATH, CREDENTIALS));
		assertThat(http.accessToken()).isNotBlank();
		assertThat(emulator.requests().to(Endpoint.TOKEN)).hasSize(3);
		assertThat(capture.count()).as("a reset request too").isEqualTo(3);
		assertThat(capture.answers()).extracting(RequestCapture.Answer::status).containsExactly(503, 200);
	}

	@Test
	void anAnswerMayHaveAnyStatusHeadersAndBody() {
		String token = http.accessToken();
		emulator.faults()
			.respondNext(Endpoint.INVOKE,
					ScriptedResponse.status(901)
						.withHeader("Retry-After", "7")
						.withBody("text/html", "<html>not json</html>"));
		HttpResponse<String> response = http.invoke("echo", token);
		assertThat(response.statusCode()).isEqualTo(901);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
		assertThat(response.body()).isEqualTo("<html>not json</html>");
		assertThat(emulator.functions().invocations("echo")).as("a scripted answer replaces the function").isZero();
	}

	@Test
	void aResponderSeesTheRequestAsSentAndMayLeaveItToTheEmulator() {
		emulator.faults()
			.respond(Endpoint.IS_IMPLEMENTED, (request) -> request.path().contains("/scripted_")
					? ScriptedResponse.json(200, "{\"implemented\":true}") : null);
		String token = http.accessToken();
		assertThat(http.get("/api/account/123456/events/scripted_event/isImplemented?v=1&externalSystem=t").body())
			.as("unauthenticated, answered by the responder")
			.isEqualTo("{\"implemented\":true}");
		HttpResponse<String> real = http.get(
				"/api/account/123456/events/conversational_command/isImplemented?v=1&externalSystem=t", "Authorization",
				"Bearer " + token);
		assertThat(HttpExchanges.json(real).get("implemented").asBoolean()).isTrue();
		assertThat(http.get("/api/account/123456/events/other/isImplemented?v=1&externalSystem=t").statusCode())
			.as("the emulator checks the token")
			.isEqualTo(401);
	}

	@Test
	void queuedAnswersComeBeforeTheResponderAndAfterGatewayFaults() {
		String token = http.accessToken();
		emulator.faults()
			.failNextGatewayRequests(1, 502)
			.respondNext(Endpoint.INVOKE, ScriptedResponse.json(429, "{}"))
			.respond(Endpoint.INVOKE, (request) -> ScriptedResponse.json(418, "{}"));
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(502);
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(429);
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(418);
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(418);
	}

	@Test
	void aCaptureKeepsTheSecretsTheJournalMasks() {
		RequestCapture tokens = emulator.faults().capture(Endpoint.TOKEN);
		RequestCapture invocations = emulator.faults().capture(Endpoint.INVOKE);
		String token = http.accessToken();
		http.invoke("echo", token);

		UnmaskedRequest tokenRequest = tokens.last();
		assertThat(tokenRequest.endpoint()).isEqualTo(Endpoint.TOKEN);
		assertThat(tokenRequest.method()).isEqualTo("POST");
		assertThat(tokenRequest.path()).isEqualTo("/sentinel/api/account/123456/app/token");
		assertThat(tokenRequest.query()).isEqualTo("v=2.0");
		assertThat(tokenRequest.queryParam("v")).isEqualTo("2.0");
		assertThat(tokenRequest.formParams()).containsEntry("client_secret", List.of("emulator-secret"));
		assertThat(tokenRequest.toString()).doesNotContain("emulator-secret");
		assertThat(tokens.answers()).singleElement().satisfies((answer) -> {
			assertThat(answer.status()).isEqualTo(200);
			assertThat(HttpExchanges.JSON.readTree(answer.body()).get("access_token").asString()).isEqualTo(token);
			assertThat(answer.toString()).doesNotContain(token);
		});
		assertThat(invocations.count()).isOne();
		assertThat(invocations.last().header("authorization")).isEqualTo("Bearer " + token);
		assertThat(invocations.last().bodyAsString()).isEqualTo(HttpExchanges.INVOCATION);
		assertThat(invocations.answers()).extracting(RequestCapture.Answer::status).containsExactly(200);

		assertThat(emulator.requests().to(Endpoint.TOKEN)).singleElement()
			.satisfies((recorded) -> assertThat(recorded.body()).contains("client_secret=****")
				.doesNotContain("emulator-secret"));
		assertThat(emulator.requests().to(Endpoint.INVOKE)).singleElement()
			.satisfies((recorded) -> assertThat(recorded.header("Authorization")).isEqualTo("Bearer ****"));
	}

	@Test
	void aCaptureCountsRequestsAnsweredByFaultsAndScriptsToo() {
		RequestCapture discovery = emulator.faults().capture(Endpoint.DISCOVERY);
		emulator.faults().discoveryDown(true);
		assertThat(http.get("/api/account/123456/service/baseURI.json?version=1.0").statusCode()).isEqualTo(503);
		emulator.faults().discoveryDown(false).respondNext(Endpoint.DISCOVERY, ScriptedResponse.status(404));
		assertThat(http.get("/api/account/123456/service/baseURI.json?version=1.0").statusCode()).isEqualTo(404);
		assertThat(discovery.count()).isEqualTo(2);
		assertThat(discovery.answers()).extracting(RequestCapture.Answer::status).containsExactly(503, 404);
	}

	@Test
	void resetEndsScriptsRespondersLatenciesAndCaptures() {
		RequestCapture capture = emulator.faults().capture(Endpoint.TOKEN);
		emulator.faults()
			.respondNext(Endpoint.TOKEN, ScriptedResponse.status(500))
			.respond(Endpoint.DISCOVERY, (request) -> ScriptedResponse.status(500))
			.latency(Endpoint.TOKEN, Duration.ofSeconds(30));
		emulator.reset();
		assertThat(emulator.faults().isScriptedOrCaptured(Endpoint.TOKEN)).isFalse();
		assertThat(emulator.faults().latency(Endpoint.TOKEN)).isZero();
		assertThat(http.accessToken()).isNotBlank();
		assertThat(http.get("/api/account/123456/service/baseURI.json?version=1.0").statusCode()).isEqualTo(200);
		assertThat(capture.count()).isZero();
	}

	@Test
	void discoveryAnswersMayNameOtherHosts() {
		Map<String, String> hosts = new LinkedHashMap<>();
		hosts.put("faasGW", "va.faasgw.liveperson.net");
		hosts.put("sentinel", "evil.example/\"path?");
		emulator.faults().respondNext(Endpoint.DISCOVERY, ScriptedResponse.discovery("123456", hosts));
		HttpResponse<String> response = http.get("/api/account/123456/service/baseURI.json?version=1.0");
		assertThat(HttpExchanges.json(response).get("baseURIs").toString())
			.isEqualTo("[{\"service\":\"faasGW\",\"account\":\"123456\",\"baseURI\":\"va.faasgw.liveperson.net\"},"
					+ "{\"service\":\"sentinel\",\"account\":\"123456\",\"baseURI\":\"evil.example/\\\"path?\"}]");
	}

	@Test
	void slowAnswersArriveAfterTheirDelay() {
		emulator.faults()
			.latency(Endpoint.DISCOVERY, Duration.ofMillis(300))
			.respondNext(Endpoint.TOKEN, ScriptedResponse.json(200, "{}").delayedBy(Duration.ofMillis(300)));
		long start = System.nanoTime();
		assertThat(http.get("/api/account/123456/service/baseURI.json?version=1.0").statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		start = System.nanoTime();
		assertThat(http.postForm(TOKEN_PATH, CREDENTIALS).body()).isEqualTo("{}");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void aRequestIsCapturedWhenItArrivesNotWhenItIsAnswered() {
		RequestCapture capture = emulator.faults().capture(Endpoint.TOKEN);
		emulator.faults().latency(Endpoint.TOKEN, Duration.ofSeconds(30));
		HttpExchanges impatient = new HttpExchanges(emulator, Duration.ofMillis(500));
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> impatient.postForm(TOKEN_PATH, CREDENTIALS));
		assertThat(capture.count()).isOne();
		assertThat(capture.answers()).isEmpty();
	}

	@Test
	void tokensExpireOnTheEmulatorsClock() {
		String token = http.accessToken();
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(200);
		clock.advance(Duration.ofHours(2));
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(401);
		assertThat(emulator.requests().to(Endpoint.INVOKE).get(1).timestamp()).isEqualTo(clock.instant());
	}

	@Test
	void endpointsAreToldByMethodAndPath() {
		assertThat(Endpoint.of("GET", "/api/account/1/service/baseURI.json")).isEqualTo(Endpoint.DISCOVERY);
		assertThat(Endpoint.of("POST", "/sentinel/api/v2/account/1/app/token")).isEqualTo(Endpoint.TOKEN);
		assertThat(Endpoint.of("POST", "/api/account/1/lambdas/u/invoke")).isEqualTo(Endpoint.INVOKE);
		assertThat(Endpoint.of("POST", "/api/account/1/events/e/invoke")).isEqualTo(Endpoint.EVENT_INVOKE);
		assertThat(Endpoint.of("GET", "/api/account/1/events/e/isImplemented")).isEqualTo(Endpoint.IS_IMPLEMENTED);
		assertThat(Endpoint.of("GET", "/api/account/1/lambdas")).isEqualTo(Endpoint.LISTING);
		assertThat(Endpoint.of("GET", "/api/account/1/functions")).isEqualTo(Endpoint.LISTING);
		assertThat(Endpoint.of("GET", "/api/account/1/lambdas/u/invoke")).isNull();
		assertThat(Endpoint.of("POST", "/sentinel/api/account/1/token")).isNull();
		assertThat(Endpoint.of("GET", "/emulator/requests")).isNull();
	}

	@Test
	void rejectsInvalidArguments() {
		FaultInjector faults = new FaultInjector();
		assertThatIllegalArgumentException().isThrownBy(() -> faults.respondNext(Endpoint.TOKEN))
			.withMessageContaining("'responses'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> faults.respondNext(Endpoint.TOKEN, (ScriptedResponse) null))
			.withMessageContaining("'responses'");
		assertThatIllegalArgumentException().isThrownBy(() -> faults.respond(null, (request) -> null))
			.withMessageContaining("'endpoint'");
		assertThatIllegalArgumentException().isThrownBy(() -> faults.latency(Endpoint.TOKEN, Duration.ofSeconds(-1)))
			.withMessageContaining("'latency'");
		assertThatIllegalArgumentException().isThrownBy(() -> ScriptedResponse.status(42))
			.withMessageContaining("'status'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScriptedResponse.status(200).delayedBy(Duration.ofMillis(-1)))
			.withMessageContaining("'delay'");
		assertThatIllegalStateException().isThrownBy(() -> ScriptedResponse.connectionReset().withHeader("A", "b"));
		assertThatIllegalStateException().isThrownBy(() -> faults.capture(Endpoint.INVOKE).last())
			.withMessageContaining("INVOKE");
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionsEmulator.builder().clock(null))
			.withMessageContaining("'clock'");
	}

}
