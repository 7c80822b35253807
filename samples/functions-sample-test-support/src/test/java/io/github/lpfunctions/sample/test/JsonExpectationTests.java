package io.github.lpfunctions.sample.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link JsonExpectation}: the README's JSON must match what was printed, except
 * for {@code "<any>"} values.
 */
class JsonExpectationTests {

	@Test
	void equalJsonMatchesWhateverTheFormattingAndFieldOrder() {
		assertThat(differences("{\"a\": 1, \"b\": [true, null]}", "{\"b\":[true,null],\"a\":1.0}")).isEmpty();
	}

	@Test
	void anyMatchesEveryValueButNotAMissingField() {
		assertThat(differences("{\"t\": \"<any>\", \"x\": \"<any>\"}", "{\"t\": 17, \"x\": {\"y\": [1]}}")).isEmpty();
		assertThat(differences("{\"t\": \"<any>\"}", "{}")).singleElement().asString().contains("$.t");
	}

	@Test
	void reportsChangedExtraAndMissingValuesByPath() {
		assertThat(differences("{\"a\": 1, \"b\": [1, 2], \"c\": true}", "{\"a\": 2, \"b\": [1, 3], \"d\": true}"))
			.containsExactly("$.a: README 1, printed 2", "$.b[1]: README 2, printed 3",
					"$.c: in the README but not printed", "$.d: not in the README but printed true");
	}

	@Test
	void arraysMustHaveTheSameLength() {
		assertThat(differences("[1]", "[1, 1]")).hasSize(1);
	}

	private static List<String> differences(String expected, String actual) {
		return JsonExpectation.differences(SampleClient.JSON.readTree(expected), SampleClient.JSON.readTree(actual));
	}

}
