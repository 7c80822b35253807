package io.github.lpfunctions.benchmarks.startup;

import java.lang.management.ManagementFactory;

import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import io.github.lpfunctions.client.FunctionsOperations;

/**
 * The smallest application with the starter: it starts, takes the blocking template as an
 * application would, and stops. {@code scripts/measure-startup.sh} times it against
 * {@code WebClientOnlyApplication}. With {@code -Dstartup.steps=N} it prints its N
 * longest start-up steps (Spring's {@code BufferingApplicationStartup}), to see where the
 * time goes.
 *
 * @author LivePerson Functions for Spring contributors
 */
@SpringBootApplication
public class WithStarterApplication {

	/**
	 * Start and stop the application.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(WithStarterApplication.class);
		Integer steps = Integer.getInteger("startup.steps");
		if (steps == null) {
			ConfigurableApplicationContext context = application.run(args);
			// the main thread's CPU time, which load on the machine inflates less than
			// the elapsed time
			LoggerFactory.getLogger(WithStarterApplication.class)
				.info("main thread cpu ms: {}",
						ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
			context.close();
		}
		else {
			LongestStartupSteps.print(application, args, steps);
		}
	}

	/**
	 * What an application does with the starter: it takes the template.
	 */
	@Component
	static class Caller {

		final FunctionsOperations functions;

		Caller(FunctionsOperations functions) {
			this.functions = functions;
		}

	}

}
