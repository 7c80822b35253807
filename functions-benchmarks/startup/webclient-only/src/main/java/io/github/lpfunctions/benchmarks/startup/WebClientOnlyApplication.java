package io.github.lpfunctions.benchmarks.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The baseline of the start-up measurement: {@code WithStarterApplication} without the
 * starter, building the WebClient an application would call the gateway with itself.
 *
 * @author LivePerson Functions for Spring contributors
 */
@SpringBootApplication
public class WebClientOnlyApplication {

	/**
	 * Start and stop the application.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication.run(WebClientOnlyApplication.class, args).close();
	}

	/**
	 * What an application does without the starter: it builds a WebClient.
	 */
	@Component
	static class Caller {

		final WebClient gateway;

		Caller(WebClient.Builder webClient) {
			this.gateway = webClient.baseUrl("https://va.faas.liveperson.net").build();
		}

	}

}
