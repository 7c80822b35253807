package io.github.lpfunctions.sample.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.EmulatedUser;

/**
 * What signing in to the in-process emulator adds to the demo functions the samples
 * share, unless the {@code liveperson} profile is active: a function that answers who
 * invoked it, and a user who lacks the FaaS-Invocation privilege beside the emulator's
 * {@code agent} (password {@code agent-password}), who has it. The emulator deploys both
 * beans; the starter finds its Sentinel through discovery, as for a real account.
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
	EmulatedFunction whoAmIFunction() {
		return EmulatedFunction.whoAmI(WHO_AM_I);
	}

	@Bean
	EmulatedUser viewerWithoutInvocationPrivilege() {
		return VIEWER;
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> signInHint() {
		return (event) -> log.info(
				"Open http://localhost:{}/ and sign in with LivePerson as agent (password agent-password), "
						+ "or as viewer (password viewer-password), who lacks the FaaS-Invocation privilege",
				event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"));
	}

}
