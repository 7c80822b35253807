package io.github.lpfunctions.sample.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.FunctionsEmulator;

/**
 * Signs users in through the in-process emulator's login page, unless the
 * {@code liveperson} profile is active: {@code agent} (password {@code agent-password})
 * may invoke functions, {@code viewer} (password {@code viewer-password}) lacks the
 * FaaS-Invocation privilege, and the function {@link #WHO_AM_I} answers who invoked it.
 * The emulator listens on a port it picks when it starts, so its registration is built
 * from the running emulator rather than from {@code spring.security.oauth2.client.*}
 * properties (which the {@code liveperson} profile uses); Spring Boot's own registrations
 * back off for this bean.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Configuration(proxyBeanMethods = false)
@Profile("!liveperson")
class EmulatorSignInConfiguration {

	/**
	 * The demo function the page invokes: it answers who invoked it.
	 */
	static final String WHO_AM_I = "00000000-0000-4000-8000-000000000010";

	/**
	 * A user of the emulator without the FaaS-Invocation privilege.
	 */
	static final EmulatedUser VIEWER = new EmulatedUser("viewer", "viewer-password", false);

	private static final Logger log = LoggerFactory.getLogger(EmulatorSignInConfiguration.class);

	@Bean
	ClientRegistrationRepository emulatorClientRegistrations(FunctionsEmulator demoFunctionsEmulator) {
		// what this sample adds to the demo functions the samples share
		demoFunctionsEmulator.functions().put(EmulatedFunction.whoAmI(WHO_AM_I));
		demoFunctionsEmulator.users().put(VIEWER);
		return new InMemoryClientRegistrationRepository(SignInRegistration.of(demoFunctionsEmulator));
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> signInHint() {
		return (event) -> log.info(
				"Open http://localhost:{}/ and sign in with LivePerson as agent (password agent-password), "
						+ "or as viewer (password viewer-password), who lacks the FaaS-Invocation privilege",
				event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"));
	}

}
