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

	static ConnectionProvider.Builder pool(Duration maxIdleTime) {
		return ConnectionProvider.builder("liveperson-functions")
			.maxConnections(500)
			.pendingAcquireMaxCount(1000)
			.pendingAcquireTimeout(Duration.ofSeconds(10))
			.maxIdleTime(maxIdleTime)
			.maxLifeTime(Duration.ofMinutes(10))
			.evictInBackground(Duration.ofSeconds(30));
	}

}
