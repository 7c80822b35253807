package io.github.lpfunctions.sample.user;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.github.lpfunctions.sample.support.emulator.EmulatorConfiguration;

/**
 * The sign-in sample: a web page with "Sign in with LivePerson" that, once a user has
 * signed in, invokes a function with that user's access token and shows the result and
 * the user it ran as. By default it runs against an in-process emulator, whose login page
 * knows the user {@code agent} (password {@code agent-password}); with the profile
 * {@code liveperson} it signs users in to the account given by the environment variables
 * {@code LP_ACCOUNT_ID}, {@code LP_CLIENT_ID}, {@code LP_CLIENT_SECRET} and, optionally,
 * {@code LP_REGION}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@SpringBootApplication
@Import(EmulatorConfiguration.class)
public class FunctionsUserSampleApplication {

	/**
	 * Run the sample.
	 * @param args the command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(FunctionsUserSampleApplication.class, args);
	}

}
