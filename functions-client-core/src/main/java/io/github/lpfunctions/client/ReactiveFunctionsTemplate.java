package io.github.lpfunctions.client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.DefaultUriBuilderFactory;

import io.github.lpfunctions.client.FunctionsJson.UnreadableResponseException;
import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.auth.ClientCredentialsAuthentication;
import io.github.lpfunctions.client.discovery.CsdsEndpointResolver;
import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.Region;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.discovery.StaticEndpointResolver;
import io.github.lpfunctions.client.observation.DefaultFunctionsObservationConvention;
import io.github.lpfunctions.client.observation.FunctionsObservationContext;
import io.github.lpfunctions.client.observation.FunctionsObservationConvention;
import io.github.lpfunctions.client.observation.FunctionsObservationDocumentation;
import io.github.lpfunctions.client.retry.RetryPolicy;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.client.support.Arguments;
import io.github.lpfunctions.client.support.Deadline;

/**
 * The reactive client of LivePerson Functions, bound to one account. Thread-safe; create
 * one per account and share it. Built with {@link #builder()}, or injected ready-made by
 * the Spring Boot starter.
 * <p>
 * Every operation resolves the account's hosts (service discovery, cached), authorizes
 * the request (OAuth 2.0 client credentials by default, token cached and refreshed ahead
 * of expiry), sends it with an {@code X-Request-ID}, retries what is safe to retry, and
 * ends within its deadline either with the result or with a {@link FaaSException}. Each
 * operation is observed as {@code liveperson.functions.requests}.
 *
 * @author LivePerson Functions for Spring contributors
 * @see FunctionsTemplate
 */
public final class ReactiveFunctionsTemplate implements ReactiveFunctionsOperations, AutoCloseable {

	private static final String USER_AGENT = "lpfunctions-spring/" + version();

	private static final FunctionsObservationConvention DEFAULT_CONVENTION = new DefaultFunctionsObservationConvention();

	/**
	 * The reader of the variants that ignore the result: the bounded body is drained but
	 * not parsed, so a function's answer cannot fail a call that does not want it.
	 */
	private static final Function<byte[], @Nullable Object> IGNORE_BODY = (bytes) -> null;

	private static final ParameterizedTypeReference<List<LambdaSummary>> LAMBDAS = new ParameterizedTypeReference<>() {
	};

	private final String accountId;

	private final String eventSource;

	private final Duration timeout;

	private final @Nullable Platform platform;

	private final int maxResponseBytes;

	private final WebClient webClient;

	private final EndpointResolver endpoints;

	private final ClientAuthentication authentication;

	private final RetryPolicy retryPolicy;

	private final IsImplementedCache isImplementedCache;

	private final FunctionsJson json;

	private final Clock clock;

	private final ObservationRegistry observationRegistry;

	private final @Nullable FunctionsObservationConvention observationConvention;

	private final @Nullable ConnectionProvider ownedPool;

	private ReactiveFunctionsTemplate(Builder builder, WebClient webClient, EndpointResolver endpoints,
			ClientAuthentication authentication, RetryPolicy retryPolicy, @Nullable ConnectionProvider ownedPool) {
		this.accountId = builder.accountId;
		this.eventSource = builder.eventSource;
		this.timeout = builder.timeout;
		this.platform = builder.platform;
		this.maxResponseBytes = builder.maxResponseBytes;
		this.webClient = webClient;
		this.endpoints = endpoints;
		this.authentication = authentication;
		this.retryPolicy = retryPolicy;
		this.clock = builder.clock;
		this.isImplementedCache = new IsImplementedCache(builder.isImplementedCacheTtl, builder.isImplementedCacheSize,
				builder.clock);
		this.json = new FunctionsJson(builder.jsonMapper);
		this.observationRegistry = builder.observationRegistry;
		this.observationConvention = builder.observationConvention;
		this.ownedPool = ownedPool;
	}

	/**
	 * Close the connection pool this template created for itself; a connector you
	 * supplied is yours to close. Spring calls this when the application context closes.
	 */
	@Override
	public void close() {
		if (this.ownedPool != null) {
			this.ownedPool.dispose();
		}
	}

	/**
	 * Start building a template.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the deadline of a call that sets none of its own.
	 * @return the default timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Return the account this template is bound to.
	 * @return the account id
	 */
	public String getAccountId() {
		return this.accountId;
	}

	/**
	 * Return where the account's services are, resolving them if needed. Used by health
	 * checks.
	 * @return the endpoints
	 */
	public Mono<ServiceEndpoints> resolveEndpoints() {
		return this.endpoints.resolve();
	}

	/**
	 * Return how this template authorizes its requests, so that a health check can obtain
	 * credentials the way calls do, sharing their token cache.
	 * @return the authentication
	 */
	public ClientAuthentication getAuthentication() {
		return this.authentication;
	}

	/**
	 * Return the platform generation of the account: the configured one, or the one
	 * detected from the gateway host.
	 * @param endpoints the resolved endpoints
	 * @return the platform
	 */
	public Platform platformOf(ServiceEndpoints endpoints) {
		return (this.platform != null) ? this.platform : Platform.detect(endpoints.gateway());
	}

	@Override
	public <T> Mono<T> invokeByUuid(String functionUuid, @Nullable Object payload, Class<T> responseType) {
		Arguments.notNull(responseType, "responseType");
		return invoke(functionUuid, payload, InvocationOptions.none(), responseType);
	}

	@Override
	public <T> Mono<T> invokeByUuid(String functionUuid, @Nullable Object payload,
			ParameterizedTypeReference<T> responseType) {
		Arguments.notNull(responseType, "responseType");
		return invoke(functionUuid, payload, InvocationOptions.none(), responseType.getType());
	}

	@Override
	public <T> Mono<T> invokeByUuid(String functionUuid, @Nullable Object payload, InvocationOptions options,
			ParameterizedTypeReference<T> responseType) {
		Arguments.notNull(responseType, "responseType");
		return invoke(functionUuid, payload, Arguments.notNull(options, "options"), responseType.getType());
	}

	@Override
	public Mono<Void> invokeByUuid(String functionUuid, @Nullable Object payload) {
		InvocationTarget target = InvocationTarget.function(Arguments.functionUuid(functionUuid));
		return invocation(target, payload, InvocationOptions.none(), IGNORE_BODY).then();
	}

	@Override
	public <T> Mono<List<EventInvocationResult<T>>> invokeByEvent(String eventId, @Nullable Object payload,
			Class<T> resultType) {
		Arguments.notNull(resultType, "resultType");
		return invokeEvent(eventId, payload, InvocationOptions.none(), resultType);
	}

	@Override
	public <T> Mono<List<EventInvocationResult<T>>> invokeByEvent(String eventId, @Nullable Object payload,
			ParameterizedTypeReference<T> resultType) {
		Arguments.notNull(resultType, "resultType");
		return invokeEvent(eventId, payload, InvocationOptions.none(), resultType.getType());
	}

	@Override
	public <T> Mono<List<EventInvocationResult<T>>> invokeByEvent(String eventId, @Nullable Object payload,
			InvocationOptions options, ParameterizedTypeReference<T> resultType) {
		Arguments.notNull(resultType, "resultType");
		return invokeEvent(eventId, payload, Arguments.notNull(options, "options"), resultType.getType());
	}

	@Override
	public Mono<Void> invokeByEvent(String eventId, @Nullable Object payload) {
		InvocationTarget target = InvocationTarget.event(Arguments.eventId(eventId));
		return invocation(target, payload, InvocationOptions.none(), IGNORE_BODY).then();
	}

	@Override
	public Mono<Boolean> isImplemented(String eventId) {
		return isImplemented(eventId, null);
	}

	@Override
	public Mono<Boolean> isImplemented(String eventId, @Nullable String skillId) {
		Arguments.eventId(eventId);
		if (skillId != null) {
			Arguments.headerValue(skillId, "skillId");
		}
		String requestId = newRequestId();
		FunctionsObservationContext context = context("is-implemented", requestId);
		context.setEventId(eventId);
		String what = "isImplemented of event '" + eventId + "'";
		return observe(context, this.timeout, what, (deadline) -> this.endpoints.resolve().flatMap((resolved) -> {
			Platform platform = platformOf(resolved);
			context.setPlatform(platform.name().toLowerCase(Locale.ROOT));
			IsImplementedCache.Key key = new IsImplementedCache.Key(eventId, skillId, platform);
			Boolean cached = this.isImplementedCache.get(key);
			context.setCacheHit(cached != null);
			if (cached != null) {
				return Mono.just(cached);
			}
			Map<String, Object> variables = variables(platform, this.eventSource, skillId);
			variables.put("eventId", eventId);
			String uri = resolved.gateway() + "/api/account/{accountId}/events/{eventId}/isImplemented"
					+ query(platform, skillId);
			return exchange(HttpMethod.GET, uri, variables, null, requestId, platform, this.eventSource, context,
					(body) -> implemented(FunctionsJson.readProtocol(body, IsImplementedAnswer.class, what)), what,
					null, eventId)
				.retryWhen(this.retryPolicy.forReads(deadline))
				.doOnNext((implemented) -> this.isImplementedCache.put(key, implemented));
		}));
	}

	@Override
	public Mono<List<LambdaSummary>> getLambdas(LambdaQuery query) {
		Arguments.notNull(query, "query");
		String requestId = newRequestId();
		FunctionsObservationContext context = context("get-lambdas", requestId);
		String what = "Listing the functions of account " + this.accountId;
		return observe(context, this.timeout, what, (deadline) -> this.endpoints.resolve().flatMap((resolved) -> {
			Platform platform = platformOf(resolved);
			context.setPlatform(platform.name().toLowerCase(Locale.ROOT));
			URI management = resolved.management();
			if (management == null) {
				return Mono.error(new FaaSException(what + " needs the management host (faasUI): enable discovery "
						+ "or configure the management endpoint", requestId));
			}
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("accountId", this.accountId);
			StringBuilder uri = new StringBuilder(management.toString()).append("/api/account/{accountId}/");
			uri.append((platform == Platform.V1) ? "lambdas?v=1" : "functions?");
			appendFilter(uri, variables, "userId", query.userId());
			appendFilter(uri, variables, "state", query.state());
			appendFilter(uri, variables, "eventId", query.eventId());
			appendFilter(uri, variables, (platform == Platform.V1) ? "name" : "functionName", query.name());
			return exchange(HttpMethod.GET, uri.toString().replace("?&", "?"), variables, null, requestId, platform,
					this.eventSource, context, (body) -> {
						List<LambdaSummary> lambdas = FunctionsJson.readProtocol(body, LAMBDAS.getType(), what);
						return (lambdas != null) ? List.copyOf(lambdas) : List.<LambdaSummary>of();
					}, what, null, null)
				.retryWhen(this.retryPolicy.forReads(deadline));
		}));
	}

	private <T> Mono<T> invoke(String functionUuid, @Nullable Object payload, InvocationOptions options, Type type) {
		InvocationTarget target = InvocationTarget.function(Arguments.functionUuid(functionUuid));
		return invocation(target, payload, options, (bytes) -> this.json.<T>readResult(bytes, type, target.what()));
	}

	private <T> Mono<List<EventInvocationResult<T>>> invokeEvent(String eventId, @Nullable Object payload,
			InvocationOptions options, Type resultType) {
		InvocationTarget target = InvocationTarget.event(Arguments.eventId(eventId));
		return invocation(target, payload, options,
				(bytes) -> this.json.<T>readEventResults(bytes, resultType, target.what()));
	}

	private <R> Mono<R> invocation(InvocationTarget target, @Nullable Object payload, InvocationOptions options,
			Function<byte[], @Nullable R> reader) {
		byte[] body = this.json.invocationBody(payload, options.headers(), this.clock.instant());
		String requestId = (options.requestId() != null) ? options.requestId() : newRequestId();
		String eventSource = (options.eventSource() != null) ? options.eventSource() : this.eventSource;
		FunctionsObservationContext context = context(target.operation(), requestId);
		context.setFunctionUuid(target.functionUuid());
		context.setEventId(target.eventId());
		Duration timeout = (options.timeout() != null) ? options.timeout() : this.timeout;
		return observe(context, timeout, target.what(), (deadline) -> this.endpoints.resolve().flatMap((resolved) -> {
			Platform platform = platformOf(resolved);
			context.setPlatform(platform.name().toLowerCase(Locale.ROOT));
			Map<String, Object> variables = variables(platform, eventSource, options.skillId());
			variables.put(target.variable(), target.id());
			String uri = resolved.gateway() + target.path() + query(platform, options.skillId());
			return exchange(HttpMethod.POST, uri, variables, body, requestId, platform, eventSource, context, reader,
					target.what(), target.functionUuid(), target.eventId())
				.retryWhen(this.retryPolicy.forInvocations(deadline, options.idempotent()));
		}));
	}

	/**
	 * One attempt: send, read the bounded body, and either convert it or turn the answer
	 * into the matching exception.
	 */
	private <R> Mono<R> exchange(HttpMethod method, String uriTemplate, Map<String, Object> variables,
			byte @Nullable [] body, String requestId, Platform platform, String eventSource,
			FunctionsObservationContext context, Function<byte[], @Nullable R> reader, String what,
			@Nullable String functionUuid, @Nullable String eventId) {
		WebClient.RequestBodySpec request = this.webClient.method(method)
			.uri(uriTemplate, variables)
			.header("X-Request-ID", requestId)
			.accept(MediaType.APPLICATION_JSON);
		if (platform == Platform.V2) {
			request.header("LP-EventSource", eventSource);
		}
		WebClient.RequestHeadersSpec<?> spec = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : request;
		return spec.exchangeToMono((response) -> {
			int status = response.statusCode().value();
			context.setStatus(status);
			return readBody(response).flatMap((bytes) -> {
				if (status < 200 || status > 299) {
					FaaSDetailedException error = GatewayErrors.toException(what, status, bytes,
							response.headers().asHttpHeaders(), requestId, functionUuid, eventId);
					context.setErrorCode(error.getFaaSError().errorCode());
					return Mono.error(error);
				}
				return Mono.justOrEmpty(reader.apply(bytes));
			});
		});
	}

	private Mono<byte[]> readBody(ClientResponse response) {
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), this.maxResponseBytes)
			.map((buffer) -> {
				try {
					byte[] bytes = new byte[buffer.readableByteCount()];
					buffer.read(bytes);
					return bytes;
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.defaultIfEmpty(new byte[0]);
	}

	/**
	 * Wrap an operation: observation, deadline, and failures mapped to
	 * {@link FaaSException}s that say what happened and carry the request id.
	 */
	private <R> Mono<R> observe(FunctionsObservationContext context, Duration timeout, String what,
			Function<Deadline, Mono<R>> operation) {
		return Mono.deferContextual((reactorContext) -> {
			Observation parent = reactorContext.getOrDefault(ObservationThreadLocalAccessor.KEY,
					this.observationRegistry.getCurrentObservation());
			Observation observation = FunctionsObservationDocumentation.FUNCTIONS_REQUEST
				.observation(this.observationConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
				.parentObservation(parent)
				.start();
			Deadline deadline = Deadline.in(timeout);
			return operation.apply(deadline)
				.timeout(timeout)
				.onErrorMap((ex) -> toFaaSException(ex, what, timeout, context.getRequestId()))
				// Stopped before the result reaches the caller, so that the timer is
				// recorded
				// once the call returns.
				.doOnSuccess((result) -> {
					this.retryPolicy.onSuccess();
					observation.stop();
				})
				.doOnError((ex) -> {
					observation.error(ex);
					observation.stop();
				})
				.doOnCancel(observation::stop)
				.contextWrite((ctx) -> ctx.put(ObservationThreadLocalAccessor.KEY, observation)
					.put(AuthenticationFilter.OPERATION_OBSERVATION, observation));
		});
	}

	private Throwable toFaaSException(Throwable ex, String what, Duration timeout, @Nullable String requestId) {
		if (ex instanceof FaaSException || ex instanceof IllegalArgumentException) {
			return ex;
		}
		String suffix = " [request id " + requestId + "]";
		if (ex instanceof TimeoutException) {
			return new FaaSException(what + " timed out: no answer within " + timeout + suffix, requestId, ex);
		}
		if (ex instanceof WebClientRequestException) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return new FaaSException(
					what + " failed: connection to " + ((WebClientRequestException) ex).getUri().getHost() + " failed ("
							+ describe(cause) + ")" + suffix,
					requestId, ex);
		}
		if (ex instanceof DataBufferLimitException) {
			return new FaaSException(
					what + " failed: the response exceeds the limit of " + this.maxResponseBytes + " bytes" + suffix,
					requestId, ex);
		}
		if (ex instanceof UnreadableResponseException) {
			return new FaaSException(ex.getMessage() + suffix, requestId, null);
		}
		if (ex instanceof IOException) {
			return new FaaSException(what + " failed: the connection broke (" + describe(ex) + ")" + suffix, requestId,
					ex);
		}
		return new FaaSException(what + " failed: " + describe(ex) + suffix, requestId, ex);
	}

	private static String describe(Throwable ex) {
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private FunctionsObservationContext context(String operation, String requestId) {
		FunctionsObservationContext context = new FunctionsObservationContext(operation, this.accountId);
		context.setRequestId(requestId);
		return context;
	}

	private Map<String, Object> variables(Platform platform, String eventSource, @Nullable String skillId) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("accountId", this.accountId);
		if (platform == Platform.V1) {
			variables.put("externalSystem", eventSource);
		}
		if (skillId != null) {
			variables.put("skillId", skillId);
		}
		return variables;
	}

	private static String query(Platform platform, @Nullable String skillId) {
		String query = (platform == Platform.V1) ? "?v=1&externalSystem={externalSystem}" : "";
		if (skillId != null) {
			query += (query.isEmpty() ? "?" : "&") + "skillId={skillId}";
		}
		return query;
	}

	private static void appendFilter(StringBuilder uri, Map<String, Object> variables, String name,
			@Nullable String value) {
		if (value != null) {
			uri.append('&').append(name).append("={").append(name).append('}');
			variables.put(name, value);
		}
	}

	private static Boolean implemented(@Nullable IsImplementedAnswer answer) {
		if (answer == null || answer.implemented() == null) {
			throw new UnreadableResponseException("isImplemented: the response has no 'implemented' field");
		}
		return answer.implemented();
	}

	private static String newRequestId() {
		return UUID.randomUUID().toString();
	}

	private static String version() {
		try (InputStream in = ReactiveFunctionsTemplate.class.getResourceAsStream("version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	record IsImplementedAnswer(@Nullable Boolean implemented) {

	}

	/**
	 * What an invocation addresses: one function by UUID, or every function of an event.
	 */
	private record InvocationTarget(String operation, String path, String variable, String id, String what) {

		static InvocationTarget function(String functionUuid) {
			return new InvocationTarget("invoke", "/api/account/{accountId}/lambdas/{functionUuid}/invoke",
					"functionUuid", functionUuid, "Invocation of function " + functionUuid);
		}

		static InvocationTarget event(String eventId) {
			return new InvocationTarget("invoke-event", "/api/account/{accountId}/events/{eventId}/invoke", "eventId",
					eventId, "Invocation of event '" + eventId + "'");
		}

		@Nullable String functionUuid() {
			return "functionUuid".equals(this.variable) ? this.id : null;
		}

		@Nullable String eventId() {
			return "eventId".equals(this.variable) ? this.id : null;
		}

	}

	/**
	 * Builder of {@link ReactiveFunctionsTemplate}. Only the account id and the
	 * credentials are required; everything else has the defaults of the Spring Boot
	 * starter.
	 */
	public static final class Builder {

		private String accountId = "";

		private @Nullable String clientId;

		private @Nullable String clientSecret;

		private @Nullable ClientAuthentication authentication;

		private @Nullable EndpointResolver endpointResolver;

		private boolean discoveryEnabled = true;

		private URI discoveryUri = URI.create("https://api.liveperson.net");

		private String discoveryScheme = "https";

		private Duration discoveryTtl = Duration.ofMinutes(10);

		private @Nullable Region region;

		private @Nullable URI gatewayUri;

		private @Nullable URI sentinelUri;

		private @Nullable URI managementUri;

		private String eventSource = "liveperson-functions-spring";

		private Duration timeout = Duration.ofSeconds(35);

		private Duration connectTimeout = Duration.ofSeconds(2);

		private Duration connectionMaxIdleTime = FunctionsHttpConnector.MAX_IDLE_TIME;

		private @Nullable Platform platform;

		private Duration isImplementedCacheTtl = Duration.ofSeconds(60);

		private int isImplementedCacheSize = 1000;

		private RetrySettings retry = RetrySettings.defaults();

		private int maxResponseBytes = 10 * 1024 * 1024;

		private boolean allowInsecureHttp;

		private WebClient.@Nullable Builder webClientBuilder;

		private @Nullable ClientHttpConnector clientConnector;

		private @Nullable UnaryOperator<HttpClient> httpClientCustomizer;

		private JsonMapper jsonMapper = JsonMapper.builder().build();

		private Clock clock = Clock.systemUTC();

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable FunctionsObservationConvention observationConvention;

		private Builder() {
		}

		/**
		 * Set the LivePerson account (site) id. Required.
		 * @param accountId the account id
		 * @return this builder
		 */
		public Builder accountId(String accountId) {
			this.accountId = accountId;
			return this;
		}

		/**
		 * Authenticate with the OAuth 2.0 client credentials of the app installation.
		 * @param clientId the client id
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder clientCredentials(String clientId, String clientSecret) {
			this.clientId = clientId;
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * Authenticate with a strategy of your own instead of client credentials.
		 * @param authentication the authentication
		 * @return this builder
		 */
		public Builder authentication(ClientAuthentication authentication) {
			this.authentication = authentication;
			return this;
		}

		/**
		 * Resolve endpoints with a strategy of your own instead of discovery.
		 * @param endpointResolver the resolver
		 * @return this builder
		 */
		public Builder endpointResolver(EndpointResolver endpointResolver) {
			this.endpointResolver = endpointResolver;
			return this;
		}

		/**
		 * Set whether domains come from service discovery (CSDS); {@code true} by
		 * default. Without discovery, a region or explicit endpoints are needed.
		 * @param discoveryEnabled whether to use discovery
		 * @return this builder
		 */
		public Builder discoveryEnabled(boolean discoveryEnabled) {
			this.discoveryEnabled = discoveryEnabled;
			return this;
		}

		/**
		 * Set the discovery base URL; {@code https://api.liveperson.net} by default.
		 * @param discoveryUri the base URL
		 * @return this builder
		 */
		public Builder discoveryUri(URI discoveryUri) {
			this.discoveryUri = discoveryUri;
			return this;
		}

		/**
		 * Set the scheme of discovered hosts; {@code https} by default, {@code http} only
		 * for loopback test setups.
		 * @param discoveryScheme the scheme
		 * @return this builder
		 */
		public Builder discoveryScheme(String discoveryScheme) {
			this.discoveryScheme = discoveryScheme;
			return this;
		}

		/**
		 * Set how long discovered domains are reused; 10 minutes by default.
		 * @param discoveryTtl the time to live
		 * @return this builder
		 */
		public Builder discoveryTtl(Duration discoveryTtl) {
			this.discoveryTtl = discoveryTtl;
			return this;
		}

		/**
		 * Set the region whose fixed domains serve when discovery is off, or fails before
		 * it ever succeeded.
		 * @param region the region
		 * @return this builder
		 */
		public Builder region(@Nullable Region region) {
			this.region = region;
			return this;
		}

		/**
		 * Set explicit service URLs that bypass discovery for that service.
		 * @param gateway the gateway URL, or {@code null}
		 * @param sentinel the authorization server URL, or {@code null}
		 * @param management the management URL, or {@code null}
		 * @return this builder
		 */
		public Builder endpoints(@Nullable URI gateway, @Nullable URI sentinel, @Nullable URI management) {
			this.gatewayUri = gateway;
			this.sentinelUri = sentinel;
			this.managementUri = management;
			return this;
		}

		/**
		 * Set the caller's name sent as {@code externalSystem} (V1) or
		 * {@code LP-EventSource} (V2).
		 * @param eventSource the event source
		 * @return this builder
		 */
		public Builder eventSource(String eventSource) {
			this.eventSource = eventSource;
			return this;
		}

		/**
		 * Set the deadline of one call, discovery, token and retries included; 35 s by
		 * default (the platform stops a function after 30 s).
		 * @param timeout the deadline
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the TCP connect timeout of the default connector; 2 s by default.
		 * @param connectTimeout the connect timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		/**
		 * Set how long a pooled connection of the default connector may stay idle before
		 * it is closed; 30 s by default, below the idle limits of common load balancers.
		 * @param connectionMaxIdleTime the idle time
		 * @return this builder
		 */
		public Builder connectionMaxIdleTime(Duration connectionMaxIdleTime) {
			this.connectionMaxIdleTime = connectionMaxIdleTime;
			return this;
		}

		/**
		 * Fix the platform generation instead of detecting it from the gateway host.
		 * @param platform the platform, or {@code null} to detect it
		 * @return this builder
		 */
		public Builder platform(@Nullable Platform platform) {
			this.platform = platform;
			return this;
		}

		/**
		 * Set how long an isImplemented answer is reused; 60 s by default, zero turns the
		 * cache off.
		 * @param ttl the time to live
		 * @return this builder
		 */
		public Builder isImplementedCacheTtl(Duration ttl) {
			this.isImplementedCacheTtl = ttl;
			return this;
		}

		/**
		 * Set how many isImplemented answers are kept at most; 1000 by default.
		 * @param size the maximum number of entries
		 * @return this builder
		 */
		public Builder isImplementedCacheSize(int size) {
			this.isImplementedCacheSize = size;
			return this;
		}

		/**
		 * Set the retry settings.
		 * @param retry the settings
		 * @return this builder
		 */
		public Builder retry(RetrySettings retry) {
			this.retry = retry;
			return this;
		}

		/**
		 * Set the largest response body accepted; 10 MiB by default.
		 * @param maxResponseBytes the limit in bytes
		 * @return this builder
		 */
		public Builder maxResponseBytes(int maxResponseBytes) {
			this.maxResponseBytes = maxResponseBytes;
			return this;
		}

		/**
		 * Allow credentials over plain http to non-loopback hosts. Never needed against
		 * LivePerson.
		 * @param allowInsecureHttp whether to allow it
		 * @return this builder
		 */
		public Builder allowInsecureHttp(boolean allowInsecureHttp) {
			this.allowInsecureHttp = allowInsecureHttp;
			return this;
		}

		/**
		 * Build on the application's WebClient builder, so that its codecs, filters and
		 * observation apply. It is copied, never changed.
		 * @param webClientBuilder the builder to start from
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Use this connector instead of the default Reactor Netty one.
		 * @param clientConnector the connector
		 * @return this builder
		 */
		public Builder clientConnector(ClientHttpConnector clientConnector) {
			this.clientConnector = clientConnector;
			return this;
		}

		/**
		 * Customize the Reactor Netty client of the default connector, which discovery,
		 * token and gateway requests share: TLS trust and keys (such as an SSL bundle's),
		 * a proxy, a resolver. The connection pool, connect timeout and compression are
		 * set before; a customizer should not replace them. Not combinable with
		 * {@link #clientConnector(ClientHttpConnector)}.
		 * @param httpClientCustomizer returns the customized client
		 * @return this builder
		 */
		public Builder httpClientCustomizer(UnaryOperator<HttpClient> httpClientCustomizer) {
			this.httpClientCustomizer = httpClientCustomizer;
			return this;
		}

		/**
		 * Set the JSON mapper for payloads and results, typically the application's.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * Set the clock for caches and token expiry, for tests.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Set the observation registry; no observations without one.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Set a convention that replaces the default names and tags.
		 * @param observationConvention the convention
		 * @return this builder
		 */
		public Builder observationConvention(@Nullable FunctionsObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Build the template.
		 * @return the template
		 * @throws IllegalArgumentException naming the setting that is missing or wrong
		 */
		public ReactiveFunctionsTemplate build() {
			Arguments.notBlank(this.accountId, "accountId");
			if (!this.accountId.matches("[A-Za-z0-9._-]{1,64}")) {
				throw new IllegalArgumentException(
						"'accountId' may contain only letters, digits and . _ - but was '" + this.accountId + "'");
			}
			Arguments.headerValue(Arguments.notBlank(this.eventSource, "eventSource"), "eventSource");
			if (this.timeout.isNegative() || this.timeout.isZero()) {
				throw new IllegalArgumentException("'timeout' must be positive but was " + this.timeout);
			}
			if (this.clientConnector != null && this.httpClientCustomizer != null) {
				throw new IllegalArgumentException(
						"Set either a 'clientConnector' or an 'httpClientCustomizer': the customizer applies only "
								+ "to the default connector");
			}
			RetryPolicy retryPolicy = new RetryPolicy(this.retry);
			ConnectionProvider ownedPool = (this.clientConnector != null) ? null
					: FunctionsHttpConnector.pool(this.connectionMaxIdleTime).build();
			WebClient.Builder base = ((this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder().observationRegistry(this.observationRegistry))
				.clientConnector((ownedPool != null) ? FunctionsHttpConnector.create(this.connectTimeout, ownedPool,
						(this.httpClientCustomizer != null) ? this.httpClientCustomizer : UnaryOperator.identity())
						: this.clientConnector)
				.uriBuilderFactory(new DefaultUriBuilderFactory())
				.defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT);
			WebClient plain = base.clone().build();
			EndpointResolver resolver = (this.endpointResolver != null) ? this.endpointResolver
					: endpointResolver(plain, retryPolicy);
			ClientAuthentication clientAuthentication = (this.authentication != null) ? this.authentication
					: clientCredentials(plain, resolver, retryPolicy);
			WebClient authenticated = base
				.filter(new AuthenticationFilter(clientAuthentication, resolver, this.allowInsecureHttp))
				.build();
			return new ReactiveFunctionsTemplate(this, authenticated, resolver, clientAuthentication, retryPolicy,
					ownedPool);
		}

		private EndpointResolver endpointResolver(WebClient webClient, RetryPolicy retryPolicy) {
			ServiceEndpoints fallback = (this.region != null) ? this.region.endpoints() : null;
			if (!this.discoveryEnabled || (this.gatewayUri != null && this.sentinelUri != null)) {
				if (fallback == null && (this.gatewayUri == null || this.sentinelUri == null)) {
					throw new IllegalArgumentException(
							"Without discovery, set 'region' or both the 'gateway' and " + "'sentinel' endpoints");
				}
				ServiceEndpoints fixed = (fallback != null)
						? fallback.withOverrides(this.gatewayUri, this.sentinelUri, this.managementUri)
						: new ServiceEndpoints(this.gatewayUri, this.sentinelUri, this.managementUri);
				return new StaticEndpointResolver(fixed);
			}
			return CsdsEndpointResolver.builder()
				.webClient(webClient)
				.csdsUri(this.discoveryUri)
				.accountId(this.accountId)
				.scheme(this.discoveryScheme)
				.ttl(this.discoveryTtl)
				.timeout(this.timeout)
				.clock(this.clock)
				.fallback(fallback)
				.overrides(this.gatewayUri, this.sentinelUri, this.managementUri)
				.retryPolicy(retryPolicy)
				.build();
		}

		private ClientAuthentication clientCredentials(WebClient webClient, EndpointResolver resolver,
				RetryPolicy retryPolicy) {
			if (this.clientId == null || this.clientSecret == null) {
				throw new IllegalArgumentException(
						"'clientId' and 'clientSecret' are required, or set an 'authentication' of your own");
			}
			return ClientCredentialsAuthentication.builder()
				.accountId(this.accountId)
				.clientId(this.clientId)
				.clientSecret(this.clientSecret)
				.endpoints(resolver)
				.webClient(webClient)
				.clock(this.clock)
				.retryPolicy(retryPolicy)
				.timeout(this.timeout)
				.allowInsecureHttp(this.allowInsecureHttp)
				.build();
		}

	}

}
