package io.github.lpfunctions.sample;

import io.github.lpfunctions.client.annotation.FunctionsClient;
import io.github.lpfunctions.client.annotation.InvokeFunction;

/**
 * The functions this sample calls by name rather than by a UUID at the call site:
 * {@code @EnableFunctionsClients} implements it, and the UUID comes from the property
 * {@code demo.greeting-function-uuid}, one value per environment.
 *
 * @author LivePerson Functions for Spring contributors
 */
@FunctionsClient
public interface GreetingFunctions {

	/**
	 * Ask the greeting function for a greeting.
	 * @return the greeting
	 */
	@InvokeFunction("${demo.greeting-function-uuid}")
	Greeting greet();

}
