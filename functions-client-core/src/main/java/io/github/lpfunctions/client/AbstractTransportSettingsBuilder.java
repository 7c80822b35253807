package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.support.Arguments;

/**
 * The transport settings of the template's builder: the connector or WebClient builder
 * its requests go through, the connection timeouts of the default connector, the codec
 * and size limits of the bodies, and whether plain http may carry credentials; each with
 * its default (from {@link FunctionsDefaults}) and its validation. Extended only by the
 * template's builder, which adds the settings of the account, its credentials, its
 * endpoints and the calls.
 *
 * @param <B> the type of the concrete builder, returned by every setter
 * @author LivePerson Functions for Spring contributors
 */
public abstract class AbstractTransportSettingsBuilder<B extends AbstractTransportSettingsBuilder<B>> {

	Duration connectTimeout = FunctionsDefaults.CONNECT_TIMEOUT;

	Duration connectionMaxIdleTime = FunctionsDefaults.CONNECTION_MAX_IDLE_TIME;

	int maxConnections = FunctionsDefaults.MAX_CONNECTIONS;

	int maxResponseBytes = FunctionsDefaults.MAX_RESPONSE_BYTES;

	boolean allowInsecureHttp;

	WebClient.@Nullable Builder webClientBuilder;

	@Nullable ClientHttpConnector clientConnector;

	@Nullable UnaryOperator<HttpClient> httpClientCustomizer;

	int maxRequestBytes = FunctionsDefaults.MAX_REQUEST_BYTES;

	JsonMapper jsonMapper = JsonMapper.builder().build();

	AbstractTransportSettingsBuilder() {
	}

	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

	/**
	 * Set the TCP connect timeout of the default connector; 2 s by default.
	 * @param connectTimeout the connect timeout
	 * @return this builder
	 */
	public B connectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
		return self();
	}

	/**
	 * Set how long a pooled connection of the default connector may stay idle before it
	 * is closed; 30 s by default, below the idle limits of common load balancers.
	 * @param connectionMaxIdleTime the idle time
	 * @return this builder
	 */
	public B connectionMaxIdleTime(Duration connectionMaxIdleTime) {
		this.connectionMaxIdleTime = connectionMaxIdleTime;
		return self();
	}

	/**
	 * Set the most connections the default connector opens to one host; 32 by default.
	 * Each call holds a connection until its answer arrives; when all are busy, a call
	 * waits for one as long as its deadline allows, then fails with the call's timeout.
	 * Raise it when more calls than this to slow functions must be in flight at once; a
	 * larger pool lets a burst of first calls open more connections, each with its own
	 * TLS handshake.
	 * @param maxConnections the most connections, at least 1
	 * @return this builder
	 */
	public B maxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
		return self();
	}

	/**
	 * Set the largest response body accepted; 10 MiB by default.
	 * @param maxResponseBytes the limit in bytes
	 * @return this builder
	 */
	public B maxResponseBytes(int maxResponseBytes) {
		this.maxResponseBytes = maxResponseBytes;
		return self();
	}

	/**
	 * Allow credentials over plain http to non-loopback hosts. Never needed against
	 * LivePerson.
	 * @param allowInsecureHttp whether to allow it
	 * @return this builder
	 */
	public B allowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
		return self();
	}

	/**
	 * Build on the application's WebClient builder, so that its codecs, filters and
	 * observation apply. It is copied, never changed; on the copy, the default codecs'
	 * request-details logging is off, so that neither form fields (the client secret) nor
	 * headers (the bearer token) of the template's requests are logged.
	 * @param webClientBuilder the builder to start from
	 * @return this builder
	 */
	public B webClientBuilder(WebClient.Builder webClientBuilder) {
		this.webClientBuilder = webClientBuilder;
		return self();
	}

	/**
	 * Use this connector instead of the default Reactor Netty one.
	 * @param clientConnector the connector
	 * @return this builder
	 */
	public B clientConnector(ClientHttpConnector clientConnector) {
		this.clientConnector = clientConnector;
		return self();
	}

	/**
	 * Customize the Reactor Netty client of the default connector, which discovery, token
	 * and gateway requests share: TLS trust and keys (such as an SSL bundle's), a proxy,
	 * a resolver. The connection pool, connect timeout and compression are set before,
	 * the event loops after (on the first request); a customizer should not replace them.
	 * Not combinable with {@link #clientConnector(ClientHttpConnector)}.
	 * @param httpClientCustomizer returns the customized client
	 * @return this builder
	 */
	public B httpClientCustomizer(UnaryOperator<HttpClient> httpClientCustomizer) {
		this.httpClientCustomizer = httpClientCustomizer;
		return self();
	}

	/**
	 * Set the JSON mapper for payloads and results, typically the application's.
	 * @param jsonMapper the mapper
	 * @return this builder
	 */
	public B jsonMapper(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		return self();
	}

	/**
	 * Set the largest request body sent; 10 MiB by default. An invocation whose
	 * serialized payload makes a larger body fails with an
	 * {@link IllegalArgumentException} before anything is sent.
	 * @param maxRequestBytes the limit in bytes
	 * @return this builder
	 */
	public B maxRequestBytes(int maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
		return self();
	}

	/**
	 * Check the transport settings, naming the one that is wrong.
	 * @throws IllegalArgumentException naming the setting
	 */
	final void validateTransport() {
		Arguments.positive(this.connectTimeout, "connectTimeout");
		Arguments.positive(this.connectionMaxIdleTime, "connectionMaxIdleTime");
		if (this.maxConnections <= 0) {
			throw new IllegalArgumentException("'maxConnections' must be positive but was " + this.maxConnections);
		}
		if (this.maxResponseBytes <= 0) {
			throw new IllegalArgumentException("'maxResponseBytes' must be positive but was " + this.maxResponseBytes);
		}
		if (this.maxRequestBytes <= 0) {
			throw new IllegalArgumentException("'maxRequestBytes' must be positive but was " + this.maxRequestBytes);
		}
		if (this.clientConnector != null && this.httpClientCustomizer != null) {
			throw new IllegalArgumentException(
					"Set either a 'clientConnector' or an 'httpClientCustomizer': the customizer applies only "
							+ "to the default connector");
		}
	}

}
