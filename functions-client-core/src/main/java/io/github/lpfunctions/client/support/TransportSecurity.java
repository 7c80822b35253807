package io.github.lpfunctions.client.support;

import java.net.URI;
import java.util.Locale;

import io.github.lpfunctions.client.FaaSException;

/**
 * Refuses to send credentials over plain http, except to loopback addresses (local test
 * setups such as the emulator) or where the user explicitly allowed it.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class TransportSecurity {

	private final boolean allowInsecureHttp;

	/**
	 * Create the check.
	 * @param allowInsecureHttp whether plain http to non-loopback hosts is allowed
	 */
	public TransportSecurity(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	/**
	 * Check that credentials may be sent to the given URI.
	 * @param uri the target
	 * @throws FaaSException when the URI is plain http to a non-loopback host and that
	 * was not allowed
	 */
	public void check(URI uri) {
		if ("http".equalsIgnoreCase(uri.getScheme()) && !this.allowInsecureHttp && !isLoopback(uri.getHost())) {
			throw new FaaSException("Refusing to send credentials over plain http to " + uri.getHost()
					+ ": use https, or allow insecure http explicitly for test setups", null);
		}
	}

	static boolean isLoopback(String host) {
		if (host == null) {
			return false;
		}
		String h = host.toLowerCase(Locale.ROOT);
		return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]")
				|| h.equals("::1");
	}

}
