package io.github.lpfunctions.emulator.admin;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.convert.DurationStyle;

/**
 * Reads the values of the admin API's request bodies as leniently as users write them.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class SpecValues {

	private SpecValues() {
	}

	/**
	 * A field as text.
	 * @return the text, or {@code null} when the field is absent or {@code null}
	 */
	static @Nullable String text(JsonNode spec, String field) {
		JsonNode value = spec.get(field);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	/**
	 * A duration: milliseconds as a number, or text such as {@code PT0.5S} or
	 * {@code 500ms}.
	 * @throws IllegalArgumentException if the text is no duration
	 */
	static Duration duration(JsonNode value) {
		if (value.isNumber()) {
			return Duration.ofMillis(value.asLong());
		}
		return DurationStyle.detectAndParse(value.asString());
	}

	static void requireObject(JsonNode spec) {
		if (!spec.isObject()) {
			throw new IllegalArgumentException("Expected a JSON object");
		}
	}

}
