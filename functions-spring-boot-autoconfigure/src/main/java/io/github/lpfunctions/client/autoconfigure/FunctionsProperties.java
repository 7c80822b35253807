package io.github.lpfunctions.client.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import io.github.lpfunctions.client.FunctionsDefaults;
import io.github.lpfunctions.client.Platform;
import io.github.lpfunctions.client.discovery.Region;

/**
 * Configuration properties of the LivePerson Functions client, under
 * {@code liveperson.functions}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@ConfigurationProperties(FunctionsProperties.PREFIX)
public class FunctionsProperties {

	/**
	 * Prefix of every property.
	 */
	public static final String PREFIX = "liveperson.functions";

	/**
	 * Event source when neither 'event-source' nor 'spring.application.name' is set.
	 */
	static final String DEFAULT_EVENT_SOURCE = "spring-application";

	/**
	 * Whether the LivePerson Functions client is auto-configured.
	 */
	private boolean enabled = true;

	/**
	 * LivePerson account (site) id. Required.
	 */
	private @Nullable String accountId;

	/**
	 * Region whose fixed domains serve when discovery is off or fails before any success:
	 * us, emea or apac.
	 */
	private @Nullable Region region;

	/**
	 * OAuth 2.0 client id of the app installation.
	 */
	private @Nullable String clientId;

	/**
	 * OAuth 2.0 client secret of the app installation.
	 */
	private @Nullable String clientSecret;

	/**
	 * Name of this application sent as 'externalSystem' (V1) or 'LP-EventSource' (V2);
	 * 'spring.application.name' by default.
	 */
	private @Nullable String eventSource;

	/**
	 * Deadline of one call, discovery, token and retries included.
	 */
	private Duration timeout = Duration.ofSeconds(35);

	/**
	 * TCP connect timeout.
	 */
	private Duration connectTimeout = Duration.ofSeconds(2);

	/**
	 * How long a pooled connection may stay idle before it is closed; keep it below the
	 * idle limit of the load balancers in between.
	 */
	private Duration connectionMaxIdleTime = Duration.ofSeconds(30);

	/**
	 * Most connections to one host; further calls wait for a free one within their
	 * deadline. Raise it when more calls to slow functions must run at once.
	 */
	private int maxConnections = 32;

	/**
	 * Platform generation of the account: v1, v2, or auto to detect it from the gateway.
	 */
	private PlatformMode platform = PlatformMode.AUTO;

	/**
	 * Largest response body accepted.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(10);

	/**
	 * Whether credentials may be sent over plain http to hosts other than loopback; never
	 * needed against LivePerson.
	 */
	private boolean allowInsecureHttp;

	/**
	 * Domains whose hosts service discovery may name: credentials and tokens go only to
	 * hosts under one of them (subdomains included), to loopback hosts and to the
	 * configured 'endpoints.*'; a discovery answer naming any other host fails.
	 */
	private List<String> trustedDomains = new ArrayList<>(FunctionsDefaults.TRUSTED_DOMAINS);

	/**
	 * Largest request body sent: an invocation whose serialized payload makes a larger
	 * body fails with an IllegalArgumentException naming 'maxRequestBytes', the client
	 * setting this property sets, before anything is sent.
	 */
	private DataSize maxRequestSize = DataSize.ofMegabytes(10);

	private final Discovery discovery = new Discovery();

	private final Endpoints endpoints = new Endpoints();

	private final IsImplemented isImplemented = new IsImplemented();

	private final Retry retry = new Retry();

	private final Health health = new Health();

	private final Ssl ssl = new Ssl();

	private final Token token = new Token();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(@Nullable String accountId) {
		this.accountId = accountId;
	}

	public @Nullable Region getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable Region region) {
		this.region = region;
	}

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public @Nullable String getEventSource() {
		return this.eventSource;
	}

	public void setEventSource(@Nullable String eventSource) {
		this.eventSource = eventSource;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getConnectionMaxIdleTime() {
		return this.connectionMaxIdleTime;
	}

	public void setConnectionMaxIdleTime(Duration connectionMaxIdleTime) {
		this.connectionMaxIdleTime = connectionMaxIdleTime;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public PlatformMode getPlatform() {
		return this.platform;
	}

	public void setPlatform(PlatformMode platform) {
		this.platform = platform;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public List<String> getTrustedDomains() {
		return this.trustedDomains;
	}

	public void setTrustedDomains(List<String> trustedDomains) {
		this.trustedDomains = trustedDomains;
	}

	public DataSize getMaxRequestSize() {
		return this.maxRequestSize;
	}

	public void setMaxRequestSize(DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	public Discovery getDiscovery() {
		return this.discovery;
	}

	public Endpoints getEndpoints() {
		return this.endpoints;
	}

	public IsImplemented getIsImplemented() {
		return this.isImplemented;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Health getHealth() {
		return this.health;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Token getToken() {
		return this.token;
	}

	/**
	 * Service discovery (CSDS) settings.
	 */
	public static class Discovery {

		/**
		 * Whether the account's domains come from LivePerson's service discovery (CSDS).
		 */
		private boolean enabled = true;

		/**
		 * Base URL of the service discovery API.
		 */
		private URI uri = URI.create("https://api.liveperson.net");

		/**
		 * Scheme of discovered hosts; http only for loopback test setups.
		 */
		private String scheme = "https";

		/**
		 * How long discovered domains are reused.
		 */
		private Duration ttl = Duration.ofMinutes(10);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public URI getUri() {
			return this.uri;
		}

		public void setUri(URI uri) {
			this.uri = uri;
		}

		public String getScheme() {
			return this.scheme;
		}

		public void setScheme(String scheme) {
			this.scheme = scheme;
		}

		public Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(Duration ttl) {
			this.ttl = ttl;
		}

	}

	/**
	 * Explicit service URLs, each bypassing discovery for its service.
	 */
	public static class Endpoints {

		/**
		 * URL of the invocation gateway (faasGW), such as
		 * 'https://va.faasgw.liveperson.net', which is then not discovered.
		 */
		private @Nullable URI gateway;

		/**
		 * URL of the authorization server (Sentinel), such as
		 * 'https://va.sentinel.liveperson.net', which is then not discovered.
		 */
		private @Nullable URI sentinel;

		/**
		 * URL of the function management host (faasUI), needed only to list functions.
		 */
		private @Nullable URI management;

		/**
		 * URL of LivePerson's Login API host (agentVep), needed only for 'user-login';
		 * discovered unless set.
		 */
		private @Nullable URI login;

		public @Nullable URI getGateway() {
			return this.gateway;
		}

		public void setGateway(@Nullable URI gateway) {
			this.gateway = gateway;
		}

		public @Nullable URI getSentinel() {
			return this.sentinel;
		}

		public void setSentinel(@Nullable URI sentinel) {
			this.sentinel = sentinel;
		}

		public @Nullable URI getManagement() {
			return this.management;
		}

		public void setManagement(@Nullable URI management) {
			this.management = management;
		}

		public @Nullable URI getLogin() {
			return this.login;
		}

		public void setLogin(@Nullable URI login) {
			this.login = login;
		}

	}

	/**
	 * Cache of isImplemented answers.
	 */
	public static class IsImplemented {

		/**
		 * How long an isImplemented answer is reused. Zero turns the cache off.
		 */
		private Duration cacheTtl = Duration.ofSeconds(60);

		/**
		 * Maximum number of cached isImplemented answers.
		 */
		private int cacheSize = 1000;

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public int getCacheSize() {
			return this.cacheSize;
		}

		public void setCacheSize(int cacheSize) {
			this.cacheSize = cacheSize;
		}

	}

	/**
	 * Retries of failed requests: exponential back-off with jitter, within the deadline.
	 */
	public static class Retry {

		/**
		 * Maximum number of attempts, the first included; 1 turns retries off.
		 */
		private int maxAttempts = 3;

		/**
		 * Back-off before the second attempt; later back-offs grow from it.
		 */
		private Duration baseDelay = Duration.ofMillis(100);

		/**
		 * Longest back-off between two attempts.
		 */
		private Duration maxDelay = Duration.ofSeconds(2);

		/**
		 * Whether invocations are retried like reads (after timeouts, resets and 5xx
		 * answers). Only safe when every invoked function is idempotent.
		 */
		private boolean invocations;

		/**
		 * Retry budget: tokens in a full bucket. A retry takes 5, a successful call gives
		 * one back, so an outage does not multiply the load; 0 turns retries off.
		 */
		private int budget = 500;

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getBaseDelay() {
			return this.baseDelay;
		}

		public void setBaseDelay(Duration baseDelay) {
			this.baseDelay = baseDelay;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public boolean isInvocations() {
			return this.invocations;
		}

		public void setInvocations(boolean invocations) {
			this.invocations = invocations;
		}

		public int getBudget() {
			return this.budget;
		}

		public void setBudget(int budget) {
			this.budget = budget;
		}

	}

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * How long a health result is reused, so that frequent probes do not reach the
		 * authorization server each time.
		 */
		private Duration cacheTtl = Duration.ofSeconds(10);

		/**
		 * Longest time one health check may take.
		 */
		private Duration timeout = Duration.ofSeconds(10);

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * TLS settings of the connections to LivePerson: discovery, sentinel and gateway.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) whose trust material and keys the
		 * connections use, e.g. to trust a corporate TLS-inspecting proxy. The JVM's
		 * default trust store when not set.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Access token settings.
	 */
	public static class Token {

		/**
		 * How long a failed token request is remembered while no valid token exists,
		 * varied by up to 20% either way: meanwhile calls fail at once with that failure
		 * and no request reaches the authorization server. Zero remembers nothing.
		 */
		private Duration failurePause = Duration.ofSeconds(5);

		/**
		 * How long before its expiry the client-credentials token is refreshed in the
		 * background. When unset: the smaller of 5 minutes and 10% of the token's
		 * lifetime, but at least twice the expiry margin (the smaller of 10 s and 10%). A
		 * value as long as the lifetime or longer refreshes on every call.
		 */
		private @Nullable Duration refreshAhead;

		public Duration getFailurePause() {
			return this.failurePause;
		}

		public void setFailurePause(Duration failurePause) {
			this.failurePause = failurePause;
		}

		public @Nullable Duration getRefreshAhead() {
			return this.refreshAhead;
		}

		public void setRefreshAhead(@Nullable Duration refreshAhead) {
			this.refreshAhead = refreshAhead;
		}

	}

	/**
	 * Platform generation of the account as configured: one of the {@link Platform}s, or
	 * {@link #AUTO} to tell it from the gateway host.
	 */
	public enum PlatformMode {

		/**
		 * Tell the platform from the gateway host, as the official Node client does.
		 */
		AUTO(null),

		/**
		 * The original platform, {@link Platform#V1}.
		 */
		V1(Platform.V1),

		/**
		 * The newer platform, {@link Platform#V2}.
		 */
		V2(Platform.V2);

		private final @Nullable Platform platform;

		PlatformMode(@Nullable Platform platform) {
			this.platform = platform;
		}

		/**
		 * Return the platform this mode fixes.
		 * @return the platform, or {@code null} to detect it from the gateway host
		 */
		public @Nullable Platform platform() {
			return this.platform;
		}

	}

}
