package io.github.lpfunctions.client.proxy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.annotation.FunctionsClient;
import io.github.lpfunctions.client.annotation.InvocationHeader;
import io.github.lpfunctions.client.annotation.InvokeEvent;
import io.github.lpfunctions.client.annotation.InvokeFunction;
import io.github.lpfunctions.client.annotation.IsImplemented;
import io.github.lpfunctions.client.annotation.SkillId;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every interface that cannot be implemented fails when its client is created, naming the
 * interface, the method and what to change, before anything reaches the network.
 */
class FunctionsClientDefinitionTests {

	private static final String UUID = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	private static FunctionsEmulator emulator;

	private static ReactiveFunctionsTemplate template;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder()
			.accountId("123456")
			.clientId("test-client")
			.clientSecret("s3cr3t-client-secret-value")
			.start();
		template = ReactiveFunctionsTemplate.builder()
			.accountId("123456")
			.clientCredentials("test-client", "s3cr3t-client-secret-value")
			.discoveryUri(URI.create("http://localhost:" + emulator.port()))
			.discoveryScheme("http")
			.build();
	}

	@AfterAll
	static void stop() {
		assertThat(emulator.requests().all()).as("requests that reached the emulator").isEmpty();
		template.close();
		emulator.close();
	}

	private static FunctionsClientDefinitionException failure(Class<?> type) {
		FunctionsClientFactory factory = FunctionsClientFactory.builder(template).valueResolver((value) -> {
			if (value.contains("${missing")) {
				throw new IllegalArgumentException(
						"Could not resolve placeholder 'missing.uuid' in value \"" + value + "\"");
			}
			return value.replace("${bad.uuid}", "not-a-uuid");
		}).build();
		return catchThrowableOfType(FunctionsClientDefinitionException.class, () -> factory.createClient(type));
	}

	@Test
	void methodWithoutOperationAnnotation() {
		FunctionsClientDefinitionException ex = failure(NoAnnotation.class);
		assertThat(ex.getClientInterface()).isEqualTo(NoAnnotation.class);
		assertThat(ex.getMethod().getName()).isEqualTo("greet");
		assertThat(ex.getMessage()).isEqualTo(NoAnnotation.class.getName()
				+ ".greet(String): the method has no operation annotation. Annotate it with exactly one of "
				+ "@InvokeFunction, @InvokeEvent or @IsImplemented, or make it a default method");
	}

	@Test
	void methodWithTwoOperationAnnotations() {
		assertThat(failure(TwoAnnotations.class).getProblem())
			.isEqualTo("the method has more than one operation annotation");
	}

	@Test
	void valueThatIsNotAUuid() {
		FunctionsClientDefinitionException ex = failure(BadUuid.class);
		assertThat(ex.getLocation()).isEqualTo(BadUuid.class.getName() + ".greet(String)");
		assertThat(ex.getProblem())
			.startsWith("@InvokeFunction '0b1c2d3e' is not valid: 'functionUuid' must be a UUID");
		assertThat(ex.getAction()).contains("function's UUID");
	}

	@Test
	void placeholderThatResolvesToSomethingElseThanAUuid() {
		assertThat(failure(BadResolvedUuid.class).getProblem())
			.startsWith("@InvokeFunction '${bad.uuid}' (resolved to 'not-a-uuid') is not valid");
	}

	@Test
	void unresolvablePlaceholder() {
		FunctionsClientDefinitionException ex = failure(MissingPlaceholder.class);
		assertThat(ex.getProblem()).isEqualTo("@InvokeFunction '${missing.uuid}' cannot be resolved (Could not resolve "
				+ "placeholder 'missing.uuid' in value \"${missing.uuid}\")");
		assertThat(ex.getAction()).startsWith("Define the property it names");
	}

	@Test
	void placeholderWithoutResolver() {
		FunctionsClientDefinitionException ex = catchThrowableOfType(FunctionsClientDefinitionException.class,
				() -> FunctionsClientFactory.builder(template).build().createClient(BadResolvedUuid.class));
		assertThat(ex.getProblem())
			.isEqualTo("@InvokeFunction is the placeholder '${bad.uuid}' but the client factory has no resolver");
	}

	@Test
	void badEventId() {
		assertThat(failure(BadEvent.class).getProblem())
			.startsWith("@InvokeEvent 'conversational command' is not valid: 'eventId' may contain only");
	}

	@Test
	void unsupportedReturnTypes() {
		assertThat(failure(FluxOfFunction.class).getProblem())
			.isEqualTo("the return type reactor.core.publisher.Flux<java.lang.String> is not supported");
		assertThat(failure(FluxOfFunction.class).getAction())
			.startsWith("Declare one of T, Optional<T>, void, Mono<T>");
		assertThat(failure(PrimitiveFunction.class).getProblem()).isEqualTo("the return type int is not supported");
		assertThat(failure(WildcardFunction.class).getProblem())
			.isEqualTo("the return type reactor.core.publisher.Mono<?> is not supported");
		assertThat(failure(ListOfEvent.class).getProblem())
			.isEqualTo("the return type java.util.List<java.lang.String> is not supported");
		assertThat(failure(ListOfEvent.class).getAction()).startsWith("Declare one of List<EventInvocationResult<T>>");
		assertThat(failure(StringOfIsImplemented.class).getAction())
			.startsWith("Declare one of boolean, Boolean, Mono<Boolean>");
	}

	@Test
	void twoPayloads() {
		FunctionsClientDefinitionException ex = failure(TwoPayloads.class);
		assertThat(ex.getProblem())
			.isEqualTo("parameters 1 and 2 are both payloads: only one parameter without annotation may be");
		assertThat(ex.getAction()).startsWith("Annotate the others with @SkillId");
	}

	@Test
	void singleValueThatIsNotAString() {
		assertThat(failure(SkillIdNumber.class).getProblem())
			.isEqualTo("parameter 1 is a int but @SkillId, @RequestId and @InvocationHeader take a String");
	}

	@Test
	void isImplementedWithAPayload() {
		assertThat(failure(IsImplementedPayload.class).getProblem())
			.isEqualTo("@IsImplemented sends no payload and no invocation headers");
	}

	@Test
	void badTimeout() {
		FunctionsClientDefinitionException ex = failure(BadTimeout.class);
		assertThat(ex.getLocation()).isEqualTo(BadTimeout.class.getName() + ".greet(String)");
		assertThat(ex.getProblem()).isEqualTo("@FunctionsClient timeout must be a positive duration but was 'soon'");
	}

	@Test
	void blankHeaderName() {
		assertThat(failure(BlankHeader.class).getProblem()).isEqualTo("'@InvocationHeader' must not be blank");
	}

	@Test
	void notAnInterface() {
		FunctionsClientDefinitionException ex = failure(NotAnInterface.class);
		assertThat(ex.getMethod()).isNull();
		assertThat(ex.getMessage()).isEqualTo(NotAnInterface.class.getName()
				+ ": it is not an interface. Declare the client as an interface annotated @FunctionsClient");
	}

	@FunctionsClient
	interface NoAnnotation {

		String greet(String name);

	}

	@FunctionsClient
	interface TwoAnnotations {

		@InvokeFunction(UUID)
		@InvokeEvent("conversational_command")
		String greet(String name);

	}

	@FunctionsClient
	interface BadUuid {

		@InvokeFunction("0b1c2d3e")
		String greet(String name);

	}

	@FunctionsClient
	interface BadResolvedUuid {

		@InvokeFunction("${bad.uuid}")
		String greet(String name);

	}

	@FunctionsClient
	interface MissingPlaceholder {

		@InvokeFunction("${missing.uuid}")
		String greet(String name);

	}

	@FunctionsClient
	interface BadEvent {

		@InvokeEvent("conversational command")
		void announce(String name);

	}

	@FunctionsClient
	interface FluxOfFunction {

		@InvokeFunction(UUID)
		Flux<String> greet(String name);

	}

	@FunctionsClient
	interface PrimitiveFunction {

		@InvokeFunction(UUID)
		int count(String name);

	}

	@FunctionsClient
	interface WildcardFunction {

		@InvokeFunction(UUID)
		Mono<?> greet(String name);

	}

	@FunctionsClient
	interface ListOfEvent {

		@InvokeEvent("conversational_command")
		List<String> announce(String name);

	}

	@FunctionsClient
	interface StringOfIsImplemented {

		@IsImplemented("conversational_command")
		String handled();

	}

	@FunctionsClient
	interface TwoPayloads {

		@InvokeFunction(UUID)
		String greet(String name, String greeting);

	}

	@FunctionsClient
	interface SkillIdNumber {

		@InvokeFunction(UUID)
		String greet(@SkillId int skill);

	}

	@FunctionsClient
	interface IsImplementedPayload {

		@IsImplemented("conversational_command")
		boolean handled(String name);

	}

	@FunctionsClient(timeout = "soon")
	interface BadTimeout {

		@InvokeFunction(UUID)
		String greet(String name);

	}

	@FunctionsClient
	interface BlankHeader {

		@InvokeFunction(UUID)
		String greet(String name, @InvocationHeader(" ") String tenant);

	}

	abstract static class NotAnInterface {

	}

}
