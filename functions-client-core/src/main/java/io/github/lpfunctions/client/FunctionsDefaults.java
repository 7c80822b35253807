package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The defaults of the client, in one place: the template's builder, the discovery
 * resolver and the client-credentials authentication start from these (the retry defaults
 * are {@code RetrySettings.defaults()}). The Spring Boot properties repeat them as
 * literals, which the configuration processor turns into documented defaults; a test of
 * the starter keeps the two equal.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FunctionsDefaults {

	/** Base URL of LivePerson's service discovery (CSDS). */
	public static final URI DISCOVERY_URI = URI.create("https://api.liveperson.net");

	/** Scheme put in front of discovered hosts. */
	public static final String DISCOVERY_SCHEME = "https";

	/** How long discovered domains are reused before a refresh is due. */
	public static final Duration DISCOVERY_TTL = Duration.ofMinutes(10);

	/** Pause after a failed discovery before the next attempt. */
	public static final Duration DISCOVERY_RETRY_PAUSE = Duration.ofSeconds(30);

	/**
	 * Time one discovery may take, retries included, when it is used on its own; the
	 * template gives it its own timeout.
	 */
	public static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Time one token request may take, retries included, when the authentication is used
	 * on its own; the template gives it its own timeout.
	 */
	public static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(10);

	/** Pause after a failed token refresh before the next, while a valid token serves. */
	public static final Duration TOKEN_REFRESH_PAUSE = Duration.ofSeconds(10);

	/**
	 * How long a failed token request is remembered while no valid token exists (varied
	 * by up to 20% either way): callers meanwhile fail at once with that failure.
	 */
	public static final Duration TOKEN_FAILURE_PAUSE = Duration.ofSeconds(5);

	/**
	 * Lifetime assumed for a Login API bearer that states none (it is a session token,
	 * not always a JWT with an expiry): short, so that a session LivePerson ended is
	 * replaced soon even where no 401 tells it.
	 */
	public static final Duration LOGIN_SESSION_LIFETIME = Duration.ofMinutes(5);

	/**
	 * The caller's name sent as {@code externalSystem} (V1) or {@code LP-EventSource}
	 * (V2).
	 */
	public static final String EVENT_SOURCE = "liveperson-functions-spring";

	/**
	 * Deadline of one call, discovery, token and retries included: the platform stops a
	 * function after 30 s.
	 */
	public static final Duration TIMEOUT = Duration.ofSeconds(35);

	/** TCP connect timeout of the default connector. */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long a pooled connection may stay idle: below the idle limits of common load
	 * balancers (60 s and more), so a request never goes out on a connection the load
	 * balancer has just dropped.
	 */
	public static final Duration CONNECTION_MAX_IDLE_TIME = Duration.ofSeconds(30);

	/**
	 * The most connections the default connector opens to one host; further requests wait
	 * for a free connection within their deadline. Few enough that a burst of first calls
	 * does not spend its time on TLS handshakes: on 2 cores, 1,000 concurrent cold calls
	 * took 2.3 s over 500 connections, 1.2 s over 64 and 0.9 s over 16, and on a loaded
	 * machine 500 handshakes at once timed out and failed most calls (the cold-burst
	 * harness of the benchmarks). Twice Reactor Netty's own default on small machines,
	 * because on a real network each call also waits for LivePerson's round trip and a
	 * call to a slow function holds its connection for its whole run. Raise it when more
	 * calls to slow functions must run at once.
	 */
	public static final int MAX_CONNECTIONS = 32;

	/** How long an isImplemented answer is reused. */
	public static final Duration IS_IMPLEMENTED_CACHE_TTL = Duration.ofSeconds(60);

	/** How many isImplemented answers are kept at most. */
	public static final int IS_IMPLEMENTED_CACHE_SIZE = 1000;

	/** The largest response body accepted, in bytes: 10 MiB. */
	public static final int MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

	/**
	 * The domains whose hosts service discovery may name for credentials and tokens.
	 * Every production host of LivePerson Functions is under {@code liveperson.net}: the
	 * discovery hosts ({@code api.liveperson.net}, {@code adminlogin.liveperson.net}),
	 * the regional gateways and authorization servers
	 * ({@code va|lo|sy.faasgw.liveperson.net}, {@code va|lo|sy.sentinel.liveperson.net},
	 * LivePerson's documented fixed domains), and the discovered V2 gateways, which the
	 * official clients recognize only by {@code fninvocations} or {@code functions} in
	 * the host name. No public source names a host of these services under another
	 * domain; accounts on other environments (QA, private clouds) add theirs.
	 */
	public static final List<String> TRUSTED_DOMAINS = List.of("liveperson.net");

	/**
	 * The largest request body sent, in bytes: 10 MiB. LivePerson documents no limit of
	 * its own but refuses far larger bodies, and only after the upload.
	 */
	public static final int MAX_REQUEST_BYTES = 10 * 1024 * 1024;

	private FunctionsDefaults() {
	}

}
