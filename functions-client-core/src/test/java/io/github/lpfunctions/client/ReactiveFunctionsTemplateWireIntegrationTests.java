package io.github.lpfunctions.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact wire format of every operation, V1 and V2, as {@code wire-protocol.md}
 * describes it, checked field by field on what the emulator received.
 */
class ReactiveFunctionsTemplateWireIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FunctionsEmulator liveperson;

	private final Map<Endpoint, RequestCapture> captures = new EnumMap<>(Endpoint.class);

	private ReactiveFunctionsTemplate template;

	@BeforeAll
	static void start() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void createTemplate() {
		liveperson.reset();
		for (Endpoint endpoint : Endpoint.values()) {
			this.captures.put(endpoint, liveperson.faults().capture(endpoint));
		}
		this.template = Emulators.templateBuilder(liveperson).build();
	}

	@Test
	void discoversTheAccountsServicesThroughCsds() {
		this.template.invokeByUuid(UUID, Map.of()).block();
		UnmaskedRequest csds = last(Endpoint.DISCOVERY);
		assertThat(csds.method()).isEqualTo("GET");
		assertThat(csds.path()).isEqualTo("/api/account/123456/service/baseURI.json");
		assertThat(csds.query()).isEqualTo("version=1.0");
		assertThat(csds.header("Authorization")).isNull();
	}

	@Test
	void fetchesAClientCredentialsTokenWithCredentialsInTheFormBody() {
		this.template.invokeByUuid(UUID, Map.of()).block();
		UnmaskedRequest token = last(Endpoint.TOKEN);
		assertThat(token.method()).isEqualTo("POST");
		assertThat(token.path()).isEqualTo("/sentinel/api/account/123456/app/token");
		assertThat(token.query()).isEqualTo("v=2.0");
		assertThat(token.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(token.header("Authorization")).isNull();
		assertThat(form(token.bodyAsString())).containsEntry("grant_type", "client_credentials")
			.containsEntry("client_id", Emulators.CLIENT_ID)
			.containsEntry("client_secret", Emulators.CLIENT_SECRET);
		assertThat(token.path() + "?" + token.query()).doesNotContain(Emulators.CLIENT_SECRET);
	}

	@Test
	void invokesByUuidOnPlatformV1() {
		long before = Instant.now().toEpochMilli();
		Map<String, Object> result = this.template
			.invokeByUuid(UUID, Map.of("text", "hello"), new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.block();
		assertThat(result).containsEntry("ok", true);
		UnmaskedRequest invoke = last(Endpoint.INVOKE);
		assertThat(invoke.method()).isEqualTo("POST");
		assertThat(invoke.path()).isEqualTo("/api/account/123456/lambdas/" + UUID + "/invoke");
		assertThat(invoke.query()).isEqualTo("v=1&externalSystem=test-system");
		assertCommonHeaders(invoke);
		assertThat(invoke.header("Content-Type")).isEqualTo("application/json");
		assertThat(invoke.header("LP-EventSource")).isNull();
		JsonNode body = JSON.readTree(invoke.bodyAsString());
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
		UnmaskedRequest invoke = last(Endpoint.INVOKE);
		assertThat(invoke.query()).isEqualTo("v=1&externalSystem=billing&skillId=12345");
		assertThat(invoke.header("X-Request-ID")).isEqualTo("my-request-42");
		JsonNode body = JSON.readTree(invoke.bodyAsString());
		assertThat(body.get("headers").toString()).isEqualTo(
				"[{\"key\":\"Accept-Language\",\"value\":\"en-US\"},{\"key\":\"X-Custom\",\"value\":\"value\"}]");
		assertThat(body.get("payload").toString()).isEqualTo("{}");
	}

	@Test
	void sendsANullPayloadAsAnEmptyObject() {
		this.template.invokeByUuid(UUID, null).block();
		JsonNode body = JSON.readTree(last(Endpoint.INVOKE).bodyAsString());
		assertThat(body.get("payload").toString()).isEqualTo("{}");
	}

	@Test
	void sendsADistinctRandomUuidAsTheDefaultRequestId() {
		for (int i = 0; i < 20; i++) {
			this.template.invokeByUuid(UUID, Map.of()).block();
		}
		List<java.util.UUID> ids = this.captures.get(Endpoint.INVOKE)
			.requests()
			.stream()
			.map((request) -> java.util.UUID.fromString(request.header("X-Request-ID")))
			.toList();
		assertThat(ids).hasSize(20).doesNotHaveDuplicates().allSatisfy((id) -> {
			assertThat(id.version()).isEqualTo(4);
			assertThat(id.variant()).isEqualTo(2);
		});
	}

	@Test
	void encodesSpecialCharactersInQueryValues() {
		InvocationOptions options = InvocationOptions.builder().eventSource("a&b=c d").build();
		this.template.invokeByUuid(UUID, null, options, new ParameterizedTypeReference<Object>() {
		}).block();
		UnmaskedRequest invoke = last(Endpoint.INVOKE);
		assertThat(invoke.queryParam("externalSystem")).isEqualTo("a&b=c d");
		// on the wire as Spring's URI builder encodes values: everything outside the
		// unreserved set
		assertThat(invoke.query()).isEqualTo("v=1&externalSystem=a%26b%3Dc%20d");
		assertThat(invoke.queryParams().keySet()).containsExactlyInAnyOrder("v", "externalSystem");
	}

	@Test
	void eventResultsCarryTheErrorOfAFailingFunction() {
		liveperson.faults()
			.respondNext(Endpoint.EVENT_INVOKE, json(200, "[{\"uuid\":\"" + UUID
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
		liveperson.faults()
			.respondNext(Endpoint.EVENT_INVOKE, json(200, "[{\"uuid\":\"" + UUID
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
		UnmaskedRequest invoke = last(Endpoint.EVENT_INVOKE);
		assertThat(invoke.method()).isEqualTo("POST");
		assertThat(invoke.path()).isEqualTo("/api/account/123456/events/conversational_command/invoke");
		assertThat(invoke.query()).isEqualTo("v=1&externalSystem=test-system");
		assertCommonHeaders(invoke);
		JsonNode body = JSON.readTree(invoke.bodyAsString());
		assertThat(fieldNames(body)).containsExactly("timestamp", "headers", "payload");
		assertThat(body.get("payload").get("n").asInt()).isEqualTo(1);
	}

	@Test
	void asksIsImplementedOnPlatformV1() {
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, json(200, "{\"implemented\":false}"));
		assertThat(this.template.isImplemented("bot_connectors_post_hook", "777").block()).isFalse();
		UnmaskedRequest request = last(Endpoint.IS_IMPLEMENTED);
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/api/account/123456/events/bot_connectors_post_hook/isImplemented");
		assertThat(request.query()).isEqualTo("v=1&externalSystem=test-system&skillId=777");
		assertCommonHeaders(request);
		assertThat(request.body()).isEmpty();
	}

	@Test
	void listsLambdasOnPlatformV1WithFilters() {
		liveperson.faults()
			.respondNext(Endpoint.LISTING, json(200, "[{\"uuid\":\"" + UUID
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
		UnmaskedRequest request = last(Endpoint.LISTING);
		assertThat(request.path()).isEqualTo("/api/account/123456/lambdas");
		assertThat(request.query()).isEqualTo("v=1&userId=u1&state=Productive&eventId=e1&name=greeter");
		assertCommonHeaders(request);
	}

	@Test
	void speaksPlatformV2() {
		try (FunctionsEmulator platformV2 = Emulators.builder()
			.platform(io.github.lpfunctions.emulator.Platform.V2)
			.start()) {
			RequestCapture tokens = platformV2.faults().capture(Endpoint.TOKEN);
			RequestCapture invocations = platformV2.faults().capture(Endpoint.INVOKE);
			RequestCapture eventInvocations = platformV2.faults().capture(Endpoint.EVENT_INVOKE);
			RequestCapture isImplementedQuestions = platformV2.faults().capture(Endpoint.IS_IMPLEMENTED);
			RequestCapture listings = platformV2.faults().capture(Endpoint.LISTING);
			ReactiveFunctionsTemplate v2 = Emulators.templateBuilder(platformV2).platform(Platform.V2).build();
			v2.invokeByUuid(UUID, Map.of("a", 1), InvocationOptions.builder().skillId("9").build(),
					new ParameterizedTypeReference<Object>() {
					})
				.block();
			UnmaskedRequest invoke = invocations.last();
			assertThat(invoke.path()).isEqualTo("/api/account/123456/lambdas/" + UUID + "/invoke");
			assertThat(invoke.query()).isEqualTo("skillId=9");
			assertThat(invoke.header("LP-EventSource")).isEqualTo("test-system");
			assertCommonHeaders(invoke, tokens);

			v2.invokeByEvent("surveybot_messaging_survey_ended", null).block();
			UnmaskedRequest event = eventInvocations.last();
			assertThat(event.query()).isNull();
			assertThat(event.header("LP-EventSource")).isEqualTo("test-system");

			v2.isImplemented("surveybot_messaging_survey_ended").block();
			UnmaskedRequest isImplemented = isImplementedQuestions.last();
			assertThat(isImplemented.query()).isNull();
			assertThat(isImplemented.header("LP-EventSource")).isEqualTo("test-system");

			v2.getLambdas(LambdaQuery.all().withName("greeter").withState("Productive")).block();
			UnmaskedRequest functions = listings.last();
			assertThat(functions.path()).isEqualTo("/api/account/123456/functions");
			assertThat(functions.query()).isEqualTo("state=Productive&functionName=greeter");
		}
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
		List<String> ids = this.captures.get(Endpoint.INVOKE)
			.requests()
			.stream()
			.map((request) -> request.header("X-Request-ID"))
			.toList();
		assertThat(ids).hasSize(2).doesNotHaveDuplicates();
		assertThat(ids).allSatisfy((id) -> assertThat(id).matches("[0-9a-f-]{36}"));
	}

	@Test
	void readsLivePersonsAnswersWhateverTheApplicationsJsonSettings() {
		JsonMapper snakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson).jsonMapper(snakeCase).build();
		liveperson.faults()
			.respondNext(Endpoint.LISTING,
					json(200, "[{\"uuid\":\"" + UUID + "\",\"eventId\":\"e1\",\"createdAt\":\"2026-01-01\"}]"));
		liveperson.faults()
			.respondNext(Endpoint.EVENT_INVOKE, json(200,
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
		assertThat(JSON.readTree(last(Endpoint.EVENT_INVOKE).bodyAsString()).get("payload").toString())
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
		// the emulator knows only its own bearer tokens: the answer is scripted
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{\"ok\":true}"));
		Emulators.templateBuilder(liveperson).authentication(dpop).build().invokeByUuid(UUID, null).block();
		UnmaskedRequest invoke = last(Endpoint.INVOKE);
		assertThat(invoke.header("Authorization")).isEqualTo("DPoP access-token");
		assertThat(invoke.header("DPoP")).isEqualTo("proof-for POST /api/account/123456/lambdas/" + UUID + "/invoke");
		assertThat(this.captures.get(Endpoint.TOKEN).count()).isZero();
	}

	@Test
	void sendsAUsersBearerToken() {
		// the emulator knows only its own bearer tokens: the answer is scripted
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, json(200, "{\"implemented\":true}"));
		Emulators.templateBuilder(liveperson)
			.authentication(new BearerTokenAuthentication(() -> "user-token"))
			.build()
			.isImplemented("conversational_command")
			.block();
		assertThat(last(Endpoint.IS_IMPLEMENTED).header("Authorization")).isEqualTo("Bearer user-token");
		assertThat(this.captures.get(Endpoint.TOKEN).count()).isZero();
	}

	private void assertCommonHeaders(UnmaskedRequest request) {
		assertCommonHeaders(request, this.captures.get(Endpoint.TOKEN));
	}

	private static void assertCommonHeaders(UnmaskedRequest request, RequestCapture tokens) {
		assertThat(request.header("Authorization")).isEqualTo("Bearer " + Emulators.issuedTokens(tokens).get(0));
		assertThat(request.header("X-Request-ID")).isNotBlank();
		assertThat(request.header("Accept")).isEqualTo("application/json");
		assertThat(request.header("User-Agent")).isEqualTo("lpfunctions-spring/0.1.0-SNAPSHOT");
	}

	private UnmaskedRequest last(Endpoint endpoint) {
		return this.captures.get(endpoint).last();
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
