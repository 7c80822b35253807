package io.github.lpfunctions.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A request to an {@link Endpoint} exactly as it was sent, secrets included: the
 * {@code Authorization} header, the client secret in a token form, the body bytes. Only a
 * {@link Responder} and a {@link RequestCapture} in the JVM that runs the emulator see
 * it; the {@link RequestJournal}, the admin API and the logs show
 * {@link RecordedRequest}s, which are masked.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class UnmaskedRequest {

	private final Endpoint endpoint;

	private final String method;

	private final String path;

	private final @Nullable String query;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private UnmaskedRequest(Endpoint endpoint, String method, String path, @Nullable String query,
			Map<String, List<String>> headers, byte[] body) {
		this.endpoint = endpoint;
		this.method = method;
		this.path = path;
		this.query = query;
		this.headers = headers;
		this.body = body;
	}

	/**
	 * Create a new instance.
	 * @param endpoint the endpoint the request is to
	 * @param method the HTTP method
	 * @param path the path, without the query
	 * @param query the raw (encoded) query string, or {@code null}
	 * @param headers the headers, names as sent
	 * @param body the body bytes, empty if none
	 * @return the request
	 */
	public static UnmaskedRequest of(Endpoint endpoint, String method, String path, @Nullable String query,
			Map<String, List<String>> headers, byte[] body) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		Assert.hasText(method, "'method' must not be empty");
		Assert.notNull(path, "'path' must not be null");
		Assert.notNull(headers, "'headers' must not be null");
		Assert.notNull(body, "'body' must not be null");
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		return new UnmaskedRequest(endpoint, method, path, query, Collections.unmodifiableMap(copy), body.clone());
	}

	/**
	 * Return the endpoint the request is to.
	 * @return the endpoint
	 */
	public Endpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * Return the HTTP method.
	 * @return the method, e.g. {@code POST}
	 */
	public String method() {
		return this.method;
	}

	/**
	 * Return the path.
	 * @return the path as sent (encoded), without the query
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Return the raw query string.
	 * @return the query as sent (encoded), or {@code null} if the request had none
	 */
	public @Nullable String query() {
		return this.query;
	}

	/**
	 * Return the decoded query parameters.
	 * @return the parameters in the order sent, empty if none
	 */
	public Map<String, List<String>> queryParams() {
		return decodeForm(this.query);
	}

	/**
	 * Return the first value of a query parameter, decoded.
	 * @param name the parameter name
	 * @return the value, or {@code null} if absent
	 */
	public @Nullable String queryParam(String name) {
		List<String> values = queryParams().get(name);
		return (values != null) ? values.get(0) : null;
	}

	/**
	 * Return the headers.
	 * @return the headers, names as sent
	 */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/**
	 * Return the first value of a header, ignoring the case of its name.
	 * @param name the header name
	 * @return the value, or {@code null} if absent
	 */
	public @Nullable String header(String name) {
		for (Map.Entry<String, List<String>> entry : this.headers.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
				return entry.getValue().get(0);
			}
		}
		return null;
	}

	/**
	 * Return the body.
	 * @return a copy of the bytes as sent, empty if none
	 */
	public byte[] body() {
		return this.body.clone();
	}

	/**
	 * Return the body as UTF-8 text.
	 * @return the text, empty if none
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * Return the parameters of an {@code application/x-www-form-urlencoded} body,
	 * decoded.
	 * @return the parameters in the order sent, empty if none
	 */
	public Map<String, List<String>> formParams() {
		return decodeForm(bodyAsString());
	}

	@Override
	public String toString() {
		// no headers or body: they hold secrets
		return "UnmaskedRequest[" + this.method + " " + this.path + "]";
	}

	private static Map<String, List<String>> decodeForm(@Nullable String text) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		if (text == null || text.isEmpty()) {
			return result;
		}
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			result.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		result.replaceAll((name, values) -> List.copyOf(values));
		return Collections.unmodifiableMap(result);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
