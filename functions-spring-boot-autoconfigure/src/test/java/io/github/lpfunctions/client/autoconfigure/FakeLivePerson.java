package io.github.lpfunctions.client.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSocketFactory;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP server on loopback that plays LivePerson's service discovery (CSDS), the
 * authorization server (Sentinel) and the invocation gateway (faasGW, platform V1) for
 * one account, and records every request.
 */
final class FakeLivePerson implements AutoCloseable {

	static final String ACCOUNT = "12345678";

	static final String CLIENT_ID = "functions-client";

	static final String CLIENT_SECRET = "s3cr3t-Value-42";

	static final String ACCESS_TOKEN = "eyJ-access-token-1";

	static final String FUNCTION_UUID = "0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	static final String MISSING_FUNCTION_UUID = "99999999-4f50-4a6b-8c9d-0e1f2a3b4c5d";

	private static final Pattern INVOKE = Pattern
		.compile("/api/account/" + ACCOUNT + "/lambdas/([0-9a-f-]{36})/invoke\\?v=1&externalSystem=([^&]+)");

	private static final Pattern EVENT_INVOKE = Pattern
		.compile("/api/account/" + ACCOUNT + "/events/([A-Za-z0-9_.:-]+)/invoke\\?v=1&externalSystem=([^&]+)");

	private static final Pattern IS_IMPLEMENTED = Pattern
		.compile("/api/account/" + ACCOUNT + "/events/([A-Za-z0-9_.:-]+)/isImplemented\\?v=1&externalSystem=([^&]+)");

	/**
	 * How the authorization server answers.
	 */
	enum SentinelMode {

		/** Issues {@link #ACCESS_TOKEN}. */
		OK,

		/** Rejects the client credentials. */
		BAD_CREDENTIALS,

		/** Answers 503. */
		UNAVAILABLE,

		/** Knows the client but refuses it a token (403). */
		FORBIDDEN

	}

	private final MockWebServer server = new MockWebServer();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private volatile SentinelMode sentinelMode = SentinelMode.OK;

	private volatile boolean discoveryFails;

	private String scheme = "http";

	FakeLivePerson() {
		this(null);
	}

	/**
	 * A fake that serves https with the given certificates, as LivePerson does.
	 * @param certificates the server's certificates, {@code null} for plain http
	 */
	FakeLivePerson(@Nullable SSLSocketFactory certificates) {
		if (certificates != null) {
			this.server.useHttps(certificates);
			this.scheme = "https";
		}
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				FakeLivePerson.this.requests.add(request);
				return answer(request);
			}
		});
		try {
			this.server.start(InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	int port() {
		return this.server.getPort();
	}

	String url() {
		return this.scheme + "://localhost:" + port();
	}

	void sentinelMode(SentinelMode mode) {
		this.sentinelMode = mode;
	}

	void discoveryFails(boolean fails) {
		this.discoveryFails = fails;
	}

	List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	List<RecordedRequest> tokenRequests() {
		return this.requests.stream().filter((request) -> request.getTarget().contains("/app/token")).toList();
	}

	List<RecordedRequest> gatewayRequests() {
		return this.requests.stream().filter((request) -> request.getTarget().startsWith("/api/account/")).toList();
	}

	static String body(RecordedRequest request) {
		return (request.getBody() != null) ? request.getBody().string(StandardCharsets.UTF_8) : "";
	}

	private MockResponse answer(RecordedRequest request) {
		String target = request.getTarget();
		if (target.startsWith("/api/account/" + ACCOUNT + "/service/baseURI.json")) {
			if (this.discoveryFails) {
				return json(500, "{\"error\":\"csds down\"}");
			}
			String host = "localhost:" + port();
			return json(200, "{\"baseURIs\":[{\"service\":\"faasGW\",\"account\":\"" + ACCOUNT + "\",\"baseURI\":\""
					+ host + "\"},{\"service\":\"sentinel\",\"account\":\"" + ACCOUNT + "\",\"baseURI\":\"" + host
					+ "\"},{\"service\":\"faasUI\",\"account\":\"" + ACCOUNT + "\",\"baseURI\":\"" + host + "\"}]}");
		}
		if (target.equals("/sentinel/api/account/" + ACCOUNT + "/app/token?v=2.0")) {
			return token(request);
		}
		if (!("Bearer " + ACCESS_TOKEN).equals(request.getHeaders().get("Authorization"))) {
			return json(401, "{\"errorCode\":\"com.liveperson.faas.unauthorized\",\"errorMsg\":\"no valid token\"}");
		}
		Matcher invoke = INVOKE.matcher(target);
		if (invoke.matches() && request.getMethod().equals("POST") && !invoke.group(1).equals(MISSING_FUNCTION_UUID)) {
			return json(200, "{\"greeting\":\"Hello from " + invoke.group(1) + "\"}");
		}
		Matcher event = EVENT_INVOKE.matcher(target);
		if (event.matches() && request.getMethod().equals("POST")) {
			return json(200, "[{\"uuid\":\"" + FUNCTION_UUID
					+ "\",\"timestamp\":1700000000000,\"result\":{\"greeting\":\"Hello from the event\"}}]");
		}
		Matcher implemented = IS_IMPLEMENTED.matcher(target);
		if (implemented.matches() && request.getMethod().equals("GET")) {
			return json(200, "{\"implemented\":" + implemented.group(1).startsWith("conversational") + "}");
		}
		return json(404, "{\"errorCode\":\"com.liveperson.faas.es.missinglambda\",\"errorMsg\":\"not found\"}");
	}

	private MockResponse token(RecordedRequest request) {
		return switch (this.sentinelMode) {
			case OK -> {
				String body = body(request);
				yield (body.contains("client_secret=" + CLIENT_SECRET) && body.contains("client_id=" + CLIENT_ID))
						? json(200,
								"{\"access_token\":\"" + ACCESS_TOKEN
										+ "\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}")
						: json(401, "{\"error\":\"invalid_client\"}");
			}
			case BAD_CREDENTIALS -> json(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad client\"}");
			case UNAVAILABLE -> json(503, "{\"error\":\"temporarily_unavailable\"}");
			case FORBIDDEN -> json(403, "{\"error\":\"access_denied\"}");
		};
	}

	private static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
