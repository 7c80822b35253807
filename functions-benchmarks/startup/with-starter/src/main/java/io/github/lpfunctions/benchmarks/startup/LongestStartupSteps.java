package io.github.lpfunctions.benchmarks.startup;

import java.util.Comparator;
import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Runs an application with Spring's {@link BufferingApplicationStartup} and prints its
 * longest start-up steps (bean instantiations with the bean's name), to see where the
 * time goes. A class of its own, so that a timed run loads none of it.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LongestStartupSteps {

	private static final Logger logger = LoggerFactory.getLogger(LongestStartupSteps.class);

	private LongestStartupSteps() {
	}

	static void print(SpringApplication application, String[] args, int steps) {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		try (ConfigurableApplicationContext context = application.run(args)) {
			startup.getBufferedTimeline()
				.getEvents()
				.stream()
				.sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
				.limit(steps)
				.forEach((event) -> logger.info(
						String.format("%6d ms  %s", event.getDuration().toMillis(), describe(event.getStartupStep()))));
		}
	}

	private static String describe(StartupStep step) {
		StringJoiner tags = new StringJoiner(", ", step.getName() + " ", "");
		step.getTags().forEach((tag) -> tags.add(tag.getKey() + "=" + tag.getValue()));
		return tags.toString();
	}

}
