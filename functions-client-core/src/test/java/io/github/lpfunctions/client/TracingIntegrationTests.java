package io.github.lpfunctions.client;

import java.util.List;

import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tracing, every operation is a span carrying the account, function and request id,
 * and the HTTP calls it made (discovery, token, gateway) are its children.
 */
class TracingIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private final SimpleTracer tracer = new SimpleTracer();

	private static FunctionsEmulator liveperson;

	@BeforeAll
	static void start() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@Test
	void operationSpanIsTheParentOfTheHttpSpans() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(this.tracer, Propagator.NOOP),
					new DefaultTracingObservationHandler(this.tracer)));
		new FunctionsTemplate(Emulators.templateBuilder(liveperson).observationRegistry(registry).build())
			.invokeByUuid(UUID, null);

		List<SimpleSpan> spans = List.copyOf(this.tracer.getSpans());
		SimpleSpan operation = spans.stream()
			.filter((span) -> "liveperson.functions invoke".equals(span.getName()))
			.findFirst()
			.orElseThrow();
		assertThat(operation.getTags()).containsEntry("account", "123456")
			.containsEntry("function.uuid", UUID)
			.containsEntry("request.id", last(Endpoint.INVOKE).header("X-Request-ID"))
			.containsEntry("outcome", "SUCCESS");
		List<SimpleSpan> httpSpans = spans.stream().filter((span) -> span.getName().startsWith("http ")).toList();
		assertThat(httpSpans).extracting(SimpleSpan::getName)
			.containsExactlyInAnyOrder("http get", "http post", "http post");
		assertThat(httpSpans).allSatisfy((span) -> {
			assertThat(span.getParentId()).isEqualTo(operation.getSpanId());
			assertThat(span.getTraceId()).isEqualTo(operation.getTraceId());
		});
	}

	private static RecordedRequest last(Endpoint endpoint) {
		List<RecordedRequest> requests = liveperson.requests().to(endpoint);
		return requests.get(requests.size() - 1);
	}

}
