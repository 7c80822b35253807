package io.github.lpfunctions.client.discovery;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Base URIs of the LivePerson services one account uses, each a scheme and authority
 * without a path, such as {@code https://va.faasgw.liveperson.net}.
 *
 * @param gateway the invocation gateway ({@code faasGW})
 * @param sentinel the authorization server ({@code sentinel})
 * @param management the function management host ({@code faasUI}); {@code null} when it
 * is not known, which only listings need
 * @param login the host of LivePerson's Login API ({@code agentVep}); {@code null} when
 * it is not known, which only a user login needs. It receives a user's password, never a
 * token: {@link #isFunctionsHost(URI)} does not include it.
 */
public record ServiceEndpoints(URI gateway, URI sentinel, @Nullable URI management, @Nullable URI login) {

	/**
	 * Check the URIs.
	 * @param gateway the invocation gateway
	 * @param sentinel the authorization server
	 * @param management the management host, if known
	 * @param login the Login API host, if known
	 */
	public ServiceEndpoints {
		gateway = baseUri(gateway, "gateway");
		sentinel = baseUri(sentinel, "sentinel");
		if (management != null) {
			management = baseUri(management, "management");
		}
		if (login != null) {
			login = baseUri(login, "login");
		}
	}

	/**
	 * Create endpoints without a known Login API host.
	 * @param gateway the invocation gateway
	 * @param sentinel the authorization server
	 * @param management the management host, if known
	 */
	public ServiceEndpoints(URI gateway, URI sentinel, @Nullable URI management) {
		this(gateway, sentinel, management, null);
	}

	/**
	 * Return a copy where every given URI replaces the one of that service.
	 * @param gateway the gateway to use instead, or {@code null} to keep this one
	 * @param sentinel the authorization server to use instead, or {@code null}
	 * @param management the management host to use instead, or {@code null}
	 * @return the endpoints with the overrides applied
	 */
	public ServiceEndpoints withOverrides(@Nullable URI gateway, @Nullable URI sentinel, @Nullable URI management) {
		return withOverrides(gateway, sentinel, management, null);
	}

	/**
	 * Return a copy where every given URI replaces the one of that service.
	 * @param gateway the gateway to use instead, or {@code null} to keep this one
	 * @param sentinel the authorization server to use instead, or {@code null}
	 * @param management the management host to use instead, or {@code null}
	 * @param login the Login API host to use instead, or {@code null}
	 * @return the endpoints with the overrides applied
	 */
	public ServiceEndpoints withOverrides(@Nullable URI gateway, @Nullable URI sentinel, @Nullable URI management,
			@Nullable URI login) {
		return new ServiceEndpoints(Objects.requireNonNullElse(gateway, this.gateway),
				Objects.requireNonNullElse(sentinel, this.sentinel),
				(management != null) ? management : this.management, (login != null) ? login : this.login);
	}

	/**
	 * Whether the given URI points to one of these services, comparing scheme, host and
	 * port. Credentials are only ever sent where this holds.
	 * @param uri the URI of a request
	 * @return {@code true} when the request goes to the gateway or the management host
	 */
	public boolean isFunctionsHost(URI uri) {
		return sameOrigin(this.gateway, uri) || (this.management != null && sameOrigin(this.management, uri));
	}

	private static boolean sameOrigin(URI base, URI uri) {
		return base.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
				&& base.getHost().equalsIgnoreCase(String.valueOf(uri.getHost())) && port(base) == port(uri);
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

	/**
	 * Check that a URI is a service base: http or https, a host, an optional port, and
	 * nothing else but an optional trailing {@code /}.
	 * @param uri the URI to check
	 * @param name the service, for the message
	 * @return the URI as {@code scheme://host[:port]}
	 * @throws IllegalArgumentException naming the service when the URI is not a base
	 */
	public static URI baseUri(@Nullable URI uri, String name) {
		if (uri == null) {
			throw new IllegalArgumentException("'" + name + "' endpoint must not be null");
		}
		String scheme = uri.getScheme();
		if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
			throw new IllegalArgumentException("'" + name + "' endpoint must be an http or https URL but was " + uri);
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("'" + name + "' endpoint must name a host but was " + uri);
		}
		String path = uri.getRawPath();
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
				|| (path != null && !path.isEmpty() && !path.equals("/"))) {
			throw new IllegalArgumentException(
					"'" + name + "' endpoint must be a plain scheme://host[:port] URL but was " + uri);
		}
		return URI.create(scheme.toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
	}

}
