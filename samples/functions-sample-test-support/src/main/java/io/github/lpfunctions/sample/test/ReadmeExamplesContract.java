package io.github.lpfunctions.sample.test;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the root README's sample section true: every {@code curl} command between
 * {@code <!-- sample:start -->} and {@code <!-- sample:end -->} is run, in order, against
 * the sample on a random port (for {@code localhost:8080}), and what it prints is
 * compared with the {@code json} block that follows it ({@link JsonExpectation}). A
 * sample extends it with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}; the
 * README is read from the sample module's directory ({@link ReadmeExamples#README}).
 *
 * @author LivePerson Functions for Spring contributors
 */
public abstract class ReadmeExamplesContract {

	@LocalServerPort
	private int port;

	@Autowired
	private FunctionsEmulator emulator;

	@BeforeEach
	void resetEmulator() {
		this.emulator.reset();
	}

	@Test
	void readmeHasTheSampleSectionWithTheRunCommand() throws IOException {
		String section = ReadmeExamples.section();
		assertThat(section).contains("./mvnw -pl samples/functions-sample -am spring-boot:run");
		assertThat(ReadmeExamples.examples(section)).hasSizeGreaterThanOrEqualTo(10);
	}

	@TestFactory
	Stream<DynamicTest> everyCurlExamplePrintsWhatTheReadmeShows() throws IOException {
		SampleClient client = new SampleClient(this.port);
		return ReadmeExamples.examples(ReadmeExamples.section())
			.stream()
			.map((example) -> DynamicTest.dynamicTest(example.command(), () -> {
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

}
