package io.github.lpfunctions.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.client.observation.FunctionsObservationContext;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation is observed as {@code liveperson.functions.requests} with the
 * documented keys, and the HTTP client's own observations nest beneath it.
 */
class ObservationIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private static FunctionsEmulator liveperson;

	private final FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson)
		.observationRegistry(this.registry)
		.retry(RetrySettings.none())
		.build());

	@BeforeAll
	static void start() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void collectStoppedContexts() {
		liveperson.reset();
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				ObservationIntegrationTests.this.stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
	}

	@Test
	void observesASuccessfulInvocation() {
		this.template.invokeByUuid(UUID, null);
		String requestId = last(Endpoint.INVOKE).header("X-Request-ID");
		assertThat(this.registry).hasObservationWithNameEqualTo("liveperson.functions.requests")
			.that()
			.hasContextualNameEqualTo("liveperson.functions invoke")
			.hasLowCardinalityKeyValue("operation", "invoke")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("error.code", "none")
			.hasLowCardinalityKeyValue("platform", "v1")
			.hasLowCardinalityKeyValue("cache", "none")
			.hasLowCardinalityKeyValue("event.source", "test-system")
			.hasLowCardinalityKeyValue("skill", "none")
			.hasHighCardinalityKeyValue("account", "123456")
			.hasHighCardinalityKeyValue("function.uuid", UUID)
			.hasHighCardinalityKeyValue("request.id", requestId)
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void observesAFunctionFailureWithItsErrorCode() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE,
					json(901, "{\"errorCode\":\"com.liveperson.faas.handler.custom-failure\",\"errorMsg\":\"no\"}"));
		assertThatExceptionOfType(FaaSLambdaException.class).isThrownBy(() -> this.template.invokeByUuid(UUID, null));
		assertThat(this.registry).hasObservationWithNameEqualTo("liveperson.functions.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "FUNCTION_ERROR")
			.hasLowCardinalityKeyValue("status", "901")
			.hasLowCardinalityKeyValue("error.code", "com.liveperson.faas.handler.custom-failure")
			.hasError();
	}

	@Test
	void tagsIsImplementedWithCacheHitOrMiss() {
		this.template.isImplemented("conversational_command");
		this.template.isImplemented("conversational_command");
		List<String> cache = this.stopped.stream()
			.filter(FunctionsObservationContext.class::isInstance)
			.map((context) -> context.getLowCardinalityKeyValue("cache").getValue())
			.toList();
		assertThat(cache).containsExactly("miss", "hit");
		// the hit, answered without a request, is tagged like any other call
		FunctionsObservationContext hit = (FunctionsObservationContext) this.stopped.get(this.stopped.size() - 1);
		assertThat(hit.getLowCardinalityKeyValue("platform").getValue()).isEqualTo("v1");
		assertThat(hit.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
		assertThat(hit.getLowCardinalityKeyValue("event.source").getValue()).isEqualTo("test-system");
		assertThat(hit.getRequestId()).isNotBlank();
	}

	@Test
	void tagsTheEventSourceAndSkillTheRequestCarries() {
		this.template.invokeByUuid(UUID, null,
				InvocationOptions.builder().eventSource("orders-service").skillId("42").build());
		assertThat(last(Endpoint.INVOKE).query()).contains("externalSystem=orders-service").contains("skillId=42");
		this.template.isImplemented("conversational_command", "43");
		this.template.invokeByEvent("conversational_command", null);
		List<String> tags = this.stopped.stream()
			.filter(FunctionsObservationContext.class::isInstance)
			.map((context) -> context.getLowCardinalityKeyValue("operation").getValue() + " "
					+ context.getLowCardinalityKeyValue("event.source").getValue() + " "
					+ context.getLowCardinalityKeyValue("skill").getValue())
			.toList();
		assertThat(tags).containsExactly("invoke orders-service 42", "is-implemented test-system 43",
				"invoke-event test-system none");
	}

	@Test
	void nestsTheHttpClientObservationsBeneathTheOperation() {
		this.template.invokeByUuid(UUID, null);
		List<Observation.Context> contexts = this.stopped;
		Observation.Context operation = contexts.stream()
			.filter(FunctionsObservationContext.class::isInstance)
			.findFirst()
			.orElseThrow();
		List<Observation.Context> httpCalls = contexts.stream()
			.filter((context) -> "http.client.requests".equals(context.getName()))
			.toList();
		// Discovery, token and invocation.
		assertThat(httpCalls).hasSize(3);
		assertThat(httpCalls).allSatisfy((context) -> assertThat(context.getParentObservation()).isNotNull()
			.satisfies((parent) -> assertThat(parent.getContextView()).isSameAs(operation)));
	}

	private static RecordedRequest last(Endpoint endpoint) {
		List<RecordedRequest> requests = liveperson.requests().to(endpoint);
		return requests.get(requests.size() - 1);
	}

}
