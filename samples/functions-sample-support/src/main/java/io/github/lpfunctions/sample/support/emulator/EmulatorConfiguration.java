package io.github.lpfunctions.sample.support.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.github.lpfunctions.client.autoconfigure.FunctionsConnectionDetails;
import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.FunctionsEmulator;

/**
 * Runs the sample against an in-process LivePerson Functions emulator with the
 * {@link DemoFunctions}, unless the {@code liveperson} profile is active. The emulator
 * listens on a free port and is stopped with the application.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Configuration(proxyBeanMethods = false)
@Profile("!liveperson")
public class EmulatorConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmulatorConfiguration.class);

	/**
	 * The running emulator; its connection details point the client at it. It deploys the
	 * {@link DemoFunctions} and a sample's own {@link EmulatedFunction} beans, and knows
	 * a sample's {@link EmulatedUser} beans besides its default user.
	 * @param sampleFunctions the functions a sample adds
	 * @param sampleUsers the users a sample adds
	 * @return the emulator
	 */
	@Bean(destroyMethod = "close")
	public FunctionsEmulator demoFunctionsEmulator(ObjectProvider<EmulatedFunction> sampleFunctions,
			ObjectProvider<EmulatedUser> sampleUsers) {
		FunctionsEmulator.Builder builder = FunctionsEmulator.builder()
			.function(DemoFunctions.all().toArray(EmulatedFunction[]::new))
			.function(sampleFunctions.orderedStream().toArray(EmulatedFunction[]::new));
		sampleUsers.orderedStream().forEach((user) -> {
			if (user.invocationPrivilege()) {
				builder.user(user.name(), user.password());
			}
			else {
				builder.userWithoutPrivilege(user.name(), user.password());
			}
		});
		FunctionsEmulator emulator = builder.start();
		log.info(
				"LivePerson Functions emulator listening at {} (account {}); the profile 'liveperson' uses a real account instead",
				emulator.baseUrl(), emulator.accountId());
		return emulator;
	}

	@Bean
	FunctionsConnectionDetails emulatorConnectionDetails(FunctionsEmulator demoFunctionsEmulator) {
		return new EmulatorConnectionDetails(demoFunctionsEmulator);
	}

	/**
	 * Logs curl lines for the REST endpoints of the samples that have them; a sample
	 * without them sets {@code sample.emulator.curl-lines=false}.
	 * @return the listener
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "sample.emulator.curl-lines", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> demoCurlLines() {
		return (event) -> {
			String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
			String base = "localhost:" + port;
			String json = "-H 'Content-Type: application/json'";
			log.info("""
					Try the demo functions:
					  curl -X POST {}/functions/{}/invoke {} -d '{"text":"hello"}'
					  curl -X POST {}/functions/{}/invoke
					  curl -X POST {}/functions/{}/invoke
					  curl -X POST {}/events/{}/invoke {} -d '{"command":"demo"}'
					  curl {}/events/{}/implemented
					  curl {}/actuator/health/livepersonFunctions
					  curl {}/actuator/metrics/liveperson.functions.requests""", base, DemoFunctions.ECHO, json, base,
					DemoFunctions.GREETING, base, DemoFunctions.FAILING, base, DemoFunctions.EVENT, json, base,
					DemoFunctions.EVENT, base, base);
		};
	}

}
