package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * The default HTTP connector: Reactor Netty with a connection pool tuned for calls
 * through cloud load balancers, going through the proxy the JVM's system properties name.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionsHttpConnector {

	/** Idle connections are closed after this; see the default it comes from. */
	static final Duration MAX_IDLE_TIME = FunctionsDefaults.CONNECTION_MAX_IDLE_TIME;

	private FunctionsHttpConnector() {
	}

	static ClientHttpConnector create(Duration connectTimeout, ConnectionProvider pool,
			UnaryOperator<HttpClient> customizer) {
		// the JVM's proxy settings (https.proxyHost, http.nonProxyHosts, ...), which the
		// official Java client's HttpURLConnection honours too
		HttpClient httpClient = HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
			.compress(true)
			.proxyWithSystemProperties();
		return new ReactorClientHttpConnector(customizer.apply(httpClient));
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
