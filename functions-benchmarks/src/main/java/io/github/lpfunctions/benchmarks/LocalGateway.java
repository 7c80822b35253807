package io.github.lpfunctions.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A minimal loopback stand-in of the authorization server and the gateway on Reactor
 * Netty: a measuring instrument, not a fake. It checks nothing and answers every request
 * at once (an invocation with its own request body, anything else with a fixed body), so
 * that the benchmark measures the clients rather than the server; tests run against the
 * emulator, which per request costs several times the CPU and 2.6 times the allocation of
 * this server ({@link StandInCostBenchmark}, figures in the README's Performance
 * section). (The JDK's own HttpServer serves keep-alive connections several times slower
 * than new ones, which would skew the comparison.) Over https it presents a self-signed
 * certificate for 127.0.0.1 that the JVM is told to trust, as a client trusts
 * LivePerson's.
 */
final class LocalGateway implements AutoCloseable {

	static final String ACCOUNT = "123456";

	private static final String IMPLEMENTED = "{\"implemented\":true}";

	private static final char[] PASSWORD = "benchmark".toCharArray();

	private final String token;

	private final String scheme;

	private final DisposableServer server;

	// Event loops of its own, as a server in another process has: on Reactor Netty's
	// shared loops it would share its threads with the raw WebClient (whose loops they
	// are) but not with the template, which has its own, and so favour the raw client.
	private final LoopResources loops = LoopResources.create("stand-in", 1, LoopResources.DEFAULT_IO_WORKER_COUNT, true,
			false);

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final AtomicInteger discoveryRequests = new AtomicInteger();

	private final AtomicInteger connectionsAccepted = new AtomicInteger();

	private LocalGateway(boolean https) {
		String claims = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					("{\"exp\":" + (System.currentTimeMillis() / 1000 + 7200) + "}").getBytes(StandardCharsets.UTF_8));
		this.token = "eyJhbGciOiJIUzI1NiJ9." + claims + ".c2ln";
		this.scheme = https ? "https" : "http";
		String tokenResponse = "{\"access_token\":\"" + this.token
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":\"7200\"}";
		HttpServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.loops)
			.doOnChannelInit((observer, channel, address) -> this.connectionsAccepted.incrementAndGet())
			.route((routes) -> routes.get("/api/account/{accountId}/service/baseURI.json", this::discovery)
				.post("/sentinel/**", (request, response) -> token(request, response, tokenResponse))
				.post("/api/**", LocalGateway::echo)
				.get("/api/**", (request, response) -> answer(request, response, IMPLEMENTED)));
		if (https) {
			KeyManagerFactory keys = trustedSelfSignedCertificate();
			server = server.secure((spec) -> spec.sslContext(Http11SslContextSpec.forServer(keys)));
		}
		this.server = server.bindNow();
	}

	static LocalGateway start(boolean https) {
		return new LocalGateway(https);
	}

	URI uri() {
		return URI.create(this.scheme + "://127.0.0.1:" + this.server.port());
	}

	String token() {
		return this.token;
	}

	/**
	 * Count what the server has done since it started.
	 * @return the token requests, discovery requests and connections so far
	 */
	Counts counts() {
		return new Counts(this.tokenRequests.get(), this.discoveryRequests.get(), this.connectionsAccepted.get());
	}

	private Publisher<Void> token(HttpServerRequest request, HttpServerResponse response, String tokenResponse) {
		this.tokenRequests.incrementAndGet();
		return answer(request, response, tokenResponse);
	}

	/**
	 * Answer service discovery (CSDS) in LivePerson's shape, naming this server, as the
	 * client sees it in the Host header, as the account's gateway and authorization
	 * server.
	 */
	private Publisher<Void> discovery(HttpServerRequest request, HttpServerResponse response) {
		this.discoveryRequests.incrementAndGet();
		String host = request.requestHeaders().get("Host");
		String body = "{\"baseURIs\":[{\"service\":\"faasGW\",\"account\":\"" + ACCOUNT + "\",\"baseURI\":\"" + host
				+ "\"},{\"service\":\"sentinel\",\"account\":\"" + ACCOUNT + "\",\"baseURI\":\"" + host + "\"}]}";
		return response.header("Content-Type", "application/json").sendString(Mono.just(body)).then();
	}

	private static Publisher<Void> answer(HttpServerRequest request, HttpServerResponse response, String body) {
		return response.header("Content-Type", "application/json")
			.sendString(request.receive().aggregate().asString().defaultIfEmpty("").map((ignored) -> body))
			.then();
	}

	/**
	 * An invocation's answer is its request body: the function's result is as large as
	 * its payload, so a payload size measures both directions.
	 */
	private static Publisher<Void> echo(HttpServerRequest request, HttpServerResponse response) {
		return response.header("Content-Type", "application/json").send(request.receive().aggregate().retain()).then();
	}

	/**
	 * Create a key pair and certificate for 127.0.0.1 with the JDK's keytool, and make it
	 * the JVM's trust store, which both clients use by default.
	 */
	private static KeyManagerFactory trustedSelfSignedCertificate() {
		try {
			Path keyStore = Files.createTempDirectory("benchmark-tls").resolve("gateway.p12");
			Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", "gateway", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
					"-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
					keyStore.toString(), "-storepass", new String(PASSWORD))
				.redirectErrorStream(true)
				.start();
			if (keytool.waitFor() != 0) {
				throw new IllegalStateException("keytool failed: "
						+ new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			}
			System.setProperty("javax.net.ssl.trustStore", keyStore.toString());
			System.setProperty("javax.net.ssl.trustStorePassword", new String(PASSWORD));
			System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(keyStore)) {
				store.load(in, PASSWORD);
			}
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, PASSWORD);
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.disposeNow();
		this.loops.dispose();
	}

	/**
	 * What the server has counted, from its start.
	 *
	 * @param tokenRequests requests for a token
	 * @param discoveryRequests service discovery requests
	 * @param connections connections accepted
	 */
	record Counts(int tokenRequests, int discoveryRequests, int connections) {

		Counts since(Counts earlier) {
			return new Counts(this.tokenRequests - earlier.tokenRequests,
					this.discoveryRequests - earlier.discoveryRequests, this.connections - earlier.connections);
		}

	}

}
