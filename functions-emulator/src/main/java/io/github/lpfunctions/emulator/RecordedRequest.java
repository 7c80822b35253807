package io.github.lpfunctions.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request that reached the emulator, with secrets masked: credential headers keep only
 * their scheme ({@code Bearer ****}), and secret parameters are masked in form bodies and
 * query strings (the lists are in {@code http.RequestRecordingWebFilter} and
 * {@code http.Forms}).
 *
 * @param timestamp when the request arrived
 * @param method the HTTP method
 * @param path the path
 * @param query the raw query string (masked), or {@code null}
 * @param headers the headers (masked), names as sent
 * @param body the body as text (masked), empty if none
 * @author LivePerson Functions for Spring contributors
 */
public record RecordedRequest(Instant timestamp, String method, String path, @Nullable String query,
		Map<String, List<String>> headers, String body) {

	/**
	 * Return the first value of a header, ignoring the case of its name.
	 * @param name the header name
	 * @return the value, or {@code null}
	 */
	public @Nullable String header(String name) {
		return this.headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

}
