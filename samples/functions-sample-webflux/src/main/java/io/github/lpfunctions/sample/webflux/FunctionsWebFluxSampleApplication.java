package io.github.lpfunctions.sample.webflux;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.github.lpfunctions.client.autoconfigure.clients.EnableFunctionsClients;
import io.github.lpfunctions.sample.support.emulator.EmulatorConfiguration;

/**
 * The reactive sample application: REST endpoints on WebFlux that invoke LivePerson
 * Functions without blocking. By default it runs against an in-process emulator with demo
 * functions; with the profile {@code liveperson} it uses the account given by the
 * environment variables {@code LP_ACCOUNT_ID}, {@code LP_CLIENT_ID},
 * {@code LP_CLIENT_SECRET} and, optionally, {@code LP_REGION}.
 * <p>
 * The emulator and its demo functions come from the module shared by both samples,
 * through the imported {@link EmulatorConfiguration} (inactive with {@code liveperson}).
 * {@link EnableFunctionsClients} implements the {@link GreetingFunctions} interface.
 *
 * @author LivePerson Functions for Spring contributors
 */
@SpringBootApplication
@EnableFunctionsClients
@Import(EmulatorConfiguration.class)
public class FunctionsWebFluxSampleApplication {

	/**
	 * Run the sample.
	 * @param args the command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(FunctionsWebFluxSampleApplication.class, args);
	}

}
