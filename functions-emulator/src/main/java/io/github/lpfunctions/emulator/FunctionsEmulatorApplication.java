package io.github.lpfunctions.emulator;

import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the emulator standalone: {@code java -jar functions-emulator-<version>-exec.jar}.
 * Reads {@code functions-emulator.properties}/{@code .yml} (not {@code application.*}),
 * system properties, environment variables and command-line arguments
 * ({@code --functions.emulator.platform=v2}); listens on port 8787 unless
 * {@code server.port} says otherwise.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FunctionsEmulatorApplication {

	private static final Logger logger = LoggerFactory.getLogger(FunctionsEmulatorApplication.class);

	private FunctionsEmulatorApplication() {
	}

	/**
	 * Start the emulator.
	 * @param args command-line arguments, e.g. {@code --server.port=9000}
	 */
	public static void main(String[] args) {
		run(args);
	}

	/**
	 * Start the emulator as {@link #main(String[])} does and return its context.
	 * @param args command-line arguments
	 * @return the running context; closing it stops the emulator
	 */
	public static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(FunctionsEmulatorConfiguration.class);
		application.setWebApplicationType(WebApplicationType.REACTIVE);
		application.setDefaultProperties(Map.of("server.port", "8787", "spring.config.name", "functions-emulator"));
		ConfigurableApplicationContext context = application.run(args);
		FunctionsEmulator emulator = FunctionsEmulator.of(context);
		String settings = emulator.properties()
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(System.lineSeparator()));
		logger.info(
				"LivePerson Functions emulator listening on {} (platform {}). Point an application at it with "
						+ "(the client secret is the emulator's demo value, not a real secret):{}{}",
				emulator.baseUrl(), emulator.platform(), System.lineSeparator(), settings);
		// names only: the passwords are the configuration's to tell
		logger.info("Users who sign in on the login page and through the Login API: {}",
				emulator.users()
					.all()
					.stream()
					.map((user) -> user.name() + (user.invocationPrivilege() ? "" : " (without FaaS-Invocation)"))
					.collect(Collectors.joining(", ")));
		return context;
	}

}
