package io.github.lpfunctions.client.support;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.FaaSException;

/**
 * Refuses to send credentials over plain http, except to loopback addresses (local test
 * setups such as the emulator) or where the user explicitly allowed it.
 * <p>
 * A host is loopback by its address, never by its name: an IPv4 literal in
 * {@code 127.0.0.0/8}, the IPv6 literal {@code [::1]}, or exactly {@code localhost}.
 * Names that merely look local ({@code 127.0.0.1.nip.io}, {@code a.localhost}) are
 * whatever DNS says they are, so they count as foreign. Nothing here resolves a name.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class TransportSecurity {

	// Four decimal octets without leading zeros: "127.1" or "0177.0.0.1" are read
	// differently by different resolvers, so they are not taken as literals.
	private static final Pattern IPV4 = Pattern
		.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");

	// An IPv6 literal always has a colon, so InetAddress never takes it for a name.
	private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*\\]");

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
		if (refuses(uri)) {
			throw new FaaSException("Refusing to send credentials over plain http to " + uri.getHost()
					+ ": use https, or allow insecure http explicitly for test setups", null);
		}
	}

	/**
	 * Check a configured URL that decides where credentials go (such as the discovery
	 * URL, whose answer names the hosts that receive them).
	 * @param uri the configured URL
	 * @param setting the name of the setting, for the message
	 * @throws IllegalArgumentException when the URL is plain http to a non-loopback host
	 * and that was not allowed
	 */
	public void checkSetting(URI uri, String setting) {
		if (refuses(uri)) {
			throw new IllegalArgumentException("'" + setting + "' must be https, or plain http to a loopback address "
					+ "(127.0.0.0/8, [::1] or localhost), but was " + uri
					+ ": use https, or allow insecure http explicitly for test setups");
		}
	}

	private boolean refuses(URI uri) {
		return "http".equalsIgnoreCase(uri.getScheme()) && !this.allowInsecureHttp && !isLoopback(uri.getHost());
	}

	/**
	 * Whether a host, as {@link URI#getHost()} gives it, is a loopback address: an IPv4
	 * literal in {@code 127.0.0.0/8}, {@code [::1]} (or {@code ::1}), or exactly
	 * {@code localhost}. No name is resolved.
	 * @param host the host, may be {@code null}
	 * @return whether it is loopback
	 */
	public static boolean isLoopback(@Nullable String host) {
		if (host == null) {
			return false;
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		Matcher ipv4 = IPV4.matcher(host);
		if (ipv4.matches()) {
			for (int i = 1; i <= 4; i++) {
				if (Integer.parseInt(ipv4.group(i)) > 255) {
					return false;
				}
			}
			return ipv4.group(1).equals("127");
		}
		String bracketed = host.startsWith("[") ? host : "[" + host + "]";
		return BRACKETED_IPV6.matcher(bracketed).matches() && isIpv6Loopback(bracketed);
	}

	// Only ever called with a bracketed text of hex digits, dots and at least one colon,
	// which InetAddress parses as an IPv6 literal or rejects, without asking DNS.
	private static boolean isIpv6Loopback(String bracketed) {
		try {
			InetAddress address = InetAddress.getByName(bracketed);
			return address instanceof Inet6Address && address.isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
