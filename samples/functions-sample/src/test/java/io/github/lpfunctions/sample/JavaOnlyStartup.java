package io.github.lpfunctions.sample;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.sample.support.emulator.DemoFunctions;

/**
 * Starts the sample as {@code spring-boot:run} does, invokes a demo function through the
 * starter's {@link FunctionsOperations}, prints the result after {@link #INVOKED} and
 * stops: the program {@link JavaOnlyApplicationIntegrationTests} runs in a JVM of its
 * own.
 */
final class JavaOnlyStartup {

	static final String INVOKED = "invoked: ";

	private JavaOnlyStartup() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = SpringApplication.run(FunctionsSampleApplication.class,
				"--server.port=0")) {
			Map<?, ?> result = context.getBean(FunctionsOperations.class)
				.invokeByUuid(DemoFunctions.ECHO, Map.of("name", "Ada"), Map.class);
			System.out.println(INVOKED + result);
		}
	}

}
