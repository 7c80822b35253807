package io.github.lpfunctions.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: a blocking {@link HttpURLConnection} per call that asks for no keep-alive
 * ({@code Connection: close}), the body written and the result read with Jackson, a
 * cached token. It is what a client without connection reuse costs; LivePerson's own Java
 * client reuses connections and is not measured here.
 */
final class ConnectionPerCallClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI gateway;

	private final String token;

	ConnectionPerCallClient(URI gateway, String token) {
		this.gateway = gateway;
		this.token = token;
	}

	Map<?, ?> invoke(String functionUuid, Object payload) {
		try {
			URI uri = URI.create(this.gateway + "/api/account/" + LocalGateway.ACCOUNT + "/lambdas/" + functionUuid
					+ "/invoke?v=1&externalSystem=benchmark");
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Connection", "close");
			connection.setRequestProperty("Content-Type", "application/json");
			connection.setRequestProperty("Authorization", "Bearer " + this.token);
			connection.setRequestProperty("X-Request-ID", UUID.randomUUID().toString());
			byte[] body = JSON.writeValueAsBytes(
					Map.of("timestamp", System.currentTimeMillis(), "headers", new Object[0], "payload", payload));
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body);
			}
			try (InputStream in = connection.getInputStream()) {
				return JSON.readValue(in.readAllBytes(), Map.class);
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
