package io.github.lpfunctions.emulator.csds;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The host and port that discovery advertises: the configured host and the port the
 * server actually listens on.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class AdvertisedAddress implements ApplicationListener<WebServerInitializedEvent> {

	private final String host;

	private volatile int port = -1;

	/**
	 * Create a new instance.
	 * @param host the advertised host name
	 */
	public AdvertisedAddress(String host) {
		this.host = host;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	/**
	 * Return the port the server listens on.
	 * @return the port, {@code -1} before the server started
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Return {@code host:port}, as discovery advertises it (no scheme).
	 * @return the authority
	 */
	public String authority() {
		return this.host + ":" + this.port;
	}

	/**
	 * Return {@code http://host:port}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://" + authority();
	}

}
