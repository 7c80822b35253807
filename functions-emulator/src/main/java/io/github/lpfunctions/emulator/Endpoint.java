package io.github.lpfunctions.emulator;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The endpoints of the emulated platform that a client calls, for scripting their answers
 * ({@link FaultInjector#respondNext}, {@link FaultInjector#respond}) and for finding the
 * requests they received ({@link RequestJournal#to}, {@link FaultInjector#capture}).
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum Endpoint {

	/**
	 * Service discovery (CSDS): {@code GET
	 * /api/account/{accountId}/service/baseURI.json}.
	 */
	DISCOVERY("GET", "/api/account/[^/]+/service/baseURI\\.json"),

	/**
	 * The client-credentials token endpoint of the authorization server (Sentinel):
	 * {@code POST /sentinel/api[/v2]/account/{accountId}/app/token}.
	 */
	TOKEN("POST", "/sentinel/api(/v2)?/account/[^/]+/app/token"),

	/**
	 * Invocation by function UUID: {@code POST
	 * /api/account/{accountId}/lambdas/{uuid}/invoke}.
	 */
	INVOKE("POST", "/api/account/[^/]+/lambdas/[^/]+/invoke"),

	/**
	 * Invocation by event: {@code POST /api/account/{accountId}/events/{eventId}/invoke}.
	 */
	EVENT_INVOKE("POST", "/api/account/[^/]+/events/[^/]+/invoke"),

	/**
	 * Whether an event has a function: {@code GET
	 * /api/account/{accountId}/events/{eventId}/isImplemented}.
	 */
	IS_IMPLEMENTED("GET", "/api/account/[^/]+/events/[^/]+/isImplemented"),

	/**
	 * The function listing, {@code GET /api/account/{accountId}/lambdas} (platform V1) or
	 * {@code GET /api/account/{accountId}/functions} (platform V2), either with a
	 * trailing slash.
	 */
	LISTING("GET", "/api/account/[^/]+/(lambdas|functions)/?"),

	/**
	 * The Login API ({@code agentVep}): {@code POST /api/account/{accountId}/login} and
	 * its session check {@code POST /api/account/{accountId}/refresh}.
	 */
	LOGIN("POST", "/api/account/[^/]+/(login|refresh)");

	private final String method;

	private final Pattern path;

	Endpoint(String method, String path) {
		this.method = method;
		this.path = Pattern.compile(path);
	}

	/**
	 * Whether a request with the given method and path is one to this endpoint.
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param path the path, without the query
	 * @return {@code true} if it is
	 */
	public boolean matches(String method, String path) {
		Assert.notNull(method, "'method' must not be null");
		Assert.notNull(path, "'path' must not be null");
		return this.method.equalsIgnoreCase(method) && this.path.matcher(path).matches();
	}

	/**
	 * Return the endpoint a request with the given method and path is to.
	 * @param method the HTTP method
	 * @param path the path, without the query
	 * @return the endpoint, or {@code null} for other requests (the admin API, the
	 * sign-in flow, unknown paths)
	 */
	public static @Nullable Endpoint of(String method, String path) {
		for (Endpoint endpoint : values()) {
			if (endpoint.matches(method, path)) {
				return endpoint;
			}
		}
		return null;
	}

}
