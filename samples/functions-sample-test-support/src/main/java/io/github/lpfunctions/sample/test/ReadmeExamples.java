package io.github.lpfunctions.sample.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl examples of the root README's sample section, between
 * {@code <!-- sample:start -->} and {@code <!-- sample:end -->}: each {@code shell} block
 * whose command is a curl command, with the {@code json} block that must come right after
 * it.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class ReadmeExamples {

	/**
	 * The root README, seen from a sample module's directory (where Surefire runs the
	 * tests).
	 */
	public static final Path README = Path.of("../../README.md");

	private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\s*$");

	private ReadmeExamples() {
	}

	/**
	 * Read the sample section of the {@link #README}.
	 * @return the section, from its start marker to (without) its end marker
	 * @throws IOException if the README cannot be read
	 */
	public static String section() throws IOException {
		String readme = Files.readString(README, StandardCharsets.UTF_8);
		int start = readme.indexOf("<!-- sample:start -->");
		int end = readme.indexOf("<!-- sample:end -->");
		assertThat(start).as("<!-- sample:start --> in %s", README.toAbsolutePath()).isNotNegative();
		assertThat(end).as("<!-- sample:end --> after <!-- sample:start -->").isGreaterThan(start);
		return readme.substring(start, end);
	}

	/**
	 * Each {@code shell} block whose command is a curl command, with the {@code json}
	 * block that must come right after it.
	 * @param section the README's sample section
	 * @return the examples, in order
	 */
	public static List<Example> examples(String section) {
		List<Example> examples = new ArrayList<>();
		Matcher fences = FENCE.matcher(section);
		Example pending = null;
		while (fences.find()) {
			String language = fences.group(1);
			String content = fences.group(2).strip();
			if (pending != null) {
				assertThat(language).as("the block after '%s'", pending.command()).isEqualTo("json");
				examples.add(new Example(pending.command(), content));
				pending = null;
			}
			else if (language.equals("shell") && content.startsWith("curl ")) {
				assertThat(content.lines().filter((line) -> line.startsWith("curl ")).count())
					.as("curl commands in one shell block: %s", content)
					.isOne();
				pending = new Example(content, "");
			}
		}
		assertThat(pending).as("a json block after the last curl command").isNull();
		return examples;
	}

	/**
	 * A curl command of the README and the JSON it must print.
	 *
	 * @param command the curl command line
	 * @param expectedJson the JSON block that follows it
	 */
	public record Example(String command, String expectedJson) {

	}

}
