package io.github.lpfunctions.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.util.Assert;

/**
 * An answer a test scripts for an {@link Endpoint} in place of the emulator's own: any
 * status (also outside the platform's usual ones, such as {@code 901}), headers, a body
 * (valid or not), a delay before it is sent, or a reset of the connection instead.
 * Instances are immutable; the {@code with…} methods return a copy.
 *
 * <pre class="code">
 * emulator.faults()
 * 	.respondNext(Endpoint.INVOKE, ScriptedResponse.json(429, "{}").withHeader("Retry-After", "7"),
 * 			ScriptedResponse.connectionReset());
 * </pre>
 *
 * @author LivePerson Functions for Spring contributors
 * @see FaultInjector#respondNext(Endpoint, ScriptedResponse...)
 * @see FaultInjector#respond(Endpoint, Responder)
 */
public final class ScriptedResponse {

	private static final String JSON = "application/json;charset=UTF-8";

	private final int status;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private final Duration delay;

	private final boolean connectionReset;

	private ScriptedResponse(int status, Map<String, List<String>> headers, byte[] body, Duration delay,
			boolean connectionReset) {
		this.status = status;
		this.headers = headers;
		this.body = body;
		this.delay = delay;
		this.connectionReset = connectionReset;
	}

	/**
	 * An answer with the given status, no headers and no body.
	 * @param status the HTTP status, three digits
	 * @return the answer
	 */
	public static ScriptedResponse status(int status) {
		Assert.isTrue(status >= 100 && status <= 999, "'status' must be a three-digit HTTP status");
		return new ScriptedResponse(status, Map.of(), new byte[0], Duration.ZERO, false);
	}

	/**
	 * An answer with the given status and a JSON body, sent as it is (it need not be
	 * valid JSON), with {@code Content-Type: application/json;charset=UTF-8}.
	 * @param status the HTTP status, three digits
	 * @param json the body, may be empty
	 * @return the answer
	 */
	public static ScriptedResponse json(int status, String json) {
		return status(status).withBody(JSON, json);
	}

	/**
	 * A discovery (CSDS) answer that names the given host for each service, e.g. a host
	 * other than the emulator, or one that is not a host at all.
	 * @param accountId the account the entries name
	 * @param hostsByService the {@code baseURI} of each service, e.g.
	 * {@code faasGW -> va.faasgw.liveperson.net}, in the order to list them
	 * @return a 200 answer
	 */
	public static ScriptedResponse discovery(String accountId, Map<String, String> hostsByService) {
		Assert.hasText(accountId, "'accountId' must not be empty");
		Assert.notNull(hostsByService, "'hostsByService' must not be null");
		StringJoiner entries = new StringJoiner(",", "{\"baseURIs\":[", "]}");
		hostsByService.forEach((service, host) -> entries.add("{\"service\":" + quote(service) + ",\"account\":"
				+ quote(accountId) + ",\"baseURI\":" + quote(host) + "}"));
		return json(200, entries.toString());
	}

	/**
	 * Reset the TCP connection instead of answering, after the request was read.
	 * @return the fault
	 */
	public static ScriptedResponse connectionReset() {
		return new ScriptedResponse(0, Map.of(), new byte[0], Duration.ZERO, true);
	}

	/**
	 * Return a copy with a header added (a header may have several values).
	 * @param name the header name
	 * @param value the value
	 * @return the copy
	 */
	public ScriptedResponse withHeader(String name, String value) {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(value, "'value' must not be null");
		Assert.state(!this.connectionReset, "A connection reset has no headers");
		Map<String, List<String>> headers = new LinkedHashMap<>(this.headers);
		List<String> values = new ArrayList<>(headers.getOrDefault(name, List.of()));
		values.add(value);
		headers.put(name, List.copyOf(values));
		return new ScriptedResponse(this.status, Collections.unmodifiableMap(headers), this.body, this.delay, false);
	}

	/**
	 * Return a copy with the given body, encoded as UTF-8, and its content type.
	 * @param contentType the {@code Content-Type}, e.g. {@code text/html}
	 * @param body the body, may be empty
	 * @return the copy
	 */
	public ScriptedResponse withBody(String contentType, String body) {
		Assert.hasText(contentType, "'contentType' must not be empty");
		Assert.notNull(body, "'body' must not be null");
		Assert.state(!this.connectionReset, "A connection reset has no body");
		Map<String, List<String>> headers = new LinkedHashMap<>(this.headers);
		headers.keySet().removeIf("Content-Type"::equalsIgnoreCase);
		headers.put("Content-Type", List.of(contentType));
		return new ScriptedResponse(this.status, Collections.unmodifiableMap(headers),
				body.getBytes(StandardCharsets.UTF_8), this.delay, false);
	}

	/**
	 * Return a copy that is sent (or resets the connection) only after the given delay,
	 * as a server that hangs does; a client that gives up first closes the connection.
	 * @param delay the delay before the status line
	 * @return the copy
	 */
	public ScriptedResponse delayedBy(Duration delay) {
		Assert.notNull(delay, "'delay' must not be null");
		Assert.isTrue(!delay.isNegative(), "'delay' must not be negative");
		return new ScriptedResponse(this.status, this.headers, this.body, delay, this.connectionReset);
	}

	/**
	 * Return the HTTP status.
	 * @return the status, {@code 0} for a connection reset
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Return the headers.
	 * @return the headers, names as given
	 */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/**
	 * Return the body.
	 * @return a copy of the body bytes, empty if none
	 */
	public byte[] body() {
		return this.body.clone();
	}

	/**
	 * Return the delay before the answer.
	 * @return the delay, {@link Duration#ZERO} for none
	 */
	public Duration delay() {
		return this.delay;
	}

	/**
	 * Whether the answer is a reset of the connection.
	 * @return {@code true} for a connection reset
	 */
	public boolean isConnectionReset() {
		return this.connectionReset;
	}

	@Override
	public String toString() {
		String answer = this.connectionReset ? "connection reset" : "HTTP " + this.status;
		return "ScriptedResponse[" + answer + (this.delay.isZero() ? "" : " after " + this.delay) + "]";
	}

	private static String quote(String text) {
		Assert.notNull(text, "Discovery entries must not be null");
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
