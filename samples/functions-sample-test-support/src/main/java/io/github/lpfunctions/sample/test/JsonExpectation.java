package io.github.lpfunctions.sample.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Compares the JSON a command printed with the JSON the README shows: objects must have
 * the same fields, arrays the same elements in the same order, numbers the same value
 * ({@code 2} equals {@code 2.0}); the string {@code "<any>"} in the README matches any
 * value, so that timestamps, request ids, ports and measurements can vary.
 */
public final class JsonExpectation {

	/**
	 * The README's placeholder for a value that may be anything.
	 */
	public static final String ANY = "<any>";

	private JsonExpectation() {
	}

	/**
	 * Return the differences, empty when the actual JSON matches.
	 * @param expected the README's JSON
	 * @param actual the printed JSON
	 * @return one line per difference, naming its JSON path
	 */
	public static List<String> differences(JsonNode expected, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("$", expected, actual, differences);
		return differences;
	}

	private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.isString() && ANY.equals(expected.asString())) {
			return;
		}
		if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>(expected.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				if (!expected.has(name)) {
					differences.add(path + "." + name + ": not in the README but printed " + actual.get(name));
				}
				else if (!actual.has(name)) {
					differences.add(path + "." + name + ": in the README but not printed");
				}
				else {
					compare(path + "." + name, expected.get(name), actual.get(name), differences);
				}
			}
		}
		else if (expected.isArray() && actual.isArray()) {
			if (expected.size() != actual.size()) {
				differences.add(path + ": " + expected.size() + " elements in the README, " + actual.size()
						+ " printed: " + actual);
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
			}
		}
		else if (expected.isNumber() && actual.isNumber()) {
			if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
				differences.add(path + ": README " + expected + ", printed " + actual);
			}
		}
		else if (!expected.equals(actual)) {
			differences.add(path + ": README " + expected + ", printed " + actual);
		}
	}

}
