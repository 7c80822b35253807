package io.github.lpfunctions.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.lpfunctions.client.retry.RetrySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Plain http carries credentials only to loopback addresses, decided by the address and
 * never by how a name looks. The names used here do not resolve in DNS, so every name the
 * client looks up is resolved to a local server that counts the connections it accepts: a
 * refused request shows there as zero connections (and zero look-ups), while the same
 * request with insecure http allowed does arrive.
 */
class LoopbackIntegrationTests {

	private static final String ACCOUNT = "12345678";

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	/**
	 * The domains of the names used here, trusted so that the plain-http check is the one
	 * that decides about a discovered host.
	 */
	private static final List<String> DOMAINS_OF_THE_NAMES = List.of("example", "nip.io", "localhost");

	private final List<FunctionsTemplate> templates = new ArrayList<>();

	@ParameterizedTest
	@ValueSource(strings = { "127.attacker.example", "127.0.0.1.nip.io", "a.localhost", "localhost.attacker.example" })
	void refusesPlainHttpToAnEndpointWhoseNameOnlyLooksLocal(String host) {
		try (ConnectionCounter victim = new ConnectionCounter()) {
			LocalNames names = new LocalNames();
			URI endpoint = URI.create("http://" + host + ":" + victim.port());
			FunctionsTemplate template = template(
					builder(names).discoveryEnabled(false).endpoints(endpoint, endpoint, null));
			assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
				.withMessageContaining("Refusing to send credentials over plain http to " + host);
			assertThat(victim.connections()).isZero();
			assertThat(names.looked()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.attacker.example", "127.0.0.1.nip.io", "a.localhost", "localhost.attacker.example" })
	void refusesTheTokenRequestToADiscoveredAuthorizationServerWhoseNameOnlyLooksLocal(String host) {
		try (ConnectionCounter victim = new ConnectionCounter();
				LocalPlatform platform = new LocalPlatform("127.0.0.1")) {
			platform.advertise("127.0.0.1:" + platform.port(), host + ":" + victim.port());
			LocalNames names = new LocalNames();
			FunctionsTemplate template = template(builder(names).trustedDomains(DOMAINS_OF_THE_NAMES)
				.discoveryUri(platform.baseUri())
				.discoveryScheme("http"));
			assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
				.withMessageContaining("Refusing to send credentials over plain http to " + host);
			assertThat(platform.requests()).containsExactly("discovery");
			assertThat(victim.connections()).isZero();
			assertThat(names.looked()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.attacker.example", "127.0.0.1.nip.io", "a.localhost", "localhost.attacker.example" })
	void refusesAPlainHttpDiscoveryUrlWhoseNameOnlyLooksLocal(String host) {
		try (ConnectionCounter victim = new ConnectionCounter()) {
			LocalNames names = new LocalNames();
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(
						() -> builder(names).discoveryUri(URI.create("http://" + host + ":" + victim.port())).build())
				.withMessageContaining("'discoveryUri'")
				.withMessageContaining(host);
			assertThat(victim.connections()).isZero();
			assertThat(names.looked()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.attacker.example", "127.0.0.1.nip.io", "a.localhost", "localhost.attacker.example" })
	void theSameRequestsArriveWhenInsecureHttpIsAllowed(String host) {
		try (ConnectionCounter victim = new ConnectionCounter();
				LocalPlatform platform = new LocalPlatform("127.0.0.1")) {
			platform.advertise("127.0.0.1:" + platform.port(), host + ":" + victim.port());
			LocalNames names = new LocalNames();
			FunctionsTemplate discovered = template(builder(names).trustedDomains(DOMAINS_OF_THE_NAMES)
				.allowInsecureHttp(true)
				.discoveryUri(platform.baseUri())
				.discoveryScheme("http"));
			assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> discovered.invokeByUuid(UUID, null));
			assertThat(victim.connections()).isOne();
			URI endpoint = URI.create("http://" + host + ":" + victim.port());
			FunctionsTemplate configured = template(
					builder(names).allowInsecureHttp(true).discoveryEnabled(false).endpoints(endpoint, endpoint, null));
			assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> configured.invokeByUuid(UUID, null));
			assertThat(victim.connections()).isEqualTo(2);
			assertThat(names.looked()).containsOnly(host);
			assertThatNoException().isThrownBy(() -> builder(names).allowInsecureHttp(true)
				.discoveryUri(URI.create("http://" + host + ":" + victim.port()))
				.build()
				.close());
		}
	}

	@Test
	void allowsPlainHttpToAnyAddressIn127Slash8() {
		try (LocalPlatform platform = new LocalPlatform("127.0.0.2")) {
			platform.advertise("127.0.0.2:" + platform.port(), "127.0.0.2:" + platform.port());
			FunctionsTemplate template = template(
					builder(new LocalNames()).discoveryUri(URI.create("http://127.0.0.2:" + platform.port()))
						.discoveryScheme("http"));
			assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("ok", true);
			assertThat(platform.requests()).containsExactly("discovery", "token", "invoke");
		}
	}

	@Test
	void allowsPlainHttpToTheIpv6Loopback() {
		assumeTrue(ipv6LoopbackAvailable(), "no IPv6 loopback on this machine");
		try (LocalPlatform platform = new LocalPlatform("::1")) {
			URI endpoint = URI.create("http://[::1]:" + platform.port());
			FunctionsTemplate template = template(
					builder(new LocalNames()).discoveryEnabled(false).endpoints(endpoint, endpoint, null));
			assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("ok", true);
			assertThat(platform.requests()).containsExactly("token", "invoke");
			assertThatNoException().isThrownBy(() -> builder(new LocalNames()).discoveryUri(endpoint).build().close());
		}
	}

	@AfterEach
	void closeTemplates() {
		this.templates.forEach(FunctionsTemplate::close);
	}

	private FunctionsTemplate template(ReactiveFunctionsTemplate.Builder builder) {
		FunctionsTemplate template = new FunctionsTemplate(builder.build());
		this.templates.add(template);
		return template;
	}

	private static ReactiveFunctionsTemplate.Builder builder(LocalNames names) {
		return ReactiveFunctionsTemplate.builder()
			.accountId(ACCOUNT)
			.clientCredentials("client-id", "client-secret")
			.eventSource("test-system")
			.timeout(Duration.ofSeconds(5))
			.retry(RetrySettings.none())
			.httpClientCustomizer((httpClient) -> httpClient.resolver(names));
	}

	private static boolean ipv6LoopbackAvailable() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Discovery, authorization server and gateway on one address, recording which of them
	 * was asked, in order.
	 */
	private static final class LocalPlatform implements AutoCloseable {

		private final HttpServer server;

		private final Queue<String> requests = new ConcurrentLinkedQueue<>();

		private volatile String discoveryAnswer = "{}";

		LocalPlatform(String address) {
			try {
				this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.server.createContext("/", this::handle);
			this.server.start();
		}

		void advertise(String gateway, String sentinel) {
			this.discoveryAnswer = "{\"baseURIs\":[{\"service\":\"faasGW\",\"account\":\"" + ACCOUNT
					+ "\",\"baseURI\":\"" + gateway + "\"},{\"service\":\"sentinel\",\"account\":\"" + ACCOUNT
					+ "\",\"baseURI\":\"" + sentinel + "\"}]}";
		}

		private void handle(HttpExchange exchange) throws IOException {
			String path = exchange.getRequestURI().getPath();
			exchange.getRequestBody().readAllBytes();
			if (path.endsWith("/service/baseURI.json")) {
				respond(exchange, "discovery", this.discoveryAnswer);
			}
			else if (path.startsWith("/sentinel/") && path.contains("/app/token")) {
				respond(exchange, "token",
						"{\"access_token\":\"local-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
			}
			else if (path.matches("/api/account/[^/]+/lambdas/[^/]+/invoke")) {
				respond(exchange, "invoke", "{\"ok\":true}");
			}
			else {
				respond(exchange, "other " + path, "{}");
			}
		}

		private void respond(HttpExchange exchange, String route, String body) throws IOException {
			this.requests.add(route);
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}

		int port() {
			return this.server.getAddress().getPort();
		}

		URI baseUri() {
			SocketAddress address = this.server.getAddress();
			return URI.create("http://127.0.0.1:" + ((InetSocketAddress) address).getPort());
		}

		List<String> requests() {
			return List.copyOf(this.requests);
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

}
