package io.github.lpfunctions.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

import io.github.lpfunctions.client.FakeLivePerson.Route;
import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.auth.ClientAuthentication;

import static io.github.lpfunctions.client.FakeLivePerson.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact wire format of every operation, V1 and V2, as {@code wire-protocol.md}
 * describes it, checked field by field on what a local server received.
 */
class ReactiveFunctionsTemplateWireIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FakeLivePerson liveperson = new FakeLivePerson().start();

	private ReactiveFunctionsTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = this.liveperson.templateBuilder().build();
	}

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void discoversTheAccountsServicesThroughCsds() {
		this.template.invokeByUuid(UUID, Map.of()).block();
		RecordedRequest csds = this.liveperson.last(Route.CSDS);
		assertThat(csds.getMethod()).isEqualTo("GET");
		assertThat(csds.getUrl().encodedPath()).isEqualTo("/api/account/123456/service/baseURI.json");
		assertThat(csds.getUrl().query()).isEqualTo("version=1.0");
		assertThat(csds.getHeaders().get("Authorization")).isNull();
	}

	@Test
	void fetchesAClientCredentialsTokenWithCredentialsInTheFormBody() {
		this.template.invokeByUuid(UUID, Map.of()).block();
		RecordedRequest token = this.liveperson.last(Route.TOKEN);
		assertThat(token.getMethod()).isEqualTo("POST");
		assertThat(token.getUrl().encodedPath()).isEqualTo("/sentinel/api/account/123456/app/token");
		assertThat(token.getUrl().query()).isEqualTo("v=2.0");
		assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(token.getHeaders().get("Authorization")).isNull();
		assertThat(form(FakeLivePerson.body(token))).containsEntry("grant_type", "client_credentials")
			.containsEntry("client_id", FakeLivePerson.CLIENT_ID)
			.containsEntry("client_secret", FakeLivePerson.CLIENT_SECRET);
		assertThat(token.getUrl().toString()).doesNotContain(FakeLivePerson.CLIENT_SECRET);
	}

	@Test
	void invokesByUuidOnPlatformV1() {
		long before = Instant.now().toEpochMilli();
		Map<String, Object> result = this.template
			.invokeByUuid(UUID, Map.of("text", "hello"), new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.block();
		assertThat(result).containsEntry("ok", true);
		RecordedRequest invoke = this.liveperson.last(Route.INVOKE);
		assertThat(invoke.getMethod()).isEqualTo("POST");
		assertThat(invoke.getUrl().encodedPath()).isEqualTo("/api/account/123456/lambdas/" + UUID + "/invoke");
		assertThat(invoke.getUrl().query()).isEqualTo("v=1&externalSystem=test-system");
		assertCommonHeaders(invoke);
		assertThat(invoke.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(invoke.getHeaders().get("LP-EventSource")).isNull();
		JsonNode body = JSON.readTree(FakeLivePerson.body(invoke));
		assertThat(fieldNames(body)).containsExactly("timestamp", "headers", "payload");
		assertThat(body.get("timestamp").isIntegralNumber()).isTrue();
		assertThat(body.get("timestamp").asLong()).isBetween(before, Instant.now().toEpochMilli());
		assertThat(body.get("headers").isArray()).isTrue();
		assertThat(body.get("headers").size()).isZero();
		assertThat(body.get("payload").get("text").asString()).isEqualTo("hello");
	}

	@Test
	void sendsPerCallOptions() {
		InvocationOptions options = InvocationOptions.builder()
			.header("Accept-Language", "en-US")
			.header("X-Custom", "value")
			.requestId("my-request-42")
			.eventSource("billing")
			.skillId("12345")
			.build();
		this.template.invokeByUuid(UUID, null, options, new ParameterizedTypeReference<Map<String, Object>>() {
		}).block();
		RecordedRequest invoke = this.liveperson.last(Route.INVOKE);
		assertThat(invoke.getUrl().query()).isEqualTo("v=1&externalSystem=billing&skillId=12345");
		assertThat(invoke.getHeaders().get("X-Request-ID")).isEqualTo("my-request-42");
		JsonNode body = JSON.readTree(FakeLivePerson.body(invoke));
		assertThat(body.get("headers").toString()).isEqualTo(
				"[{\"key\":\"Accept-Language\",\"value\":\"en-US\"},{\"key\":\"X-Custom\",\"value\":\"value\"}]");
		assertThat(body.get("payload").toString()).isEqualTo("{}");
	}

	@Test
	void sendsANullPayloadAsAnEmptyObject() {
		this.template.invokeByUuid(UUID, null).block();
		JsonNode body = JSON.readTree(FakeLivePerson.body(this.liveperson.last(Route.INVOKE)));
		assertThat(body.get("payload").toString()).isEqualTo("{}");
	}

	@Test
	void encodesSpecialCharactersInQueryValues() {
		InvocationOptions options = InvocationOptions.builder().eventSource("a&b=c d").build();
		this.template.invokeByUuid(UUID, null, options, new ParameterizedTypeReference<Object>() {
		}).block();
		RecordedRequest invoke = this.liveperson.last(Route.INVOKE);
		assertThat(invoke.getUrl().queryParameter("externalSystem")).isEqualTo("a&b=c d");
		assertThat(invoke.getUrl().queryParameterNames()).containsExactlyInAnyOrder("v", "externalSystem");
	}

	@Test
	void eventResultsCarryTheErrorOfAFailingFunction() {
		this.liveperson.enqueue(Route.EVENT_INVOKE, json(200, "[{\"uuid\":\"" + UUID
				+ "\",\"timestamp\":1700000000123,\"result\":\"ok\"},"
				+ "{\"uuid\":\"11111111-2222-4333-8444-555555555555\",\"timestamp\":1700000000456,"
				+ "\"error\":{\"errorCode\":\"com.liveperson.faas.handler.custom-failure\",\"errorMsg\":\"Nope\"}},"
				+ "{\"uuid\":\"22222222-2222-4333-8444-555555555555\",\"timestamp\":1700000000789,"
				+ "\"error\":{\"code\":\"com.customer.faas.function.threw-error\",\"message\":\"Boom\"}},"
				+ "{\"uuid\":\"33333333-2222-4333-8444-555555555555\",\"timestamp\":1700000000999,\"error\":{}}]"));
		List<EventInvocationResult<String>> results = this.template
			.invokeByEvent("conversational_command", null, String.class)
			.block();
		assertThat(results).extracting(EventInvocationResult::failed).containsExactly(false, true, true, true);
		assertThat(results.get(0).result()).isEqualTo("ok");
		assertThat(results.get(0).error()).isNull();
		assertThat(results.get(1).result()).isNull();
		assertThat(results.get(1).error())
			.isEqualTo(new FaaSError("com.liveperson.faas.handler.custom-failure", "Nope"));
		assertThat(results.get(2).error().v1ErrorCode()).as("a V2 error body")
			.isEqualTo("com.liveperson.faas.handler.custom-failure");
		assertThat(results.get(3).error()).as("an error without details").isEqualTo(new FaaSError(null, null));
	}

	@Test
	void invokesByEventOnPlatformV1() {
		this.liveperson.enqueue(Route.EVENT_INVOKE, json(200, "[{\"uuid\":\"" + UUID
				+ "\",\"timestamp\":1700000000123,\"result\":{\"greeting\":\"hi\"}},"
				+ "{\"uuid\":\"11111111-2222-4333-8444-555555555555\",\"timestamp\":1700000000456,\"result\":null}]"));
		List<EventInvocationResult<Map<String, Object>>> results = this.template.invokeByEvent("conversational_command",
				Map.of("n", 1), new ParameterizedTypeReference<Map<String, Object>>() {
				})
			.block();
		assertThat(results).hasSize(2);
		assertThat(results.get(0).uuid()).isEqualTo(UUID);
		assertThat(results.get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(1700000000123L));
		assertThat(results.get(0).result()).containsEntry("greeting", "hi");
		assertThat(results.get(1).result()).isNull();
		RecordedRequest invoke = this.liveperson.last(Route.EVENT_INVOKE);
		assertThat(invoke.getMethod()).isEqualTo("POST");
		assertThat(invoke.getUrl().encodedPath()).isEqualTo("/api/account/123456/events/conversational_command/invoke");
		assertThat(invoke.getUrl().query()).isEqualTo("v=1&externalSystem=test-system");
		assertCommonHeaders(invoke);
		JsonNode body = JSON.readTree(FakeLivePerson.body(invoke));
		assertThat(fieldNames(body)).containsExactly("timestamp", "headers", "payload");
		assertThat(body.get("payload").get("n").asInt()).isEqualTo(1);
	}

	@Test
	void asksIsImplementedOnPlatformV1() {
		this.liveperson.enqueue(Route.IS_IMPLEMENTED, json(200, "{\"implemented\":false}"));
		assertThat(this.template.isImplemented("bot_connectors_post_hook", "777").block()).isFalse();
		RecordedRequest request = this.liveperson.last(Route.IS_IMPLEMENTED);
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getUrl().encodedPath())
			.isEqualTo("/api/account/123456/events/bot_connectors_post_hook/isImplemented");
		assertThat(request.getUrl().query()).isEqualTo("v=1&externalSystem=test-system&skillId=777");
		assertCommonHeaders(request);
		assertThat(request.getBodySize()).isZero();
	}

	@Test
	void listsLambdasOnPlatformV1WithFilters() {
		this.liveperson.enqueue(Route.LAMBDAS, json(200, "[{\"uuid\":\"" + UUID
				+ "\",\"name\":\"greeter\",\"version\":3,\"description\":\"says hi\",\"eventId\":\"conversational_command\","
				+ "\"state\":\"Productive\",\"runtime\":{\"name\":\"Node.js 18\"},\"createdAt\":1690000000000,"
				+ "\"createdBy\":\"alice\",\"updatedAt\":1690000001000,\"updatedBy\":\"bob\",\"lastDeployment\":{\"id\":\"d1\"},"
				+ "\"implementation\":{\"code\":\"...\"},\"somethingNew\":1}]"));
		List<LambdaSummary> lambdas = this.template
			.getLambdas(
					LambdaQuery.all().withUserId("u1").withState("Productive").withEventId("e1").withName("greeter"))
			.block();
		assertThat(lambdas).singleElement().satisfies((lambda) -> {
			assertThat(lambda.uuid()).isEqualTo(UUID);
			assertThat(lambda.name()).isEqualTo("greeter");
			assertThat(lambda.version()).isEqualTo("3");
			assertThat(lambda.isProductive()).isTrue();
			assertThat(lambda.runtime()).containsEntry("name", "Node.js 18");
			assertThat(lambda.createdBy()).isEqualTo("alice");
		});
		RecordedRequest request = this.liveperson.last(Route.LAMBDAS);
		assertThat(request.getUrl().encodedPath()).isEqualTo("/api/account/123456/lambdas");
		assertThat(request.getUrl().query()).isEqualTo("v=1&userId=u1&state=Productive&eventId=e1&name=greeter");
		assertCommonHeaders(request);
	}

	@Test
	void speaksPlatformV2() {
		ReactiveFunctionsTemplate v2 = this.liveperson.templateBuilder().platform(Platform.V2).build();
		v2.invokeByUuid(UUID, Map.of("a", 1), InvocationOptions.builder().skillId("9").build(),
				new ParameterizedTypeReference<Object>() {
				})
			.block();
		RecordedRequest invoke = this.liveperson.last(Route.INVOKE);
		assertThat(invoke.getUrl().encodedPath()).isEqualTo("/api/account/123456/lambdas/" + UUID + "/invoke");
		assertThat(invoke.getUrl().query()).isEqualTo("skillId=9");
		assertThat(invoke.getHeaders().get("LP-EventSource")).isEqualTo("test-system");
		assertCommonHeaders(invoke);

		v2.invokeByEvent("surveybot_messaging_survey_ended", null).block();
		RecordedRequest event = this.liveperson.last(Route.EVENT_INVOKE);
		assertThat(event.getUrl().query()).isNull();
		assertThat(event.getHeaders().get("LP-EventSource")).isEqualTo("test-system");

		v2.isImplemented("surveybot_messaging_survey_ended").block();
		RecordedRequest isImplemented = this.liveperson.last(Route.IS_IMPLEMENTED);
		assertThat(isImplemented.getUrl().query()).isNull();
		assertThat(isImplemented.getHeaders().get("LP-EventSource")).isEqualTo("test-system");

		v2.getLambdas(LambdaQuery.all().withName("greeter").withState("Productive")).block();
		RecordedRequest functions = this.liveperson.last(Route.FUNCTIONS);
		assertThat(functions.getUrl().encodedPath()).isEqualTo("/api/account/123456/functions");
		assertThat(functions.getUrl().query()).isEqualTo("state=Productive&functionName=greeter");
	}

	@Test
	void detectsPlatformV2FromTheGatewayHost() {
		assertThat(Platform.detect(URI.create("https://va.fninvocations.liveperson.net"))).isEqualTo(Platform.V2);
		assertThat(Platform.detect(URI.create("https://z1.functions.liveperson.net"))).isEqualTo(Platform.V2);
		assertThat(Platform.detect(URI.create("https://va.faasgw.liveperson.net"))).isEqualTo(Platform.V1);
	}

	@Test
	void generatesADistinctRequestIdPerCall() {
		this.template.invokeByUuid(UUID, null).block();
		this.template.invokeByUuid(UUID, null).block();
		List<String> ids = this.liveperson.requests(Route.INVOKE)
			.stream()
			.map((request) -> request.getHeaders().get("X-Request-ID"))
			.toList();
		assertThat(ids).hasSize(2).doesNotHaveDuplicates();
		assertThat(ids).allSatisfy((id) -> assertThat(id).matches("[0-9a-f-]{36}"));
	}

	@Test
	void readsLivePersonsAnswersWhateverTheApplicationsJsonSettings() {
		JsonMapper snakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
		ReactiveFunctionsTemplate template = this.liveperson.templateBuilder().jsonMapper(snakeCase).build();
		this.liveperson.enqueue(Route.LAMBDAS,
				json(200, "[{\"uuid\":\"" + UUID + "\",\"eventId\":\"e1\",\"createdAt\":\"2026-01-01\"}]"));
		this.liveperson.enqueue(Route.EVENT_INVOKE, json(200,
				"[{\"uuid\":\"" + UUID + "\",\"timestamp\":1700000000000,\"result\":{\"first_name\":\"Ada\"}}]"));

		assertThat(template.isImplemented("conversational_command").block()).isTrue();
		assertThat(template.getLambdas(LambdaQuery.all()).block()).singleElement().satisfies((lambda) -> {
			assertThat(lambda.eventId()).isEqualTo("e1");
			assertThat(lambda.createdAt()).isEqualTo("2026-01-01");
		});
		List<EventInvocationResult<Person>> results = template
			.invokeByEvent("conversational_command", new Person("Grace"), Person.class)
			.block();
		// The application's settings apply to its own types, in both directions.
		assertThat(results).singleElement().satisfies((result) -> {
			assertThat(result.timestamp()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
			assertThat(result.result()).isEqualTo(new Person("Ada"));
		});
		assertThat(
				JSON.readTree(FakeLivePerson.body(this.liveperson.last(Route.EVENT_INVOKE))).get("payload").toString())
			.isEqualTo("{\"first_name\":\"Grace\"}");
	}

	record Person(String firstName) {

	}

	@Test
	void authorizesWithAStrategyOfYourOwn() {
		ClientAuthentication dpop = (method, uri) -> {
			HttpHeaders headers = new HttpHeaders();
			headers.set("Authorization", "DPoP access-token");
			headers.set("DPoP", "proof-for " + method + " " + uri.getPath());
			return Mono.just(headers);
		};
		this.liveperson.templateBuilder().authentication(dpop).build().invokeByUuid(UUID, null).block();
		RecordedRequest invoke = this.liveperson.last(Route.INVOKE);
		assertThat(invoke.getHeaders().get("Authorization")).isEqualTo("DPoP access-token");
		assertThat(invoke.getHeaders().get("DPoP"))
			.isEqualTo("proof-for POST /api/account/123456/lambdas/" + UUID + "/invoke");
		assertThat(this.liveperson.count(Route.TOKEN)).isZero();
	}

	@Test
	void sendsAUsersBearerToken() {
		this.liveperson.templateBuilder()
			.authentication(new BearerTokenAuthentication(() -> "user-token"))
			.build()
			.isImplemented("conversational_command")
			.block();
		assertThat(this.liveperson.last(Route.IS_IMPLEMENTED).getHeaders().get("Authorization"))
			.isEqualTo("Bearer user-token");
		assertThat(this.liveperson.count(Route.TOKEN)).isZero();
	}

	private void assertCommonHeaders(RecordedRequest request) {
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + this.liveperson.token(1));
		assertThat(request.getHeaders().get("X-Request-ID")).isNotBlank();
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("User-Agent")).isEqualTo("lpfunctions-spring/0.1.0-SNAPSHOT");
	}

	private static List<String> fieldNames(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

	private static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					(pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
