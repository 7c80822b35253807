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
 * The baseline: how LivePerson's Java client {@code faas-client-jdk} invokes a function —
 * a blocking {@link HttpURLConnection} per call without keep-alive, the body written and
 * the result read with Jackson, a cached token. Written here because that client is not
 * in Maven Central.
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
