package io.github.lpfunctions.client.discovery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.FaaSDetailedException;
import io.github.lpfunctions.client.FaaSError;
import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FunctionsDefaults;
import io.github.lpfunctions.client.retry.RetryPolicy;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.client.support.Arguments;
import io.github.lpfunctions.client.support.Deadline;
import io.github.lpfunctions.client.support.LivePersonJson;
import io.github.lpfunctions.client.support.RefreshingValue;
import io.github.lpfunctions.client.support.RefreshingValue.Lease;
import io.github.lpfunctions.client.support.TrustedDomains;

/**
 * {@link EndpointResolver} backed by LivePerson's service discovery (CSDS): {@code GET
 * {csds}/api/account/{account}/service/baseURI.json?version=1.0}.
 * <ul>
 * <li>Answers are reused for the configured time to live; however many callers arrive,
 * one discovery request is in flight at a time.</li>
 * <li>Once the time to live has passed, the last known domains keep serving while a
 * refresh runs in the background; when discovery fails they keep serving, and discovery
 * is tried again after a pause.</li>
 * <li>When discovery fails before it ever succeeded, the fallback (a {@link Region}'s
 * domains) serves, if configured; otherwise the caller gets a {@link FaaSException}.</li>
 * <li>Explicit per-service overrides replace what discovery found.</li>
 * <li>A discovered host that receives credentials or tokens must be under one of the
 * trusted domains ({@link FunctionsDefaults#TRUSTED_DOMAINS} by default) or loopback;
 * otherwise discovery fails, naming the host, before anything is sent to it. Services
 * with an explicit override are not checked: their discovered host is never used.</li>
 * </ul>
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class CsdsEndpointResolver implements EndpointResolver {

	private static final Logger logger = LoggerFactory.getLogger(CsdsEndpointResolver.class);

	private static final int MAX_ANSWER_BYTES = 1024 * 1024;

	private static final Pattern HOST_AND_PORT = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");

	private final WebClient webClient;

	private final URI csdsUri;

	private final String accountId;

	private final String scheme;

	private final Duration ttl;

	private final Duration timeout;

	private final Clock clock;

	private final @Nullable ServiceEndpoints fallback;

	private final Function<ServiceEndpoints, ServiceEndpoints> overrides;

	private final Set<String> overridden;

	private final TrustedDomains trustedDomains;

	private final RetryPolicy retryPolicy;

	private final RefreshingValue<ServiceEndpoints> discovered;

	private CsdsEndpointResolver(Builder builder) {
		this.webClient = Arguments.notNull(builder.webClient, "webClient");
		this.csdsUri = Arguments.withoutTrailingSlash(Arguments.notNull(builder.csdsUri, "csdsUri"));
		this.accountId = Arguments.accountId(builder.accountId);
		this.scheme = builder.scheme;
		this.ttl = Arguments.positive(builder.ttl, "ttl");
		this.timeout = Arguments.positive(builder.timeout, "timeout");
		this.clock = builder.clock;
		this.fallback = builder.fallback;
		this.overrides = builder.overrides;
		this.overridden = builder.overridden;
		this.trustedDomains = TrustedDomains.of(builder.trustedDomains, "trustedDomains");
		this.retryPolicy = builder.retryPolicy;
		this.discovered = RefreshingValue.of(this::discover, this.clock,
				Arguments.notNegative(builder.retryPause, "retryPause"),
				(ex) -> logger.warn("Service discovery failed, keeping the last known domains: {}", ex.getMessage()));
	}

	/**
	 * Start building a resolver.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Mono<ServiceEndpoints> resolve() {
		return Mono.defer(() -> {
			if (this.fallback != null && !this.discovered.hasUsableValue() && this.discovered.isPaused()) {
				return Mono.just(this.overrides.apply(this.fallback));
			}
			return this.discovered.get().onErrorResume(FaaSException.class, this::fallbackOrError);
		});
	}

	private Mono<ServiceEndpoints> fallbackOrError(FaaSException ex) {
		if (this.fallback == null) {
			return Mono.error(ex);
		}
		logger.warn("Service discovery failed, using the region's fixed domains: {}", ex.getMessage());
		return Mono.just(this.overrides.apply(this.fallback));
	}

	private Mono<Lease<ServiceEndpoints>> discover() {
		Deadline deadline = Deadline.in(this.timeout);
		return this.webClient.get()
			.uri(this.csdsUri + "/api/account/{accountId}/service/baseURI.json?version=1.0", this.accountId)
			.accept(MediaType.APPLICATION_JSON)
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), MAX_ANSWER_BYTES)
						.map(CsdsEndpointResolver::parse);
				}
				int status = response.statusCode().value();
				return response.releaseBody()
					.then(Mono.error(new FaaSDetailedException("Service discovery answered " + status,
							new FaaSError(null, "HTTP " + status), status, null, null, null, null)));
			})
			.transform(this.retryPolicy.forReads(deadline))
			.timeout(deadline.remaining())
			.map(this::toEndpoints)
			.map(this::lease)
			.onErrorMap((ex) -> !(ex instanceof FaaSException) || ex instanceof FaaSDetailedException,
					(ex) -> new FaaSException("Service discovery failed for account " + this.accountId + " at "
							+ this.csdsUri + ": " + describe(ex), null, ex));
	}

	// Discovered domains serve until a later discovery replaces them, however stale: a
	// refresh is due once the time to live has passed.
	private Lease<ServiceEndpoints> lease(ServiceEndpoints endpoints) {
		logger.debug("Discovered gateway {} and authorization server {} for account {}", endpoints.gateway(),
				endpoints.sentinel(), this.accountId);
		return new Lease<>(endpoints, this.clock.instant().plus(this.ttl).plusNanos(1), Instant.MAX);
	}

	private static CsdsResponse parse(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return LivePersonJson.read(bytes, CsdsResponse.class);
		}
		catch (JacksonException ex) {
			throw new FaaSException("Service discovery answered with JSON that is not a list of services ("
					+ ex.getClass().getSimpleName() + ")", null);
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private ServiceEndpoints toEndpoints(CsdsResponse response) {
		Map<String, String> hosts = (response.baseURIs() != null) ? response.baseURIs()
			.stream()
			.filter((entry) -> entry.service() != null && entry.baseURI() != null)
			.collect(Collectors.toMap(BaseUri::service, BaseUri::baseURI, (first, second) -> first)) : Map.of();
		ServiceEndpoints discovered = new ServiceEndpoints(uri(hosts, "faasGW", true), uri(hosts, "sentinel", true),
				uri(hosts, "faasUI", false), uri(hosts, "agentVep", false));
		return this.overrides.apply(discovered);
	}

	private @Nullable URI uri(Map<String, String> hosts, String service, boolean required) {
		String host = hosts.get(service);
		if (host == null) {
			if (required) {
				throw new FaaSException("Service discovery failed for account " + this.accountId
						+ ": the answer names no '" + service + "' service", null);
			}
			return null;
		}
		if (!HOST_AND_PORT.matcher(host).matches()) {
			throw new FaaSException("Service discovery failed for account " + this.accountId + ": '" + service
					+ "' is not a host[:port] but '" + host + "'", null);
		}
		URI uri = URI.create(this.scheme + "://" + host);
		if (!this.overridden.contains(service) && !this.trustedDomains.trusts(uri.getHost())) {
			throw new FaaSException(
					"Service discovery failed for account " + this.accountId + ": the answer names the host '"
							+ uri.getHost() + "' for '" + service + "', which is not under a trusted domain ("
							+ this.trustedDomains + "), so nothing is sent to it. If the host is LivePerson's, add its "
							+ "domain to 'trustedDomains' (Spring Boot: 'liveperson.functions.trusted-domains')",
					null);
		}
		return uri;
	}

	private static String describe(Throwable ex) {
		if (ex instanceof TimeoutException) {
			return "no answer in time";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CsdsResponse(@Nullable List<BaseUri> baseURIs) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BaseUri(@Nullable String service, @Nullable String account, @Nullable String baseURI) {

	}

	/**
	 * Builder of {@link CsdsEndpointResolver}.
	 */
	public static final class Builder {

		private @Nullable WebClient webClient;

		private URI csdsUri = FunctionsDefaults.DISCOVERY_URI;

		private @Nullable String accountId;

		private String scheme = FunctionsDefaults.DISCOVERY_SCHEME;

		private Duration ttl = FunctionsDefaults.DISCOVERY_TTL;

		private Duration retryPause = FunctionsDefaults.DISCOVERY_RETRY_PAUSE;

		private Duration timeout = FunctionsDefaults.DISCOVERY_TIMEOUT;

		private Clock clock = Clock.systemUTC();

		private @Nullable ServiceEndpoints fallback;

		private Function<ServiceEndpoints, ServiceEndpoints> overrides = Function.identity();

		private Set<String> overridden = Set.of();

		private Collection<String> trustedDomains = FunctionsDefaults.TRUSTED_DOMAINS;

		private RetryPolicy retryPolicy = new RetryPolicy(RetrySettings.defaults());

		private Builder() {
		}

		/**
		 * Set the WebClient for discovery requests; it must not carry credentials.
		 * @param webClient the web client
		 * @return this builder
		 */
		public Builder webClient(WebClient webClient) {
			this.webClient = webClient;
			return this;
		}

		/**
		 * Set the discovery base URL; {@code https://api.liveperson.net} by default.
		 * @param csdsUri the base URL
		 * @return this builder
		 */
		public Builder csdsUri(URI csdsUri) {
			this.csdsUri = csdsUri;
			return this;
		}

		/**
		 * Set the account whose services are discovered.
		 * @param accountId the LivePerson account id
		 * @return this builder
		 */
		public Builder accountId(String accountId) {
			this.accountId = accountId;
			return this;
		}

		/**
		 * Set the scheme put in front of discovered hosts; {@code https} by default.
		 * @param scheme {@code https}, or {@code http} for local test setups
		 * @return this builder
		 */
		public Builder scheme(String scheme) {
			this.scheme = Arguments.scheme(scheme, "scheme");
			return this;
		}

		/**
		 * Set how long discovered domains are reused; 10 minutes by default.
		 * @param ttl the time to live
		 * @return this builder
		 */
		public Builder ttl(Duration ttl) {
			this.ttl = ttl;
			return this;
		}

		/**
		 * Set how long to wait after a failed discovery before trying again; 30 s by
		 * default.
		 * @param retryPause the pause
		 * @return this builder
		 */
		public Builder retryPause(Duration retryPause) {
			this.retryPause = retryPause;
			return this;
		}

		/**
		 * Set the time one discovery may take, retries included; 10 s by default.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the clock that decides expiry, for tests.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Set the endpoints used when discovery fails before it ever succeeded.
		 * @param fallback typically {@link Region#endpoints()}
		 * @return this builder
		 */
		public Builder fallback(@Nullable ServiceEndpoints fallback) {
			this.fallback = fallback;
			return this;
		}

		/**
		 * Set explicit URLs that replace what discovery finds for a service.
		 * @param gateway the gateway URL, or {@code null}
		 * @param sentinel the authorization server URL, or {@code null}
		 * @param management the management URL, or {@code null}
		 * @return this builder
		 */
		public Builder overrides(@Nullable URI gateway, @Nullable URI sentinel, @Nullable URI management) {
			return overrides(gateway, sentinel, management, null);
		}

		/**
		 * Set explicit URLs that replace what discovery finds for a service.
		 * @param gateway the gateway URL, or {@code null}
		 * @param sentinel the authorization server URL, or {@code null}
		 * @param management the management URL, or {@code null}
		 * @param login the Login API URL ({@code agentVep}), or {@code null}
		 * @return this builder
		 */
		public Builder overrides(@Nullable URI gateway, @Nullable URI sentinel, @Nullable URI management,
				@Nullable URI login) {
			this.overrides = (endpoints) -> endpoints.withOverrides(gateway, sentinel, management, login);
			Set<String> overridden = new HashSet<>();
			if (gateway != null) {
				overridden.add("faasGW");
			}
			if (sentinel != null) {
				overridden.add("sentinel");
			}
			if (management != null) {
				overridden.add("faasUI");
			}
			if (login != null) {
				overridden.add("agentVep");
			}
			this.overridden = Set.copyOf(overridden);
			return this;
		}

		/**
		 * Set the retry policy of discovery requests.
		 * @param retryPolicy the policy
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
			return this;
		}

		/**
		 * Set the domains whose hosts discovery may name; {@code liveperson.net} by
		 * default. A host under none of them, and not loopback, fails discovery.
		 * @param trustedDomains domain names such as {@code liveperson.net}
		 * @return this builder
		 */
		public Builder trustedDomains(Collection<String> trustedDomains) {
			this.trustedDomains = trustedDomains;
			return this;
		}

		/**
		 * Build the resolver.
		 * @return the resolver
		 */
		public CsdsEndpointResolver build() {
			return new CsdsEndpointResolver(this);
		}

	}

}
