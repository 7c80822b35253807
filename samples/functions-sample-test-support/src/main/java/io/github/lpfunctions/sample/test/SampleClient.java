package io.github.lpfunctions.sample.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the sample's endpoints: nothing of Spring's between the test
 * and the wire.
 */
public final class SampleClient {

	/**
	 * The JSON mapper of the tests, with Jackson's defaults.
	 */
	public static final JsonMapper JSON = JsonMapper.builder().build();

	// HTTP/1.1 only, as the emulator's tests: no h2c upgrade attempt on plain http.
	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	/**
	 * Create a client of the sample on {@code localhost}.
	 * @param port the port the sample listens on
	 */
	public SampleClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Send a {@code GET}.
	 * @param path the path, with its query
	 * @return the response
	 */
	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	/**
	 * Send a {@code POST}, with {@code Content-Type: application/json} when it has a
	 * body.
	 * @param path the path, with its query
	 * @param json the body, or {@code null} for none
	 * @return the response
	 */
	public Response post(String path, @Nullable String json) {
		return send("POST", path, json, (json != null) ? Map.of("Content-Type", "application/json") : Map.of());
	}

	/**
	 * Send a request.
	 * @param method the HTTP method
	 * @param path the path, with its query
	 * @param body the body, or {@code null} for none
	 * @param headers the headers to send
	 * @return the response
	 */
	public Response send(String method, String path, @Nullable String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("Retry-After").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the sample answered.
	 *
	 * @param status the status code
	 * @param contentType the {@code Content-Type} header, or {@code null}
	 * @param retryAfter the {@code Retry-After} header, or {@code null}
	 * @param body the body, empty when there is none
	 */
	public record Response(int status, @Nullable String contentType, @Nullable String retryAfter, String body) {

		/**
		 * Read the body as JSON.
		 * @return the body's JSON
		 */
		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
