package io.github.lpfunctions.sample.webflux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the root README's sample section true: every {@code curl} command between
 * {@code <!-- sample:start -->} and {@code <!-- sample:end -->} is run, in order, against
 * the sample on a random port (for {@code localhost:8080}), and what it prints is
 * compared with the {@code json} block that follows it ({@link JsonExpectation}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadmeExamplesIntegrationTests {

	private static final Path README = Path.of("../../README.md");

	private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\s*$");

	@LocalServerPort
	int port;

	@Autowired
	FunctionsEmulator emulator;

	@BeforeEach
	void resetEmulator() {
		this.emulator.reset();
	}

	@Test
	void readmeHasTheSampleSectionWithTheRunCommand() throws IOException {
		String section = section();
		assertThat(section).contains("./mvnw -pl samples/functions-sample -am spring-boot:run");
		assertThat(examples(section)).hasSizeGreaterThanOrEqualTo(10);
	}

	@TestFactory
	Stream<DynamicTest> everyCurlExamplePrintsWhatTheReadmeShows() throws IOException {
		SampleClient client = new SampleClient(this.port);
		return examples(section()).stream().map((example) -> DynamicTest.dynamicTest(example.command(), () -> {
			CurlCommand curl = CurlCommand.parse(example.command());
			assertThat(curl.url()).startsWith("http://localhost:8080/");
			String path = curl.url().substring("http://localhost:8080".length());
			SampleClient.Response response = client.send(curl.method(), path, curl.body(), curl.headers());
			JsonNode expected = SampleClient.JSON.readTree(example.expectedJson());
			JsonNode actual = response.json();
			assertThat(JsonExpectation.differences(expected, actual)).as("differences of %s", actual).isEmpty();
			if (response.contentType() != null && response.contentType().startsWith("application/problem+json")) {
				assertThat(response.status()).isEqualTo(expected.get("status").asInt());
			}
			else {
				assertThat(response.status()).isEqualTo(200);
			}
		}));
	}

	static String section() throws IOException {
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
	 */
	static List<Example> examples(String section) {
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

	record Example(String command, String expectedJson) {

	}

}
