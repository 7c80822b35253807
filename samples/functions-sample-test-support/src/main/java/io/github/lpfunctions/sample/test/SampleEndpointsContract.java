package io.github.lpfunctions.sample.test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.GatewayFault;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.sample.support.emulator.DemoFunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * End to end, what every sample must answer: HTTP client → sample (its auto-configured
 * {@code FunctionsTemplate} or {@code ReactiveFunctionsTemplate}) → the sample's
 * in-process emulator. The emulator's journal shows what went over the wire.
 * <p>
 * A sample extends it with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and its
 * {@code spring.application.name}, which the platform receives as the external system, ;
 * the emulator deploys the shared {@link DemoFunctions}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public abstract class SampleEndpointsContract {

	private static final String ACCOUNT = "123456";

	private final String externalSystem;

	@LocalServerPort
	private int port;

	@Autowired
	private FunctionsEmulator emulator;

	private SampleClient client;

	/**
	 * Create the contract of a sample.
	 * @param applicationName the sample's {@code spring.application.name}: the
	 * {@code externalSystem} of every request it sends to LivePerson Functions
	 */
	protected SampleEndpointsContract(String applicationName) {
		this.externalSystem = applicationName;
	}

	@BeforeEach
	void setUp() {
		this.emulator.reset();
		this.client = new SampleClient(this.port);
	}

	@Test
	void invokeReturnsTheFunctionResultAsJson() {
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.ECHO + "/invoke",
				"{\"text\":\"hello\",\"numbers\":[1,2.5,12345678901234567890]}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json())
			.isEqualTo(SampleClient.JSON.readTree("{\"text\":\"hello\",\"numbers\":[1,2.5,12345678901234567890]}"));
	}

	@Test
	void invokeSendsTheWireFormatOfThePlatform() {
		Instant before = Instant.now();
		SampleClient.Response response = this.client.send("POST", "/functions/" + DemoFunctions.ECHO + "/invoke",
				"{\"text\":\"hello\"}", Map.of("Content-Type", "application/json", "X-Request-ID", "sample-wire-1"));
		assertThat(response.status()).isEqualTo(200);
		RecordedRequest request = onlyGatewayRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/api/account/" + ACCOUNT + "/lambdas/" + DemoFunctions.ECHO + "/invoke");
		assertThat(request.query()).isEqualTo("v=1&externalSystem=" + this.externalSystem);
		assertThat(request.header("Authorization")).isEqualTo("Bearer ****");
		assertThat(request.header("X-Request-ID")).isEqualTo("sample-wire-1");
		assertThat(request.header("Content-Type")).startsWith("application/json");
		JsonNode body = SampleClient.JSON.readTree(request.body());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("timestamp", "headers", "payload");
		assertThat(body.get("timestamp").isIntegralNumber()).isTrue();
		assertThat(body.get("timestamp").asLong()).isCloseTo(before.toEpochMilli(), within(60_000L));
		assertThat(body.get("headers").isArray()).isTrue();
		assertThat(body.get("payload")).isEqualTo(SampleClient.JSON.readTree("{\"text\":\"hello\"}"));
	}

	@Test
	void greetingCallsTheDemoFunctionThroughTheClientInterface() {
		SampleClient.Response response = this.client.get("/greeting");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json())
			.isEqualTo(SampleClient.JSON.readTree("{\"greeting\":\"Hello from LivePerson Functions!\"}"));
		RecordedRequest request = onlyGatewayRequest();
		assertThat(request.path())
			.isEqualTo("/api/account/" + ACCOUNT + "/lambdas/" + DemoFunctions.GREETING + "/invoke");
		assertThat(request.query()).isEqualTo("v=1&externalSystem=" + this.externalSystem);
	}

	@Test
	void invokeWithoutBodySendsAnEmptyPayload() {
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.GREETING + "/invoke", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json())
			.isEqualTo(SampleClient.JSON.readTree("{\"greeting\":\"Hello from LivePerson Functions!\"}"));
		assertThat(SampleClient.JSON.readTree(onlyGatewayRequest().body()).get("payload"))
			.isEqualTo(SampleClient.JSON.readTree("{}"));
	}

	@Test
	void failingFunctionIsAProblemWithThePlatformErrorCodeStatusAndRequestId() {
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.FAILING + "/invoke",
				"{\"text\":\"hello\"}");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("title").asString()).isEqualTo("Function failed");
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("detail").asString()).isEqualTo(DemoFunctions.FAILURE_MESSAGE);
		assertThat(problem.get("errorCode").asString()).isEqualTo(DemoFunctions.FAILURE_CODE);
		assertThat(problem.get("platformStatus").asInt()).isEqualTo(901);
		assertThat(problem.get("instance").asString()).isEqualTo("/functions/" + DemoFunctions.FAILING + "/invoke");
		assertThat(problem.get("requestId").asString()).isNotBlank()
			.isEqualTo(onlyGatewayRequest().header("X-Request-ID"));
	}

	@Test
	void callerRequestIdIsSentAndReportedInTheProblem() {
		SampleClient.Response response = this.client.send("POST", "/functions/" + DemoFunctions.FAILING + "/invoke",
				null, Map.of("X-Request-ID", "caller-id-42"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("requestId").asString()).isEqualTo("caller-id-42");
		assertThat(onlyGatewayRequest().header("X-Request-ID")).isEqualTo("caller-id-42");
	}

	@Test
	void unknownFunctionIsNotFound() {
		String uuid = UUID.randomUUID().toString();
		SampleClient.Response response = this.client.post("/functions/" + uuid + "/invoke", "{}");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Function not found");
		assertThat(response.json().get("errorCode").asString()).isEqualTo("com.liveperson.faas.es.missinglambda");
		assertThat(response.json().get("platformStatus").asInt()).isEqualTo(404);
	}

	@Test
	void malformedUuidIsABadRequestAndNothingIsSent() {
		SampleClient.Response response = this.client.post("/functions/not-a-uuid/invoke", "{}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("'functionUuid' must be a UUID");
		assertThat(gatewayRequests()).isEmpty();
	}

	@Test
	void unreadableBodyIsABadRequestProblem() {
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.ECHO + "/invoke", "{not json");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(gatewayRequests()).isEmpty();
	}

	@Test
	void rateLimitIsServiceUnavailableWithRetryAfter() {
		this.emulator.faults().failNextGatewayRequests(1, GatewayFault.status(429, Duration.ofSeconds(7)));
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.ECHO + "/invoke", "{}");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.retryAfter()).isEqualTo("7");
		assertThat(response.json().get("title").asString()).isEqualTo("Rate limited by LivePerson Functions");
		assertThat(response.json().get("platformStatus").asInt()).isEqualTo(429);
		assertThat(this.emulator.functions().invocations(DemoFunctions.ECHO)).isZero();
	}

	@Test
	void platformServerErrorIsBadGateway() {
		this.emulator.faults().failNextGatewayRequests(1, 500);
		SampleClient.Response response = this.client.post("/functions/" + DemoFunctions.ECHO + "/invoke", "{}");
		assertThat(response.status()).isEqualTo(502);
		assertThat(response.json().get("title").asString()).isEqualTo("LivePerson Functions failed");
		assertThat(response.json().get("platformStatus").asInt()).isEqualTo(500);
	}

	@Test
	void eventInvokeReturnsOneResultPerBoundFunction() {
		SampleClient.Response response = this.client.post("/events/" + DemoFunctions.EVENT + "/invoke",
				"{\"command\":\"demo\"}");
		assertThat(response.status()).isEqualTo(200);
		JsonNode results = response.json();
		assertThat(results.isArray()).isTrue();
		assertThat(results.size()).isOne();
		JsonNode result = results.get(0);
		assertThat(result.get("uuid").asString()).isEqualTo(DemoFunctions.EVENT_HANDLER);
		assertThat(result.get("result"))
			.isEqualTo(SampleClient.JSON.readTree("{\"handled\":true,\"command\":\"demo\"}"));
		assertThat(Instant.parse(result.get("timestamp").asString())).isCloseTo(Instant.now(),
				within(1, ChronoUnit.MINUTES));
		RecordedRequest request = onlyGatewayRequest();
		assertThat(request.path()).isEqualTo("/api/account/" + ACCOUNT + "/events/" + DemoFunctions.EVENT + "/invoke");
		assertThat(request.query()).isEqualTo("v=1&externalSystem=" + this.externalSystem);
		assertThat(request.header("Authorization")).isEqualTo("Bearer ****");
		JsonNode body = SampleClient.JSON.readTree(request.body());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("timestamp", "headers", "payload");
		assertThat(body.get("payload")).isEqualTo(SampleClient.JSON.readTree("{\"command\":\"demo\"}"));
	}

	@Test
	void aFailingFunctionOfAnEventIsListedWithItsError() {
		String failing = "00000000-0000-4000-8000-0000000000ff";
		this.emulator.functions()
			.put(EmulatedFunction.failing(failing, DemoFunctions.FAILURE_CODE, DemoFunctions.FAILURE_MESSAGE)
				.withEvent(DemoFunctions.EVENT));
		SampleClient.Response response = this.client.post("/events/" + DemoFunctions.EVENT + "/invoke", "{}");
		assertThat(response.status()).isEqualTo(200);
		JsonNode results = response.json();
		assertThat(results.size()).isEqualTo(2);
		JsonNode handled = results.get(0);
		assertThat(handled.get("uuid").asString()).isEqualTo(DemoFunctions.EVENT_HANDLER);
		assertThat(handled.has("error")).as("a function that did not fail has no error").isFalse();
		JsonNode failed = results.get(1);
		assertThat(failed.get("uuid").asString()).isEqualTo(failing);
		assertThat(failed.get("result").isNull()).isTrue();
		assertThat(failed.get("error")).isEqualTo(SampleClient.JSON.readTree("{\"errorCode\":\""
				+ DemoFunctions.FAILURE_CODE + "\",\"errorMessage\":\"" + DemoFunctions.FAILURE_MESSAGE + "\"}"));
	}

	@Test
	void eventWithoutFunctionsReturnsAnEmptyList() {
		SampleClient.Response response = this.client.post("/events/nothing_bound_here/invoke", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(SampleClient.JSON.readTree("[]"));
	}

	@Test
	void eventInvokeFailureIsAProblem() {
		this.emulator.faults().failNextGatewayRequests(1, 502);
		SampleClient.Response response = this.client.post("/events/" + DemoFunctions.EVENT + "/invoke", "{}");
		assertThat(response.status()).isEqualTo(502);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("platformStatus").asInt()).isEqualTo(502);
		assertThat(response.json().get("instance").asString()).isEqualTo("/events/" + DemoFunctions.EVENT + "/invoke");
	}

	@Test
	void invalidEventIdIsABadRequest() {
		SampleClient.Response response = this.client.post("/events/bad%20event/invoke", "{}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("eventId");
		assertThat(gatewayRequests()).isEmpty();
	}

	@Test
	void implementedAsksTheGatewayAndAnswersTrueForABoundEvent() {
		// a fresh event: isImplemented answers are cached per event
		String event = "bound_" + UUID.randomUUID().toString().replace("-", "");
		this.emulator.functions().put(EmulatedFunction.echo(UUID.randomUUID().toString()).withEvent(event));
		SampleClient.Response response = this.client.get("/events/" + event + "/implemented");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json())
			.isEqualTo(SampleClient.JSON.readTree("{\"eventId\":\"" + event + "\",\"implemented\":true}"));
		RecordedRequest request = onlyGatewayRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/api/account/" + ACCOUNT + "/events/" + event + "/isImplemented");
		assertThat(request.query()).isEqualTo("v=1&externalSystem=" + this.externalSystem);
		assertThat(request.header("Authorization")).isEqualTo("Bearer ****");
	}

	@Test
	void implementedAnswersFalseForAnEventWithoutFunctions() {
		String event = "unbound_" + UUID.randomUUID().toString().replace("-", "");
		SampleClient.Response response = this.client.get("/events/" + event + "/implemented");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json())
			.isEqualTo(SampleClient.JSON.readTree("{\"eventId\":\"" + event + "\",\"implemented\":false}"));
	}

	@Test
	void implementedFailureIsAProblem() {
		String event = "failing_" + UUID.randomUUID().toString().replace("-", "");
		// isImplemented is a read: retried up to three attempts on a 503
		this.emulator.faults().failNextGatewayRequests(3, GatewayFault.status(503, Duration.ofMillis(10)));
		SampleClient.Response response = this.client.get("/events/" + event + "/implemented");
		assertThat(response.status()).isEqualTo(502);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("platformStatus").asInt()).isEqualTo(503);
		assertThat(response.json().get("title").asString()).isEqualTo("LivePerson Functions failed");
	}

	@Test
	void healthShowsTheLivePersonFunctionsComponentUp() {
		SampleClient.Response response = this.client.get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		JsonNode health = response.json();
		assertThat(health.get("status").asString()).isEqualTo("UP");
		JsonNode component = health.get("components").get("livepersonFunctions");
		assertThat(component.get("status").asString()).isEqualTo("UP");
		assertThat(component.get("details").get("account").asString()).isEqualTo(ACCOUNT);
		assertThat(component.get("details").get("platform").asString()).isEqualTo("v1");
		assertThat(component.get("details").get("gateway").asString()).isEqualTo("localhost:" + this.emulator.port());
	}

	@Test
	void requestMetricCountsInvocationsByOperationAndOutcome() {
		String path = "/actuator/metrics/liveperson.functions.requests?tag=operation:invoke&tag=outcome:FUNCTION_ERROR";
		double before = count(this.client.get(path));
		this.client.post("/functions/" + DemoFunctions.FAILING + "/invoke", "{}");
		SampleClient.Response response = this.client.get(path);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("name").asString()).isEqualTo("liveperson.functions.requests");
		assertThat(count(response)).isEqualTo(before + 1);
		SampleClient.Response all = this.client.get("/actuator/metrics/liveperson.functions.requests");
		List<String> tags = all.json()
			.get("availableTags")
			.valueStream()
			.map((tag) -> tag.get("tag").asString())
			.toList();
		assertThat(tags).contains("operation", "outcome", "status", "error.code", "platform");
	}

	private static double count(SampleClient.Response response) {
		if (response.status() == 404) {
			return 0;
		}
		return response.json()
			.get("measurements")
			.valueStream()
			.filter((measurement) -> measurement.get("statistic").asString().equals("COUNT"))
			.mapToDouble((measurement) -> measurement.get("value").asDouble())
			.findFirst()
			.orElseThrow();
	}

	private List<RecordedRequest> gatewayRequests() {
		return this.emulator.requests()
			.all()
			.stream()
			.filter((request) -> request.path().startsWith("/api/account/" + ACCOUNT + "/lambdas")
					|| request.path().startsWith("/api/account/" + ACCOUNT + "/events"))
			.toList();
	}

	private RecordedRequest onlyGatewayRequest() {
		List<RecordedRequest> requests = gatewayRequests();
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
