package io.github.lpfunctions.sample.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A curl command line of the README, parsed the way curl reads it: {@code -X/--request},
 * {@code -H/--header}, {@code -d/--data/--data-raw} and {@code -s/--silent}; any other
 * option is refused, so that the README cannot show a command this test does not
 * understand. Like curl, {@code -d} implies {@code POST} and, unless a header says
 * otherwise, {@code Content-Type: application/x-www-form-urlencoded}; every request sends
 * {@code Accept: *}{@code /*}.
 *
 * @param method the HTTP method
 * @param url the URL, with {@code http://} added when the command has no scheme
 * @param headers the headers, curl's defaults included
 * @param body the body, or {@code null}
 */
public record CurlCommand(String method, String url, Map<String, String> headers, @Nullable String body) {

	/**
	 * Parse a curl command line.
	 * @param commandLine the command line, possibly continued over several lines
	 * @return the command
	 * @throws IllegalArgumentException if it is not a curl command, or has an option this
	 * parser does not understand
	 */
	public static CurlCommand parse(String commandLine) {
		List<String> words = words(commandLine);
		if (words.isEmpty() || !words.get(0).equals("curl")) {
			throw new IllegalArgumentException("Not a curl command: " + commandLine);
		}
		String method = null;
		String url = null;
		String body = null;
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < words.size(); i++) {
			String word = words.get(i);
			switch (word) {
				case "-s", "--silent" -> {
				}
				case "-X", "--request" -> method = argument(words, ++i, word);
				case "-H", "--header" -> {
					String header = argument(words, ++i, word);
					int colon = header.indexOf(':');
					if (colon <= 0) {
						throw new IllegalArgumentException("Malformed header '" + header + "' in: " + commandLine);
					}
					headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
				}
				case "-d", "--data", "--data-raw" -> body = argument(words, ++i, word);
				default -> {
					if (word.startsWith("-")) {
						throw new IllegalArgumentException("Unsupported curl option " + word + " in: " + commandLine);
					}
					if (url != null) {
						throw new IllegalArgumentException("Two URLs in: " + commandLine);
					}
					url = word;
				}
			}
		}
		if (url == null) {
			throw new IllegalArgumentException("No URL in: " + commandLine);
		}
		if (!url.contains("://")) {
			url = "http://" + url;
		}
		if (method == null) {
			method = (body != null) ? "POST" : "GET";
		}
		if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
			headers.put("Content-Type", "application/x-www-form-urlencoded");
		}
		if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
			headers.put("Accept", "*/*");
		}
		return new CurlCommand(method.toUpperCase(Locale.ROOT), url, Map.copyOf(headers), body);
	}

	private static String argument(List<String> words, int index, String option) {
		if (index >= words.size()) {
			throw new IllegalArgumentException("Option " + option + " needs an argument");
		}
		return words.get(index);
	}

	/**
	 * Split a command line into words as a POSIX shell does for these commands: single
	 * quotes keep everything, double quotes keep everything but {@code \"} and
	 * {@code \\}, a backslash before a newline continues the line.
	 * @param commandLine the command line
	 * @return its words, quotes removed
	 */
	static List<String> words(String commandLine) {
		List<String> words = new ArrayList<>();
		StringBuilder word = null;
		int i = 0;
		while (i < commandLine.length()) {
			char c = commandLine.charAt(i);
			if (c == '\\' && i + 1 < commandLine.length() && commandLine.charAt(i + 1) == '\n') {
				i += 2;
			}
			else if (Character.isWhitespace(c)) {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				i++;
			}
			else {
				word = (word != null) ? word : new StringBuilder();
				if (c == '\'') {
					int close = commandLine.indexOf('\'', i + 1);
					if (close < 0) {
						throw new IllegalArgumentException("Unclosed ' in: " + commandLine);
					}
					word.append(commandLine, i + 1, close);
					i = close + 1;
				}
				else if (c == '"') {
					i++;
					while (i < commandLine.length() && commandLine.charAt(i) != '"') {
						char d = commandLine.charAt(i);
						if (d == '\\' && i + 1 < commandLine.length()
								&& "\"\\$`".indexOf(commandLine.charAt(i + 1)) >= 0) {
							d = commandLine.charAt(++i);
						}
						word.append(d);
						i++;
					}
					if (i >= commandLine.length()) {
						throw new IllegalArgumentException("Unclosed \" in: " + commandLine);
					}
					i++;
				}
				else if (c == '\\' && i + 1 < commandLine.length()) {
					word.append(commandLine.charAt(i + 1));
					i += 2;
				}
				else {
					word.append(c);
					i++;
				}
			}
		}
		if (word != null) {
			words.add(word.toString());
		}
		return words;
	}

}
