package io.github.lpfunctions.client.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FaaSLambdaException;
import io.github.lpfunctions.client.InvocationOptions;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.annotation.FunctionsClient;
import io.github.lpfunctions.client.annotation.InvocationHeader;
import io.github.lpfunctions.client.annotation.InvokeEvent;
import io.github.lpfunctions.client.annotation.InvokeFunction;
import io.github.lpfunctions.client.annotation.IsImplemented;
import io.github.lpfunctions.client.annotation.RequestId;
import io.github.lpfunctions.client.annotation.SkillId;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every parameter and return type of a declarative client, blocking and reactive, at the
 * wire against the emulator.
 */
class FunctionsClientIntegrationTests {

	static final String ECHO = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	static final String FAILING = "1c2d3e4f-5061-4b7c-9d0e-1f2a3b4c5d6e";

	static final String SLOW = "2d3e4f50-6172-4c8d-8e0f-2a3b4c5d6e7f";

	static final String EVENT = "conversational_command";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FunctionsEmulator emulator;

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private ReactiveFunctionsTemplate template;

	private RequestCapture invocations;

	private RequestCapture eventInvocations;

	private RequestCapture isImplemented;

	@BeforeAll
	static void startEmulator() {
		emulator = FunctionsEmulator.builder()
			.accountId("123456")
			.clientId("test-client")
			.clientSecret("s3cr3t-client-secret-value")
			.function(EmulatedFunction.echo(ECHO).withEvent(EVENT),
					EmulatedFunction.failing(FAILING, "com.liveperson.faas.handler.custom-failure", "no greeting"),
					EmulatedFunction.echo(SLOW).withDelay(Duration.ofSeconds(2)))
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void setUp() {
		emulator.reset();
		this.invocations = emulator.faults().capture(Endpoint.INVOKE);
		this.eventInvocations = emulator.faults().capture(Endpoint.EVENT_INVOKE);
		this.isImplemented = emulator.faults().capture(Endpoint.IS_IMPLEMENTED);
		this.template = ReactiveFunctionsTemplate.builder()
			.accountId("123456")
			.clientCredentials("test-client", "s3cr3t-client-secret-value")
			.discoveryUri(URI.create("http://localhost:" + emulator.port()))
			.discoveryScheme("http")
			.eventSource("template-system")
			.timeout(Duration.ofSeconds(5))
			.observationRegistry(this.registry)
			.build();
	}

	private <T> T client(Class<T> type) {
		return FunctionsClientFactory.builder(this.template)
			.valueResolver((value) -> value.replace("${echo.uuid}", ECHO))
			.build()
			.createClient(type);
	}

	@Test
	void blockingFunctionReturnsTheMappedResultOfThePayload() {
		Person answer = client(Blocking.class).greet(new Person("Ada", 36));
		assertThat(answer).isEqualTo(new Person("Ada", 36));
		UnmaskedRequest request = this.invocations.last();
		assertThat(request.path()).endsWith("/lambdas/" + ECHO + "/invoke");
		assertThat(body(request).path("payload")).isEqualTo(JSON.readTree("{\"name\":\"Ada\",\"age\":36}"));
		assertThat(request.queryParam("externalSystem")).isEqualTo("template-system");
		assertThat(request.queryParam("skillId")).isNull();
	}

	@Test
	void blockingFunctionReturnsAGenericType() {
		List<Person> answer = client(Blocking.class).greetAll(List.of(new Person("Ada", 36), new Person("Alan", 41)));
		assertThat(answer).containsExactly(new Person("Ada", 36), new Person("Alan", 41));
	}

	@Test
	void blockingFunctionReturnsAnOptional() {
		assertThat(client(Blocking.class).maybeGreet(new Person("Ada", 36))).contains(new Person("Ada", 36));
	}

	@Test
	void voidFunctionIsInvokedWithoutAPayload() {
		client(Blocking.class).ping();
		assertThat(body(this.invocations.last()).path("payload").isEmpty()).isTrue();
	}

	@Test
	void blockingFunctionFailsWithTheTemplatesException() {
		assertThatExceptionOfType(FaaSLambdaException.class)
			.isThrownBy(() -> client(Blocking.class).fail(new Person("Ada", 36)))
			.satisfies((ex) -> assertThat(ex.getFaaSError().errorCode())
				.isEqualTo("com.liveperson.faas.handler.custom-failure"));
	}

	@Test
	void singleValueParametersAreSentAsSkillRequestIdAndHeaders() {
		client(Blocking.class).greetWith(new Person("Ada", 36), "skill-7", "request-42", "tenant-a");
		UnmaskedRequest request = this.invocations.last();
		assertThat(request.queryParam("skillId")).isEqualTo("skill-7");
		assertThat(request.header("X-Request-ID")).isEqualTo("request-42");
		assertThat(body(request).path("headers"))
			.isEqualTo(JSON.readTree("[{\"key\":\"X-Tenant\",\"value\":\"tenant-a\"}]"));
	}

	@Test
	void nullSingleValuesSendNothing() {
		client(Blocking.class).greetWith(new Person("Ada", 36), null, null, null);
		UnmaskedRequest request = this.invocations.last();
		assertThat(request.queryParam("skillId")).isNull();
		assertThat(request.header("X-Request-ID")).isNotBlank();
		assertThat(body(request).path("headers").isEmpty()).isTrue();
	}

	@Test
	void optionsArgumentOverridesTheAnnotationsAndSingleValuesOverrideTheOptions() {
		InvocationOptions options = InvocationOptions.builder()
			.header("X-Trace", "t-1")
			.skillId("options-skill")
			.eventSource("options-system")
			.requestId("options-request")
			.build();
		client(Blocking.class).greetWithOptions(new Person("Ada", 36), options, "parameter-skill");
		UnmaskedRequest request = this.invocations.last();
		assertThat(request.queryParam("skillId")).isEqualTo("parameter-skill");
		assertThat(request.queryParam("externalSystem")).isEqualTo("options-system");
		assertThat(request.header("X-Request-ID")).isEqualTo("options-request");
		assertThat(body(request).path("headers")).isEqualTo(JSON.readTree("[{\"key\":\"X-Trace\",\"value\":\"t-1\"}]"));
	}

	@Test
	void interfaceDefaultsApplyAndAMethodOverridesThem() {
		Defaults client = client(Defaults.class);
		client.withInterfaceDefaults(new Person("Ada", 36));
		UnmaskedRequest first = this.invocations.last();
		assertThat(first.queryParam("skillId")).isEqualTo("interface-skill");
		assertThat(first.queryParam("externalSystem")).isEqualTo("interface-system");
		client.withOwnSettings(new Person("Ada", 36));
		UnmaskedRequest second = this.invocations.last();
		assertThat(second.queryParam("skillId")).isEqualTo("method-skill");
		assertThat(second.queryParam("externalSystem")).isEqualTo("method-system");
	}

	@Test
	void interfaceTimeoutIsTheDeadlineAndAMethodOverridesIt() {
		Slow client = client(Slow.class);
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> client.greet(new Person("Ada", 36)))
			.satisfies((ex) -> assertThat(ex).hasRootCauseInstanceOf(TimeoutException.class));
		assertThat(client.greetPatiently(new Person("Ada", 36))).isEqualTo(new Person("Ada", 36));
	}

	@Test
	void blockingEventReturnsTheResultOfEachFunction() {
		List<EventInvocationResult<Person>> results = client(Blocking.class).onCommand(new Person("Ada", 36),
				"skill-7");
		assertThat(results).singleElement().satisfies((result) -> {
			assertThat(result.uuid()).isEqualTo(ECHO);
			assertThat(result.result()).isEqualTo(new Person("Ada", 36));
		});
		UnmaskedRequest request = this.eventInvocations.last();
		assertThat(request.path()).endsWith("/events/" + EVENT + "/invoke");
		assertThat(request.queryParam("skillId")).isEqualTo("skill-7");
	}

	@Test
	void voidEventIsInvoked() {
		client(Blocking.class).announce(new Person("Ada", 36));
		assertThat(body(this.eventInvocations.last()).path("payload").path("name").asString()).isEqualTo("Ada");
	}

	@Test
	void blockingIsImplementedAnswersPrimitiveAndBoxed() {
		Blocking client = client(Blocking.class);
		assertThat(client.hasCommandHandler()).isTrue();
		assertThat(client.hasOtherHandler("skill-9")).isFalse();
		assertThat(this.isImplemented.last().path()).contains("/events/unbound_event/isImplemented");
		assertThat(this.isImplemented.last().queryParam("skillId")).isEqualTo("skill-9");
	}

	@Test
	void reactiveFunctionReturnsAMono() {
		Reactive client = client(Reactive.class);
		StepVerifier.create(client.greet(new Person("Ada", 36), InvocationOptions.builder().requestId("r-1").build()))
			.expectNext(new Person("Ada", 36))
			.verifyComplete();
		assertThat(this.invocations.last().header("X-Request-ID")).isEqualTo("r-1");
		StepVerifier.create(client.ping()).verifyComplete();
		assertThat(this.invocations.count()).isEqualTo(2);
	}

	@Test
	void reactiveCallIsSentOnSubscription() {
		Mono<Person> call = client(Reactive.class).greet(new Person("Ada", 36), InvocationOptions.none());
		assertThat(this.invocations.count()).isZero();
		StepVerifier.create(call).expectNextCount(1).verifyComplete();
		assertThat(this.invocations.count()).isEqualTo(1);
	}

	@Test
	void reactiveFunctionFailsWithTheTemplatesException() {
		StepVerifier.create(client(Reactive.class).fail(new Person("Ada", 36)))
			.expectError(FaaSLambdaException.class)
			.verify();
	}

	@Test
	void futureOfAFunctionCompletesWithTheResult() {
		CompletableFuture<Person> answer = client(Reactive.class).greetAsync(new Person("Ada", 36));
		assertThat(answer.join()).isEqualTo(new Person("Ada", 36));
	}

	@Test
	void reactiveEventReturnsAFluxAMonoOfListAndAMonoOfVoid() {
		Reactive client = client(Reactive.class);
		StepVerifier.create(client.onCommand(new Person("Ada", 36)))
			.assertNext((result) -> assertThat(result.result()).isEqualTo(new Person("Ada", 36)))
			.verifyComplete();
		StepVerifier.create(client.onCommandAll(new Person("Ada", 36)))
			.assertNext((results) -> assertThat(results).hasSize(1))
			.verifyComplete();
		StepVerifier.create(client.announce(new Person("Ada", 36))).verifyComplete();
		assertThat(this.eventInvocations.count()).isEqualTo(3);
	}

	@Test
	void reactiveIsImplementedAnswersAMonoAndAFuture() {
		Reactive client = client(Reactive.class);
		StepVerifier.create(client.hasCommandHandler()).expectNext(true).verifyComplete();
		assertThat(client.hasOtherHandler().join()).isFalse();
	}

	@Test
	void observationNamesTheInterfaceAndMethod() {
		client(Blocking.class).greet(new Person("Ada", 36));
		assertThat(this.registry).hasObservationWithNameEqualTo("liveperson.functions.requests")
			.that()
			.hasHighCardinalityKeyValue("client.method", "Blocking.greet");
	}

	@Test
	void placeholderIsResolvedWhenTheClientIsCreated() {
		List<String> resolved = new ArrayList<>();
		Placeholders client = FunctionsClientFactory.builder(this.template).valueResolver((value) -> {
			resolved.add(value);
			return value.replace("${echo.uuid}", ECHO);
		}).build().createClient(Placeholders.class);
		assertThat(resolved).contains("${echo.uuid}");
		assertThat(client.greet(new Person("Ada", 36))).isEqualTo(new Person("Ada", 36));
		assertThat(this.invocations.last().path()).endsWith("/lambdas/" + ECHO + "/invoke");
	}

	@Test
	void validatorRejectsArgumentsBeforeTheNetwork() {
		Blocking client = FunctionsClientFactory.builder(this.template)
			.argumentsValidator((type, method) -> method.getName().equals("greet") ? (proxy, arguments) -> {
				if (((Person) arguments[0]).age() < 0) {
					throw new IllegalArgumentException("age must not be negative");
				}
			} : null)
			.build()
			.createClient(Blocking.class);
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> client.greet(new Person("Ada", -1)))
			.withMessage("age must not be negative");
		assertThat(this.invocations.count()).isZero();
		assertThat(client.greet(new Person("Ada", 36))).isEqualTo(new Person("Ada", 36));
	}

	@Test
	void defaultMethodsAndObjectMethodsWork() {
		Blocking client = client(Blocking.class);
		assertThat(client.greetAda()).isEqualTo(new Person("Ada", 36));
		assertThat(client).hasToString("LivePerson Functions client " + Blocking.class.getName());
		assertThat(client).isEqualTo(client).isNotEqualTo(client(Blocking.class));
	}

	private static JsonNode body(UnmaskedRequest request) {
		return JSON.readTree(request.bodyAsString());
	}

	record Person(String name, int age) {
	}

	@FunctionsClient
	interface Blocking {

		@InvokeFunction(ECHO)
		Person greet(Person person);

		@InvokeFunction(ECHO)
		List<Person> greetAll(List<Person> people);

		@InvokeFunction(ECHO)
		Optional<Person> maybeGreet(Person person);

		@InvokeFunction(ECHO)
		void ping();

		@InvokeFunction(FAILING)
		Person fail(Person person);

		@InvokeFunction(ECHO)
		Person greetWith(Person person, @SkillId String skill, @RequestId String requestId,
				@InvocationHeader("X-Tenant") String tenant);

		@InvokeFunction(value = ECHO, skillId = "annotation-skill")
		Person greetWithOptions(Person person, InvocationOptions options, @SkillId String skill);

		@InvokeEvent(EVENT)
		List<EventInvocationResult<Person>> onCommand(Person person, @SkillId String skill);

		@InvokeEvent(EVENT)
		void announce(Person person);

		@IsImplemented(EVENT)
		boolean hasCommandHandler();

		@IsImplemented("unbound_event")
		Boolean hasOtherHandler(@SkillId String skill);

		default Person greetAda() {
			return greet(new Person("Ada", 36));
		}

	}

	@FunctionsClient
	interface Reactive {

		@InvokeFunction(ECHO)
		Mono<Person> greet(Person person, InvocationOptions options);

		@InvokeFunction(ECHO)
		Mono<Void> ping();

		@InvokeFunction(FAILING)
		Mono<Person> fail(Person person);

		@InvokeFunction(ECHO)
		CompletableFuture<Person> greetAsync(Person person);

		@InvokeEvent(EVENT)
		Flux<EventInvocationResult<Person>> onCommand(Person person);

		@InvokeEvent(EVENT)
		Mono<List<EventInvocationResult<Person>>> onCommandAll(Person person);

		@InvokeEvent(EVENT)
		Mono<Void> announce(Person person);

		@IsImplemented(EVENT)
		Mono<Boolean> hasCommandHandler();

		@IsImplemented("unbound_event")
		CompletableFuture<Boolean> hasOtherHandler();

	}

	@FunctionsClient(skillId = "interface-skill", eventSource = "interface-system", timeout = "4s")
	interface Defaults {

		@InvokeFunction(ECHO)
		Person withInterfaceDefaults(Person person);

		@InvokeFunction(value = ECHO, skillId = "method-skill", eventSource = "method-system", timeout = "PT3S")
		Map<String, Object> withOwnSettings(Person person);

	}

	@FunctionsClient(timeout = "300ms")
	interface Slow {

		@InvokeFunction(SLOW)
		Person greet(Person person);

		@InvokeFunction(value = SLOW, timeout = "20s")
		Person greetPatiently(Person person);

	}

	@FunctionsClient
	interface Placeholders {

		@InvokeFunction("${echo.uuid}")
		Person greet(Person person);

	}

}
