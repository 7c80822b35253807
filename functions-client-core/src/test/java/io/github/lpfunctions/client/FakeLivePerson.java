package io.github.lpfunctions.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.net.ssl.SSLSocketFactory;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * One local HTTP server that plays LivePerson for the client: discovery (CSDS), the
 * authorization server (Sentinel), the gateway and the management host. Each route
 * answers from its queue of scripted responses, else with a default, and records what it
 * received.
 */
final class FakeLivePerson implements AutoCloseable {

	static final String ACCOUNT = "123456";

	static final String CLIENT_ID = "test-client";

	static final String CLIENT_SECRET = "s3cr3t-client-secret-value";

	enum Route {

		CSDS, TOKEN, INVOKE, EVENT_INVOKE, IS_IMPLEMENTED, LAMBDAS, FUNCTIONS, OTHER

	}

	private final MockWebServer server = new MockWebServer();

	private String scheme = "http";

	private final Map<Route, ConcurrentLinkedDeque<MockResponse>> scripted = new ConcurrentHashMap<>();

	private final Map<Route, Function<RecordedRequest, MockResponse>> defaults = new ConcurrentHashMap<>();

	private final Map<Route, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

	private final List<String> tokensIssued = new CopyOnWriteArrayList<>();

	private volatile Duration tokenLifetime = Duration.ofHours(1);

	private volatile Clock clock = Clock.systemUTC();

	FakeLivePerson() {
		for (Route route : Route.values()) {
			this.scripted.put(route, new ConcurrentLinkedDeque<>());
			this.counts.put(route, new AtomicInteger());
		}
		this.defaults.put(Route.CSDS, (request) -> json(200, csdsBody("localhost:" + port())));
		this.defaults.put(Route.TOKEN, (request) -> json(200, "{\"access_token\":\"" + issueToken()
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":\"" + this.tokenLifetime.toSeconds() + "\"}"));
		this.defaults.put(Route.INVOKE, (request) -> json(200, "{\"ok\":true}"));
		this.defaults.put(Route.EVENT_INVOKE, (request) -> json(200, "[]"));
		this.defaults.put(Route.IS_IMPLEMENTED, (request) -> json(200, "{\"implemented\":true}"));
		this.defaults.put(Route.LAMBDAS, (request) -> json(200, "[]"));
		this.defaults.put(Route.FUNCTIONS, (request) -> json(200, "[]"));
		this.defaults.put(Route.OTHER, (request) -> json(404, "{}"));
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				Route route = route(request);
				FakeLivePerson.this.counts.get(route).incrementAndGet();
				FakeLivePerson.this.recorded.add(new Recorded(route, request));
				MockResponse next = FakeLivePerson.this.scripted.get(route).poll();
				return (next != null) ? next : FakeLivePerson.this.defaults.get(route).apply(request);
			}

		});
	}

	FakeLivePerson start() {
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** Start serving https with the given certificates, as every LivePerson host does. */
	FakeLivePerson startHttps(SSLSocketFactory certificates) {
		this.server.useHttps(certificates);
		this.scheme = "https";
		return start();
	}

	int port() {
		return this.server.getPort();
	}

	URI baseUri() {
		return URI.create(this.scheme + "://localhost:" + port());
	}

	/** A template against this server with discovery over http, and the given tweaks. */
	ReactiveFunctionsTemplate.Builder templateBuilder() {
		return ReactiveFunctionsTemplate.builder()
			.accountId(ACCOUNT)
			.clientCredentials(CLIENT_ID, CLIENT_SECRET)
			.discoveryUri(baseUri())
			.discoveryScheme(this.scheme)
			.eventSource("test-system")
			.timeout(Duration.ofSeconds(5));
	}

	void enqueue(Route route, MockResponse response) {
		this.scripted.get(route).add(response);
	}

	void respond(Route route, Function<RecordedRequest, MockResponse> response) {
		this.defaults.put(route, response);
	}

	void tokenLifetime(Duration lifetime) {
		this.tokenLifetime = lifetime;
	}

	void clock(Clock clock) {
		this.clock = clock;
	}

	int count(Route route) {
		return this.counts.get(route).get();
	}

	List<RecordedRequest> requests(Route route) {
		List<RecordedRequest> result = new ArrayList<>();
		for (Recorded entry : this.recorded) {
			if (entry.route == route) {
				result.add(entry.request);
			}
		}
		return Collections.unmodifiableList(result);
	}

	RecordedRequest last(Route route) {
		List<RecordedRequest> requests = requests(route);
		if (requests.isEmpty()) {
			throw new AssertionError("No " + route + " request was received");
		}
		return requests.get(requests.size() - 1);
	}

	List<RecordedRequest> all() {
		return this.recorded.stream().map(Recorded::request).toList();
	}

	/** The n-th token issued, counting from 1, to compare with Authorization headers. */
	String token(int n) {
		return this.tokensIssued.get(n - 1);
	}

	int tokensIssued() {
		return this.tokensIssued.size();
	}

	private synchronized String issueToken() {
		String token = Jwt.token("token-" + (this.tokensIssued.size() + 1),
				this.clock.instant().plus(this.tokenLifetime));
		this.tokensIssued.add(token);
		return token;
	}

	static String csdsBody(String host) {
		return "{\"baseURIs\":[" + "{\"service\":\"agentVep\",\"account\":\"" + ACCOUNT
				+ "\",\"baseURI\":\"va.agentvep.liveperson.net\"}," + "{\"service\":\"faasGW\",\"account\":\"" + ACCOUNT
				+ "\",\"baseURI\":\"" + host + "\"}," + "{\"service\":\"sentinel\",\"account\":\"" + ACCOUNT
				+ "\",\"baseURI\":\"" + host + "\"}," + "{\"service\":\"faasUI\",\"account\":\"" + ACCOUNT
				+ "\",\"baseURI\":\"" + host + "\"}]}";
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json;charset=UTF-8")
			.body(body)
			.build();
	}

	static String body(RecordedRequest request) {
		return (request.getBody() != null) ? request.getBody().string(StandardCharsets.UTF_8) : "";
	}

	private static Route route(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		String method = request.getMethod();
		if (path.endsWith("/service/baseURI.json")) {
			return Route.CSDS;
		}
		if (path.startsWith("/sentinel/") && path.contains("/app/token")) {
			return Route.TOKEN;
		}
		if ("POST".equals(method) && path.matches("/api/account/[^/]+/lambdas/[^/]+/invoke")) {
			return Route.INVOKE;
		}
		if ("POST".equals(method) && path.matches("/api/account/[^/]+/events/[^/]+/invoke")) {
			return Route.EVENT_INVOKE;
		}
		if ("GET".equals(method) && path.matches("/api/account/[^/]+/events/[^/]+/isImplemented")) {
			return Route.IS_IMPLEMENTED;
		}
		if ("GET".equals(method) && path.matches("/api/account/[^/]+/lambdas")) {
			return Route.LAMBDAS;
		}
		if ("GET".equals(method) && path.matches("/api/account/[^/]+/functions")) {
			return Route.FUNCTIONS;
		}
		return Route.OTHER;
	}

	@Override
	public void close() {
		this.server.close();
	}

	private record Recorded(Route route, RecordedRequest request) {

	}

	/** Unsigned JWTs with an {@code exp} claim, which is all the client reads. */
	static final class Jwt {

		private Jwt() {
		}

		static String token(String subject, Instant expiresAt) {
			Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
			String header = encoder
				.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
			String payload = encoder
				.encodeToString(("{\"sub\":\"" + subject + "\",\"exp\":" + expiresAt.getEpochSecond() + "}")
					.getBytes(StandardCharsets.UTF_8));
			return header + "." + payload + "." + encoder.encodeToString(subject.getBytes(StandardCharsets.UTF_8));
		}

	}

}
