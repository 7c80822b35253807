package io.github.lpfunctions.client.discovery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import io.github.lpfunctions.client.retry.RetryPolicy;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.client.support.Arguments;
import io.github.lpfunctions.client.support.Deadline;
import io.github.lpfunctions.client.support.ProtocolJson;
import io.github.lpfunctions.client.support.SingleFlight;

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

	private final Duration retryPause;

	private final Duration timeout;

	private final Clock clock;

	private final @Nullable ServiceEndpoints fallback;

	private final Function<ServiceEndpoints, ServiceEndpoints> overrides;

	private final RetryPolicy retryPolicy;

	private final SingleFlight<ServiceEndpoints> singleFlight = new SingleFlight<>();

	private volatile @Nullable Cached cached;

	private volatile Instant nextAttempt = Instant.MIN;

	private CsdsEndpointResolver(Builder builder) {
		this.webClient = Arguments.notNull(builder.webClient, "webClient");
		this.csdsUri = Arguments.notNull(builder.csdsUri, "csdsUri");
		this.accountId = Arguments.notBlank(builder.accountId, "accountId");
		this.scheme = builder.scheme;
		this.ttl = builder.ttl;
		this.retryPause = builder.retryPause;
		this.timeout = builder.timeout;
		this.clock = builder.clock;
		this.fallback = builder.fallback;
		this.overrides = builder.overrides;
		this.retryPolicy = builder.retryPolicy;
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
			Cached current = this.cached;
			Instant now = this.clock.instant();
			if (current != null) {
				if (now.isAfter(current.expiresAt) && !now.isBefore(this.nextAttempt)) {
					refreshInBackground();
				}
				return Mono.just(current.endpoints);
			}
			if (this.fallback != null && now.isBefore(this.nextAttempt)) {
				return Mono.just(this.overrides.apply(this.fallback));
			}
			return this.singleFlight.run(this::discoverUnlessFresh)
				.onErrorResume(FaaSException.class, this::fallbackOrError);
		});
	}

	private void refreshInBackground() {
		this.singleFlight.run(this::discoverUnlessFresh)
			.subscribe(null, (ex) -> logger.warn("Service discovery failed, keeping the last known domains: {}",
					ex.getMessage()));
	}

	private Mono<ServiceEndpoints> fallbackOrError(FaaSException ex) {
		if (this.fallback == null) {
			return Mono.error(ex);
		}
		logger.warn("Service discovery failed, using the region's fixed domains: {}", ex.getMessage());
		return Mono.just(this.overrides.apply(this.fallback));
	}

	// A caller may find the cache empty just before a flight stores its answer, and the
	// single flight free just after: looking again here spares a second request.
	private Mono<ServiceEndpoints> discoverUnlessFresh() {
		Cached current = this.cached;
		if (current != null && !this.clock.instant().isAfter(current.expiresAt)) {
			return Mono.just(current.endpoints);
		}
		return discover();
	}

	private Mono<ServiceEndpoints> discover() {
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
			.retryWhen(this.retryPolicy.forReads(deadline))
			.timeout(deadline.remaining())
			.map(this::toEndpoints)
			.doOnNext(this::store)
			.onErrorMap((ex) -> !(ex instanceof FaaSException) || ex instanceof FaaSDetailedException,
					(ex) -> new FaaSException("Service discovery failed for account " + this.accountId + " at "
							+ this.csdsUri + ": " + describe(ex), null, ex))
			.doOnError((ex) -> this.nextAttempt = this.clock.instant().plus(this.retryPause));
	}

	private static CsdsResponse parse(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return ProtocolJson.read(bytes, CsdsResponse.class);
		}
		catch (JacksonException ex) {
			throw new FaaSException("Service discovery answered with JSON that is not a list of services ("
					+ ex.getClass().getSimpleName() + ")", null);
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private void store(ServiceEndpoints endpoints) {
		this.cached = new Cached(endpoints, this.clock.instant().plus(this.ttl));
		this.nextAttempt = Instant.MIN;
		logger.debug("Discovered gateway {} and authorization server {} for account {}", endpoints.gateway(),
				endpoints.sentinel(), this.accountId);
	}

	private ServiceEndpoints toEndpoints(CsdsResponse response) {
		Map<String, String> hosts = (response.baseURIs() != null) ? response.baseURIs()
			.stream()
			.filter((entry) -> entry.service() != null && entry.baseURI() != null)
			.collect(Collectors.toMap(BaseUri::service, BaseUri::baseURI, (first, second) -> first)) : Map.of();
		ServiceEndpoints discovered = new ServiceEndpoints(uri(hosts, "faasGW", true), uri(hosts, "sentinel", true),
				uri(hosts, "faasUI", false));
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
		return URI.create(this.scheme + "://" + host);
	}

	private static String describe(Throwable ex) {
		if (ex instanceof TimeoutException) {
			return "no answer in time";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	private record Cached(ServiceEndpoints endpoints, Instant expiresAt) {

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

		private URI csdsUri = URI.create("https://api.liveperson.net");

		private @Nullable String accountId;

		private String scheme = "https";

		private Duration ttl = Duration.ofMinutes(10);

		private Duration retryPause = Duration.ofSeconds(30);

		private Duration timeout = Duration.ofSeconds(10);

		private Clock clock = Clock.systemUTC();

		private @Nullable ServiceEndpoints fallback;

		private Function<ServiceEndpoints, ServiceEndpoints> overrides = Function.identity();

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
			this.csdsUri = URI.create(csdsUri.toString().replaceAll("/+$", ""));
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
			if (!"https".equals(scheme) && !"http".equals(scheme)) {
				throw new IllegalArgumentException("'scheme' must be https or http but was '" + scheme + "'");
			}
			this.scheme = scheme;
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
			this.overrides = (endpoints) -> endpoints.withOverrides(gateway, sentinel, management);
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
		 * Build the resolver.
		 * @return the resolver
		 */
		public CsdsEndpointResolver build() {
			return new CsdsEndpointResolver(this);
		}

	}

}
