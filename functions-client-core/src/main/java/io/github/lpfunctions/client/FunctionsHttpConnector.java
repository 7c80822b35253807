package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.function.SingletonSupplier;

/**
 * The default HTTP connector, which the template owns and closes: Reactor Netty with a
 * connection pool tuned for calls through cloud load balancers, event loops that spread
 * connections evenly, going through the proxy the JVM's system properties name. Nothing
 * of Netty's transport is set up before the first request: giving Reactor Netty its event
 * loops creates them, loads the native transport and builds the DNS resolver, which would
 * otherwise add that time to every application's start-up.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionsHttpConnector implements Disposable {

	/** Idle connections are closed after this; see the default it comes from. */
	static final Duration MAX_IDLE_TIME = FunctionsDefaults.CONNECTION_MAX_IDLE_TIME;

	private final ConnectionProvider pool;

	private final LoopResources loops;

	private final ClientHttpConnector connector;

	private FunctionsHttpConnector(ConnectionProvider pool, LoopResources loops, HttpClient httpClient) {
		this.pool = pool;
		this.loops = loops;
		this.connector = new OnFirstRequest(httpClient, loops);
	}

	static FunctionsHttpConnector create(Duration connectTimeout, ConnectionProvider pool,
			UnaryOperator<HttpClient> customizer) {
		// the JVM's proxy settings (https.proxyHost, http.nonProxyHosts, ...), which the
		// official Java client's HttpURLConnection honours too
		HttpClient httpClient = HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
			.compress(true)
			.proxyWithSystemProperties();
		// customized now, so that a customizer's error (an SSL bundle's) ends the
		// start-up
		return new FunctionsHttpConnector(pool, loops(), customizer.apply(httpClient));
	}

	/**
	 * Event loops of our own that do not colocate. Reactor Netty's shared loops open a
	 * connection on the event loop of the thread that asks for it. After a cold start
	 * every waiting call resumes on the one event loop that received the token (or the
	 * discovery answer), so every connection of the burst is opened there and all later
	 * traffic runs on one core. Without colocation connections go round-robin over the
	 * loops, whichever thread asks. The threads start with the first connection.
	 */
	private static LoopResources loops() {
		return LoopResources.create("lpfunctions-http", LoopResources.DEFAULT_IO_SELECT_COUNT,
				LoopResources.DEFAULT_IO_WORKER_COUNT, true, false);
	}

	/**
	 * Return the connector to give the WebClient.
	 * @return the connector
	 */
	ClientHttpConnector connector() {
		return this.connector;
	}

	/**
	 * Close the pool's connections, then stop the event loops; neither waits.
	 */
	@Override
	public void dispose() {
		this.pool.disposeLater().then(this.loops.disposeLater()).subscribe();
	}

	@Override
	public boolean isDisposed() {
		return this.pool.isDisposed();
	}

	/**
	 * The Reactor Netty connector, made on the first request: only then does the client
	 * get its event loops.
	 */
	private static final class OnFirstRequest implements ClientHttpConnector {

		private final SingletonSupplier<ClientHttpConnector> connector;

		OnFirstRequest(HttpClient httpClient, LoopResources loops) {
			this.connector = SingletonSupplier.of(() -> new ReactorClientHttpConnector(httpClient.runOn(loops)));
		}

		@Override
		public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
				Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
			return this.connector.obtain().connect(method, uri, requestCallback);
		}

	}

	/**
	 * The pool of the default connector: at most {@code maxConnections} connections to a
	 * host; a request that finds them all busy waits for one, as long as its deadline
	 * allows, however many wait (the caller's deadline, not a count, bounds the wait).
	 * @param maxIdleTime how long a connection may stay idle
	 * @param maxConnections the most connections to one host
	 * @param pendingAcquireTimeout the longest wait for a connection: the calls'
	 * deadline, which ends the wait first with the call's own timeout
	 * @return the pool's builder
	 */
	static ConnectionProvider.Builder pool(Duration maxIdleTime, int maxConnections, Duration pendingAcquireTimeout) {
		return ConnectionProvider.builder("liveperson-functions")
			.maxConnections(maxConnections)
			.pendingAcquireMaxCount(-1)
			.pendingAcquireTimeout(pendingAcquireTimeout)
			.maxIdleTime(maxIdleTime)
			.maxLifeTime(Duration.ofMinutes(10))
			.evictInBackground(Duration.ofSeconds(30));
	}

}
