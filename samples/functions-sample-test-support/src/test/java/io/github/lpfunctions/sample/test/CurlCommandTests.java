package io.github.lpfunctions.sample.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link CurlCommand}, which reads the README's commands the way curl would.
 */
class CurlCommandTests {

	@Test
	void splitsQuotedWordsLikeAShell() {
		assertThat(CurlCommand.words("curl -d '{\"a\": \"b c\"}' \"x \\\"y\\\"\" a\\ b"))
			.isEqualTo(List.of("curl", "-d", "{\"a\": \"b c\"}", "x \"y\"", "a b"));
	}

	@Test
	void joinsContinuedLines() {
		assertThat(CurlCommand.words("curl -s \\\n  localhost:8080/x"))
			.isEqualTo(List.of("curl", "-s", "localhost:8080/x"));
	}

	@Test
	void readsMethodHeadersAndBody() {
		CurlCommand curl = CurlCommand
			.parse("curl -s -X POST localhost:8080/a -H 'Content-Type: application/json' -d '{\"x\":1}'");
		assertThat(curl.method()).isEqualTo("POST");
		assertThat(curl.url()).isEqualTo("http://localhost:8080/a");
		assertThat(curl.headers()).containsEntry("Content-Type", "application/json").containsEntry("Accept", "*/*");
		assertThat(curl.body()).isEqualTo("{\"x\":1}");
	}

	@Test
	void dataWithoutMethodOrContentTypeIsAFormPostAsInCurl() {
		CurlCommand curl = CurlCommand.parse("curl localhost:8080/a --data x=1");
		assertThat(curl.method()).isEqualTo("POST");
		assertThat(curl.headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded");
	}

	@Test
	void noDataIsAGet() {
		CurlCommand curl = CurlCommand.parse("curl localhost:8080/actuator/health");
		assertThat(curl.method()).isEqualTo("GET");
		assertThat(curl.body()).isNull();
		assertThat(curl.headers()).doesNotContainKey("Content-Type");
	}

	@Test
	void refusesOptionsItDoesNotUnderstand() {
		assertThatIllegalArgumentException().isThrownBy(() -> CurlCommand.parse("curl -i localhost:8080/a"))
			.withMessageContaining("-i");
		assertThatIllegalArgumentException().isThrownBy(() -> CurlCommand.parse("curl -d 'x localhost:8080/a"))
			.withMessageContaining("Unclosed");
		assertThatIllegalArgumentException().isThrownBy(() -> CurlCommand.parse("wget localhost:8080/a"));
	}

}
