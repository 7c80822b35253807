package io.github.lpfunctions.client.autoconfigure.clients;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.validation.method.MethodValidationException;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;
import io.github.lpfunctions.client.autoconfigure.clients.app.Greeting;
import io.github.lpfunctions.client.autoconfigure.clients.app.Greetings;
import io.github.lpfunctions.client.autoconfigure.clients.app.GreetingsApplication;
import io.github.lpfunctions.client.autoconfigure.clients.app.Person;
import io.github.lpfunctions.client.proxy.FunctionsClientFactory;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EnableFunctionsClients} in an application against the emulator: the beans of the
 * scanned interfaces, their UUIDs from properties, and Bean Validation of the payloads.
 */
class FunctionsClientsIntegrationTests {

	static final String UUID = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	static final String EVENT_UUID = "1c2d3e4f-5061-4b7c-9d0e-1f2a3b4c5d6e";

	private static FunctionsEmulator emulator;

	private RequestCapture invocations;

	@BeforeAll
	static void startEmulator() {
		emulator = FunctionsEmulator.builder()
			.accountId("12345678")
			.clientId("functions-client")
			.clientSecret("s3cr3t-Value-42")
			.function(EmulatedFunction.returning(UUID, Map.of("greeting", "Hello")),
					EmulatedFunction.returning(EVENT_UUID, Map.of("greeting", "Hello from the event"))
						.withEvent("conversational_command"))
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
		this.invocations = emulator.faults().capture(Endpoint.INVOKE);
	}

	static ApplicationContextRunner application() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
					FunctionsAutoConfiguration.class, FunctionsClientsAutoConfiguration.class))
			.withPropertyValues("liveperson.functions.account-id=12345678",
					"liveperson.functions.client-id=functions-client",
					"liveperson.functions.client-secret=s3cr3t-Value-42",
					"liveperson.functions.discovery.uri=http://localhost:" + emulator.port(),
					"liveperson.functions.discovery.scheme=http", "greetings.function-uuid=" + UUID,
					"greetings.event=conversational_command");
	}

	@Test
	void scannedInterfaceIsABeanCallingTheFunctionOfItsProperty() {
		application().withUserConfiguration(GreetingsApplication.class).run((context) -> {
			assertThat(context).hasSingleBean(Greetings.class);
			Greetings greetings = context.getBean(Greetings.class);
			assertThat(greetings.greet(new Person("Ada"))).isEqualTo(new Greeting("Hello"));
			StepVerifier.create(greetings.greetLater(new Person("Ada")))
				.expectNext(new Greeting("Hello"))
				.verifyComplete();
			assertThat(greetings.onCommand(new Person("Ada"))).singleElement()
				.satisfies((result) -> assertThat(result.result()).isEqualTo(new Greeting("Hello from the event")));
			assertThat(greetings.hasCommandHandler()).isTrue();
			assertThat(this.invocations.last().path()).endsWith("/lambdas/" + UUID + "/invoke");
			assertThat(this.invocations.last().bodyAsString()).contains("\"name\":\"Ada\"");
		});
	}

	@Test
	void interfaceNamedByClientsIsRegisteredWithoutScanning() {
		application().withUserConfiguration(ExplicitClients.class).run((context) -> {
			assertThat(context).hasSingleBean(Greetings.class);
			assertThat(context.getBean(Greetings.class).greet(new Person("Ada"))).isEqualTo(new Greeting("Hello"));
		});
	}

	@Test
	void invalidPayloadFailsBeforeTheNetworkNamingTheField() {
		application().withUserConfiguration(GreetingsApplication.class).run((context) -> {
			Greetings greetings = context.getBean(Greetings.class);
			assertThatExceptionOfType(MethodValidationException.class)
				.isThrownBy(() -> greetings.greet(new Person(" ")))
				.satisfies((ex) -> assertThat(ex.getParameterValidationResults()).singleElement()
					.satisfies((result) -> assertThat(result.getResolvableErrors()).singleElement()
						.satisfies((error) -> assertThat(error.getCodes()).contains("NotBlank.person.name"))))
				.withMessage("Invalid arguments of Greetings.greet: person.name must not be blank");
			assertThat(this.invocations.count()).isZero();
		});
	}

	@Test
	void withoutBeanValidationPayloadsAreSentAsTheyAre() {
		application().withClassLoader(new FilteredClassLoader("jakarta.validation"))
			.withUserConfiguration(GreetingsApplication.class)
			.run((context) -> {
				assertThat(context.getBean(Greetings.class).greet(new Person(" "))).isEqualTo(new Greeting("Hello"));
				assertThat(this.invocations.count()).isEqualTo(1);
			});
	}

	@Test
	void noFactoryWithoutTheStartersTemplates() {
		application().withPropertyValues("liveperson.functions.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FunctionsClientFactory.class));
	}

	@Test
	void noFactoryWithoutEnableFunctionsClients() {
		application().run((context) -> {
			assertThat(context).hasSingleBean(ReactiveFunctionsTemplate.class);
			assertThat(context).doesNotHaveBean(FunctionsClientFactory.class);
		});
	}

	@Test
	void factoryWithEnableFunctionsClients() {
		application().withUserConfiguration(ExplicitClients.class)
			.run((context) -> assertThat(context).hasSingleBean(FunctionsClientFactory.class));
	}

	@EnableFunctionsClients(clients = Greetings.class)
	static class ExplicitClients {

	}

}
