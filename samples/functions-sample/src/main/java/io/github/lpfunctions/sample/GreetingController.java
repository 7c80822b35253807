package io.github.lpfunctions.sample;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /greeting}: the demo greeting function, called through the
 * {@link GreetingFunctions} interface.
 *
 * @author LivePerson Functions for Spring contributors
 */
@RestController
public class GreetingController {

	private final GreetingFunctions greetings;

	/**
	 * Create the controller.
	 * @param greetings the client of the greeting function
	 */
	public GreetingController(GreetingFunctions greetings) {
		this.greetings = greetings;
	}

	/**
	 * Return the greeting of the demo function.
	 * @return the greeting
	 */
	@GetMapping("/greeting")
	public Greeting greeting() {
		return this.greetings.greet();
	}

}
