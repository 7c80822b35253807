package io.github.lpfunctions.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for LivePerson's Login API ({@code agentVep}) on a loopback port, until the
 * emulator serves it: it records every request as it arrived and answers {@code 200
 * {"bearer": ...}} with the bearers it is given, or the answers scripted for the next
 * requests. It can hold its answers until released, so that callers can be made to meet
 * while a login is in flight.
 */
final class LoginApiStandIn implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final List<String> answers = new CopyOnWriteArrayList<>();

	private final Queue<Answer> scripted = new ArrayDeque<>();

	private final Supplier<String> bearers;

	private volatile CountDownLatch hold = new CountDownLatch(0);

	LoginApiStandIn(Supplier<String> bearers) {
		this.bearers = bearers;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	String hostAndPort() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The bodies answered, in the order they were sent.
	 */
	List<String> answers() {
		return List.copyOf(this.answers);
	}

	synchronized void answerNext(int status, String json) {
		this.scripted.add(new Answer(status, json));
	}

	/**
	 * Hold every answer until {@link #release()}.
	 */
	void hold() {
		this.hold = new CountDownLatch(1);
	}

	void release() {
		this.hold.countDown();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, String> headers = exchange.getRequestHeaders()
			.entrySet()
			.stream()
			.collect(Collectors.toMap((entry) -> entry.getKey().toLowerCase(Locale.ROOT),
					(entry) -> entry.getValue().get(0)));
		this.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers, new String(body, StandardCharsets.UTF_8)));
		try {
			if (!this.hold.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("never released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Answer answer = nextAnswer();
		byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
		this.answers.add(answer.json());
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private synchronized Answer nextAnswer() {
		Answer next = this.scripted.poll();
		if (next != null) {
			return next;
		}
		return new Answer(200, JSON.writeValueAsString(Map.of("bearer", this.bearers.get(), "csrf", "csrf-value",
				"sessionId", "session-value", "config", Map.of("userId", "4242", "loginName", "service-user"))));
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * A request as it arrived.
	 *
	 * @param method the method
	 * @param path the raw path
	 * @param query the raw query
	 * @param headers the first value of each header, by lower-case name
	 * @param body the body
	 */
	record Request(String method, String path, String query, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private record Answer(int status, String json) {

	}

}
