package io.github.lpfunctions.client.autoconfigure.clients;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import io.github.lpfunctions.client.annotation.FunctionsClient;
import io.github.lpfunctions.client.annotation.InvokeEvent;
import io.github.lpfunctions.client.annotation.InvokeFunction;
import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client interface that cannot be implemented stops the application at start-up with a
 * failure analysis naming the interface, the method and what to change.
 */
class FunctionsClientFailureAnalyzerTests {

	private static final String UUID = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(FunctionsAutoConfiguration.class, FunctionsClientsAutoConfiguration.class))
		.withPropertyValues("liveperson.functions.account-id=12345678", "liveperson.functions.client-id=id",
				"liveperson.functions.client-secret=secret", "orders.function-uuid=not-a-uuid");

	@Test
	void badUuid() {
		analyze(BadUuidApplication.class, (analysis) -> {
			assertThat(analysis.getDescription()).isEqualTo("The LivePerson Functions client " + BadUuid.class.getName()
					+ " cannot be implemented:\n\n    Method:  " + BadUuid.class.getName() + ".place(String)\n"
					+ "    Problem: @InvokeFunction '${orders.function-uuid}' (resolved to 'not-a-uuid') is not valid: "
					+ "'functionUuid' must be a UUID like 00000000-0000-0000-0000-000000000000 but was 'not-a-uuid'\n");
			assertThat(analysis.getAction())
				.isEqualTo("Give the function's UUID from the LivePerson Functions UI, or a ${...} placeholder of it.");
		});
	}

	@Test
	void unresolvablePlaceholder() {
		analyze(MissingPropertyApplication.class, (analysis) -> {
			assertThat(analysis.getDescription())
				.contains("Method:  " + MissingProperty.class.getName() + ".place(String)")
				.contains("Problem: @InvokeFunction '${billing.function-uuid}' cannot be resolved")
				.contains("billing.function-uuid");
			assertThat(analysis.getAction()).startsWith("Define the property it names");
		});
	}

	@Test
	void badEventId() {
		analyze(BadEventApplication.class, (analysis) -> {
			assertThat(analysis.getDescription()).contains("Method:  " + BadEvent.class.getName() + ".announce(String)")
				.contains("Problem: @InvokeEvent 'order placed' is not valid");
			assertThat(analysis.getAction()).startsWith("Give an event id such as conversational_command");
		});
	}

	@Test
	void unsupportedReturnType() {
		analyze(UnsupportedTypeApplication.class, (analysis) -> {
			assertThat(analysis.getDescription())
				.contains("Method:  " + UnsupportedType.class.getName() + ".count(String)")
				.contains("Problem: the return type int is not supported");
			assertThat(analysis.getAction())
				.startsWith("Declare one of T, Optional<T>, void, Mono<T>, Mono<Void> or CompletableFuture<T>");
		});
	}

	@Test
	void unsupportedParameters() {
		analyze(TwoPayloadsApplication.class, (analysis) -> {
			assertThat(analysis.getDescription())
				.contains("Method:  " + TwoPayloads.class.getName() + ".place(String, String)")
				.contains("Problem: parameters 1 and 2 are both payloads");
			assertThat(analysis.getAction()).startsWith("Annotate the others with @SkillId, @RequestId");
		});
	}

	@Test
	void methodWithoutAnnotation() {
		analyze(NoAnnotationApplication.class, (analysis) -> {
			assertThat(analysis.getDescription())
				.contains("Method:  " + NoAnnotation.class.getName() + ".place(String)")
				.contains("Problem: the method has no operation annotation");
			assertThat(analysis.getAction())
				.isEqualTo("Annotate it with exactly one of @InvokeFunction, @InvokeEvent or @IsImplemented, "
						+ "or make it a default method.");
		});
	}

	private void analyze(Class<?> application, Consumer<FailureAnalysis> assertions) {
		this.contextRunner.withUserConfiguration(application).run((context) -> {
			assertThat(context).hasFailed();
			// as Spring Boot loads them when an application fails
			List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
				.load(FailureAnalyzer.class, ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
					.and(Environment.class, new StandardEnvironment()));
			FailureAnalysis analysis = analyzers.stream()
				.filter(FunctionsClientFailureAnalyzer.class::isInstance)
				.map((analyzer) -> analyzer.analyze(context.getStartupFailure()))
				.findFirst()
				.orElseThrow();
			assertThat(analysis).isNotNull();
			assertions.accept(analysis);
		});
	}

	@FunctionsClient
	interface BadUuid {

		@InvokeFunction("${orders.function-uuid}")
		String place(String order);

	}

	@EnableFunctionsClients(clients = BadUuid.class)
	static class BadUuidApplication {

	}

	@FunctionsClient
	interface MissingProperty {

		@InvokeFunction("${billing.function-uuid}")
		String place(String order);

	}

	@EnableFunctionsClients(clients = MissingProperty.class)
	static class MissingPropertyApplication {

	}

	@FunctionsClient
	interface BadEvent {

		@InvokeEvent("order placed")
		void announce(String order);

	}

	@EnableFunctionsClients(clients = BadEvent.class)
	static class BadEventApplication {

	}

	@FunctionsClient
	interface UnsupportedType {

		@InvokeFunction(UUID)
		int count(String order);

	}

	@EnableFunctionsClients(clients = UnsupportedType.class)
	static class UnsupportedTypeApplication {

	}

	@FunctionsClient
	interface TwoPayloads {

		@InvokeFunction(UUID)
		String place(String order, String customer);

	}

	@EnableFunctionsClients(clients = TwoPayloads.class)
	static class TwoPayloadsApplication {

	}

	@FunctionsClient
	interface NoAnnotation {

		String place(String order);

	}

	@EnableFunctionsClients(clients = NoAnnotation.class)
	static class NoAnnotationApplication {

	}

}
