package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.Region;
import io.github.lpfunctions.client.observation.FunctionsObservationConvention;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.client.support.Arguments;
import io.github.lpfunctions.client.support.TransportSecurity;
import io.github.lpfunctions.client.support.TrustedDomains;

/**
 * The settings of the template's builder: the account, its credentials and endpoints and
 * the calls, on top of the transport settings of
 * {@link AbstractTransportSettingsBuilder}; each with its default (from
 * {@link FunctionsDefaults}) and its validation. Only the account id and the credentials
 * are required; everything else has the defaults of the Spring Boot starter. Extended
 * only by the template's own builder, which adds {@code build()}.
 *
 * @param <B> the type of the concrete builder, returned by every setter
 * @author LivePerson Functions for Spring contributors
 */
public abstract class AbstractFunctionsTemplateBuilder<B extends AbstractFunctionsTemplateBuilder<B>>
		extends AbstractTransportSettingsBuilder<B> {

	String accountId = "";

	@Nullable String clientId;

	@Nullable String clientSecret;

	@Nullable ClientAuthentication authentication;

	@Nullable EndpointResolver endpointResolver;

	boolean discoveryEnabled = true;

	URI discoveryUri = FunctionsDefaults.DISCOVERY_URI;

	String discoveryScheme = FunctionsDefaults.DISCOVERY_SCHEME;

	Duration discoveryTtl = FunctionsDefaults.DISCOVERY_TTL;

	@Nullable Region region;

	@Nullable URI gatewayUri;

	@Nullable URI sentinelUri;

	@Nullable URI managementUri;

	@Nullable URI loginUri;

	@Nullable String loginUsername;

	@Nullable String loginPassword;

	String eventSource = FunctionsDefaults.EVENT_SOURCE;

	Duration timeout = FunctionsDefaults.TIMEOUT;

	@Nullable Platform platform;

	Duration isImplementedCacheTtl = FunctionsDefaults.IS_IMPLEMENTED_CACHE_TTL;

	int isImplementedCacheSize = FunctionsDefaults.IS_IMPLEMENTED_CACHE_SIZE;

	RetrySettings retry = RetrySettings.defaults();

	Clock clock = Clock.systemUTC();

	ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	@Nullable FunctionsObservationConvention observationConvention;

	Collection<String> trustedDomains = FunctionsDefaults.TRUSTED_DOMAINS;

	Duration tokenFailurePause = FunctionsDefaults.TOKEN_FAILURE_PAUSE;

	@Nullable Duration tokenRefreshAhead;

	RequestIdGenerator requestIdGenerator = RequestIdGenerator.randomUuid();

	AbstractFunctionsTemplateBuilder() {
	}

	/**
	 * Set the LivePerson account (site) id. Required.
	 * @param accountId the account id
	 * @return this builder
	 */
	public B accountId(String accountId) {
		this.accountId = accountId;
		return self();
	}

	/**
	 * Authenticate with the OAuth 2.0 client credentials of the app installation.
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @return this builder
	 */
	public B clientCredentials(String clientId, String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		return self();
	}

	/**
	 * Log a service user in through LivePerson's Login API, on the discovered
	 * {@code agentVep} host (or {@link #loginEndpoint(URI)}), for listings: without
	 * per-call credentials, {@code getLambdas} is authorized with this user's bearer,
	 * which LivePerson requires, while invocations keep the client credentials. Without
	 * client credentials or an authentication of your own, every call uses this user. The
	 * password is sent only to the Login API host, never logged.
	 * @param username the user's login name
	 * @param password the user's password
	 * @return this builder
	 */
	public B userLogin(String username, String password) {
		this.loginUsername = username;
		this.loginPassword = password;
		return self();
	}

	/**
	 * Set the Login API host ({@code agentVep}) instead of the discovered one, such as
	 * {@code https://va-a.agentvep.liveperson.net}.
	 * @param login the Login API URL, or {@code null} to use discovery
	 * @return this builder
	 */
	public B loginEndpoint(@Nullable URI login) {
		this.loginUri = login;
		return self();
	}

	/**
	 * Authenticate with a strategy of your own instead of client credentials.
	 * @param authentication the authentication
	 * @return this builder
	 */
	public B authentication(ClientAuthentication authentication) {
		this.authentication = authentication;
		return self();
	}

	/**
	 * Resolve endpoints with a strategy of your own instead of discovery.
	 * @param endpointResolver the resolver
	 * @return this builder
	 */
	public B endpointResolver(EndpointResolver endpointResolver) {
		this.endpointResolver = endpointResolver;
		return self();
	}

	/**
	 * Set whether domains come from service discovery (CSDS); {@code true} by default.
	 * Without discovery, a region or explicit endpoints are needed.
	 * @param discoveryEnabled whether to use discovery
	 * @return this builder
	 */
	public B discoveryEnabled(boolean discoveryEnabled) {
		this.discoveryEnabled = discoveryEnabled;
		return self();
	}

	/**
	 * Set the discovery base URL; {@code https://api.liveperson.net} by default. Plain
	 * http is accepted only to a loopback address unless insecure http is allowed.
	 * @param discoveryUri the base URL
	 * @return this builder
	 */
	public B discoveryUri(URI discoveryUri) {
		this.discoveryUri = discoveryUri;
		return self();
	}

	/**
	 * Set the scheme of discovered hosts; {@code https} by default, {@code http} only for
	 * loopback test setups.
	 * @param discoveryScheme the scheme
	 * @return this builder
	 */
	public B discoveryScheme(String discoveryScheme) {
		this.discoveryScheme = discoveryScheme;
		return self();
	}

	/**
	 * Set how long discovered domains are reused; 10 minutes by default.
	 * @param discoveryTtl the time to live
	 * @return this builder
	 */
	public B discoveryTtl(Duration discoveryTtl) {
		this.discoveryTtl = discoveryTtl;
		return self();
	}

	/**
	 * Set the region whose fixed domains serve when discovery is off, or fails before it
	 * ever succeeded.
	 * @param region the region
	 * @return this builder
	 */
	public B region(@Nullable Region region) {
		this.region = region;
		return self();
	}

	/**
	 * Set explicit service URLs that bypass discovery for that service.
	 * @param gateway the gateway URL, or {@code null}
	 * @param sentinel the authorization server URL, or {@code null}
	 * @param management the management URL, or {@code null}
	 * @return this builder
	 */
	public B endpoints(@Nullable URI gateway, @Nullable URI sentinel, @Nullable URI management) {
		this.gatewayUri = gateway;
		this.sentinelUri = sentinel;
		this.managementUri = management;
		return self();
	}

	/**
	 * Set the caller's name sent as {@code externalSystem} (V1) or {@code LP-EventSource}
	 * (V2).
	 * @param eventSource the event source
	 * @return this builder
	 */
	public B eventSource(String eventSource) {
		this.eventSource = eventSource;
		return self();
	}

	/**
	 * Set the deadline of one call, discovery, token and retries included; 35 s by
	 * default (the platform stops a function after 30 s).
	 * @param timeout the deadline
	 * @return this builder
	 */
	public B timeout(Duration timeout) {
		this.timeout = timeout;
		return self();
	}

	/**
	 * Fix the platform generation instead of detecting it from the gateway host.
	 * @param platform the platform, or {@code null} to detect it
	 * @return this builder
	 */
	public B platform(@Nullable Platform platform) {
		this.platform = platform;
		return self();
	}

	/**
	 * Set how long an isImplemented answer is reused; 60 s by default, zero turns the
	 * cache off.
	 * @param ttl the time to live
	 * @return this builder
	 */
	public B isImplementedCacheTtl(Duration ttl) {
		this.isImplementedCacheTtl = ttl;
		return self();
	}

	/**
	 * Set how many isImplemented answers are kept at most; 1000 by default.
	 * @param size the maximum number of entries
	 * @return this builder
	 */
	public B isImplementedCacheSize(int size) {
		this.isImplementedCacheSize = size;
		return self();
	}

	/**
	 * Set the retry settings.
	 * @param retry the settings
	 * @return this builder
	 */
	public B retry(RetrySettings retry) {
		this.retry = retry;
		return self();
	}

	/**
	 * Set the clock for caches and token expiry, for tests.
	 * @param clock the clock
	 * @return this builder
	 */
	public B clock(Clock clock) {
		this.clock = clock;
		return self();
	}

	/**
	 * Set the observation registry; no observations without one.
	 * @param observationRegistry the registry
	 * @return this builder
	 */
	public B observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
		return self();
	}

	/**
	 * Set a convention that replaces the default names and tags.
	 * @param observationConvention the convention
	 * @return this builder
	 */
	public B observationConvention(@Nullable FunctionsObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
		return self();
	}

	/**
	 * Set the domains whose hosts service discovery may name: credentials and tokens go
	 * only to hosts under one of them (subdomains included), to loopback hosts, and to
	 * explicitly configured {@link #endpoints(URI, URI, URI) endpoints}. A discovery
	 * answer naming any other host fails, naming the host, before anything is sent to it.
	 * {@code liveperson.net} by default, where all of LivePerson's production hosts are.
	 * @param trustedDomains domain names such as {@code liveperson.net}
	 * @return this builder
	 */
	public B trustedDomains(Collection<String> trustedDomains) {
		this.trustedDomains = trustedDomains;
		return self();
	}

	/**
	 * Set how long a failed token request is remembered while no valid token exists; 5 s
	 * by default, varied by up to 20% either way, zero to remember none. Meanwhile
	 * callers get the same {@link FaaSAuthenticationException} at once (bad credentials
	 * included) and no request reaches the authorization server. A valid token keeps
	 * serving whatever happens to its refresh.
	 * @param tokenFailurePause the pause
	 * @return this builder
	 */
	public B tokenFailurePause(Duration tokenFailurePause) {
		this.tokenFailurePause = tokenFailurePause;
		return self();
	}

	/**
	 * Set how long before its expiry the client-credentials token is refreshed in the
	 * background, replacing the default rule (the smaller of 5 minutes and 10% of the
	 * token's lifetime, but at least twice the expiry margin; see
	 * {@link io.github.lpfunctions.client.auth.ClientCredentialsAuthentication}). The
	 * token still stops serving the smaller of 10 s and 10% of its lifetime before it
	 * expires. A value as long as the token's lifetime or longer makes every token due
	 * for refresh as soon as it arrives: each call then starts a background refresh (one
	 * at a time) while the token keeps serving, so keep it well below the lifetime.
	 * @param tokenRefreshAhead the time ahead of expiry, or {@code null} for the default
	 * rule
	 * @return this builder
	 */
	public B tokenRefreshAhead(@Nullable Duration tokenRefreshAhead) {
		this.tokenRefreshAhead = tokenRefreshAhead;
		return self();
	}

	/**
	 * Set how the {@code X-Request-ID} of a call without a per-call request id is made; a
	 * random UUID by default.
	 * @param requestIdGenerator the generator
	 * @return this builder
	 */
	public B requestIdGenerator(RequestIdGenerator requestIdGenerator) {
		this.requestIdGenerator = requestIdGenerator;
		return self();
	}

	/**
	 * Check every setting, those of the transport included, naming the one that is
	 * missing or wrong. The discovery resolver normalizes the scheme and the URL it is
	 * given.
	 * @throws IllegalArgumentException naming the setting
	 */
	void validate() {
		Arguments.accountId(this.accountId);
		Arguments.headerValue(Arguments.notBlank(this.eventSource, "eventSource"), "eventSource");
		Arguments.positive(this.timeout, "timeout");
		validateTransport();
		Arguments.positive(this.discoveryTtl, "discoveryTtl");
		Arguments.notNegative(this.isImplementedCacheTtl, "isImplementedCacheTtl");
		Arguments.notNegative(this.tokenFailurePause, "tokenFailurePause");
		if (this.tokenRefreshAhead != null) {
			Arguments.positive(this.tokenRefreshAhead, "tokenRefreshAhead");
		}
		Arguments.notNull(this.requestIdGenerator, "requestIdGenerator");
		Arguments.scheme(this.discoveryScheme, "discoveryScheme");
		Arguments.notNull(this.discoveryUri, "discoveryUri");
		TrustedDomains.of(this.trustedDomains, "trustedDomains");
		if (this.endpointResolver == null && this.discoveryEnabled
				&& (this.gatewayUri == null || this.sentinelUri == null)) {
			// whoever answers discovery chooses where the credentials go
			new TransportSecurity(this.allowInsecureHttp).checkSetting(this.discoveryUri, "discoveryUri");
		}
		if (this.isImplementedCacheSize < 0) {
			throw new IllegalArgumentException(
					"'isImplementedCacheSize' must not be negative but was " + this.isImplementedCacheSize);
		}
		if (this.endpointResolver == null && !this.discoveryEnabled && this.region == null
				&& (this.gatewayUri == null || this.sentinelUri == null)) {
			throw new IllegalArgumentException(
					"Without discovery, set 'region' or both the 'gateway' and 'sentinel' endpoints");
		}
		if ((this.loginUsername == null) != (this.loginPassword == null)) {
			throw new IllegalArgumentException("A user login needs both a 'username' and a 'password'");
		}
		if (this.loginUsername != null) {
			Arguments.notBlank(this.loginUsername, "username");
			Arguments.notBlank(this.loginPassword, "password");
		}
		boolean partialClientCredentials = (this.clientId == null) != (this.clientSecret == null);
		if (this.authentication == null && (partialClientCredentials
				|| (this.loginUsername == null && (this.clientId == null || this.clientSecret == null)))) {
			throw new IllegalArgumentException(
					"'clientId' and 'clientSecret' are required, or set an 'authentication' of your own");
		}
	}

}
