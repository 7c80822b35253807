package io.github.lpfunctions.client.autoconfigure.clients;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;
import io.github.lpfunctions.client.autoconfigure.clients.app.Greeting;
import io.github.lpfunctions.client.autoconfigure.clients.app.Greetings;
import io.github.lpfunctions.client.autoconfigure.clients.app.Person;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with a {@code @FunctionsClient} interface processed by Spring AOT, then
 * started from the generated code alone (as {@code spring.aot.enabled=true} does), calls
 * the emulator through its client; the hints name the proxy and the payload types.
 */
@CompileWithForkedClassLoader
class FunctionsClientsAotIntegrationTests {

	private static final String UUID = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	private static FunctionsEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = FunctionsEmulator.builder()
			.accountId("12345678")
			.clientId("functions-client")
			.clientSecret("s3cr3t-Value-42")
			.function(EmulatedFunction.returning(UUID, Map.of("greeting", "Hello")).withEvent("conversational_command"))
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	@SuppressWarnings({ "rawtypes", "unchecked" })
	void clientWorksAfterAotProcessing() {
		AnnotationConfigApplicationContext buildTime = new AnnotationConfigApplicationContext();
		properties().applyTo(buildTime);
		buildTime.register(AotApplication.class);
		TestGenerationContext generationContext = new TestGenerationContext(AotApplication.class);
		ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(buildTime, generationContext);
		generationContext.writeGeneratedContent();
		RuntimeHints hints = generationContext.getRuntimeHints();
		assertThat(RuntimeHintsPredicates.proxies().forInterfaces(Greetings.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(Greetings.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(Person.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(Greeting.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
			try (GenericApplicationContext runTime = new GenericApplicationContext()) {
				properties().applyTo(runTime);
				ApplicationContextInitializer generated = compiled.getInstance(ApplicationContextInitializer.class,
						initializer.reflectionName());
				generated.initialize(runTime);
				runTime.refresh();
				Greetings greetings = runTime.getBean(Greetings.class);
				assertThat(greetings.greet(new Person("Ada"))).isEqualTo(new Greeting("Hello"));
				assertThat(greetings.hasCommandHandler()).isTrue();
			}
		});
	}

	private static TestPropertyValues properties() {
		return TestPropertyValues.of("liveperson.functions.account-id=12345678",
				"liveperson.functions.client-id=functions-client", "liveperson.functions.client-secret=s3cr3t-Value-42",
				"liveperson.functions.discovery.uri=http://localhost:" + emulator.port(),
				"liveperson.functions.discovery.scheme=http", "greetings.function-uuid=" + UUID,
				"greetings.event=conversational_command");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, FunctionsAutoConfiguration.class,
			FunctionsClientsAutoConfiguration.class })
	@EnableFunctionsClients(clients = Greetings.class)
	public static class AotApplication {

	}

}
