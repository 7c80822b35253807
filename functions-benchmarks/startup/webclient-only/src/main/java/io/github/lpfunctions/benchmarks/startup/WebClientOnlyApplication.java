package io.github.lpfunctions.benchmarks.startup;

import java.lang.management.ManagementFactory;

import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
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
		ConfigurableApplicationContext context = SpringApplication.run(WebClientOnlyApplication.class, args);
		// the main thread's CPU time, which load on the machine inflates less than the
		// elapsed time
		LoggerFactory.getLogger(WebClientOnlyApplication.class)
			.info("main thread cpu ms: {}", ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
		context.close();
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
