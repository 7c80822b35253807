package io.github.lpfunctions.client;

import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;

import io.github.lpfunctions.client.ConnectionCheck.Step;
import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.auth.LoginApiAuthentication;
import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.observation.FunctionsObservationContext;
import io.github.lpfunctions.client.retry.RetryPolicy;
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
 * ends within its deadline, counted from the call of the method, either with the result
 * or with a {@link FaaSException}. Each operation is observed as
 * {@code liveperson.functions.requests}.
 *
 * @author LivePerson Functions for Spring contributors
 * @see FunctionsTemplate
 */
public final class ReactiveFunctionsTemplate implements ReactiveFunctionsOperations, AutoCloseable {

	/**
	 * The reader of the variants that ignore the result: the bounded body is drained but
	 * not parsed, so a function's answer cannot fail a call that does not want it.
	 */
	private static final Function<DataBuffer, @Nullable Object> IGNORE_BODY = (body) -> null;

	private final String accountId;

	private final String eventSource;

	private final Duration timeout;

	private final @Nullable Platform platform;

	private final GatewayExchange exchange;

	private final EndpointResolver endpoints;

	private final ClientAuthentication authentication;

	private final @Nullable LoginApiAuthentication userLogin;

	private final RetryPolicy retryPolicy;

	private final IsImplementedCache isImplementedCache;

	private final PayloadJson json;

	private final Clock clock;

	private final RequestIdGenerator requestIds;

	private final OperationObserver observer;

	private final @Nullable Disposable ownedConnector;

	private ReactiveFunctionsTemplate(Builder settings, TemplateWiring wiring) {
		this.accountId = settings.accountId;
		this.eventSource = settings.eventSource;
		this.timeout = settings.timeout;
		this.platform = settings.platform;
		this.exchange = new GatewayExchange(wiring.webClient(), settings.maxResponseBytes);
		this.endpoints = wiring.endpoints();
		this.authentication = wiring.authentication();
		this.userLogin = wiring.userLogin();
		this.retryPolicy = wiring.retryPolicy();
		this.clock = settings.clock;
		this.requestIds = settings.requestIdGenerator;
		this.isImplementedCache = new IsImplementedCache(settings.isImplementedCacheTtl,
				settings.isImplementedCacheSize, settings.clock, settings.platform);
		this.json = new PayloadJson(settings.jsonMapper, settings.maxRequestBytes);
		this.observer = new OperationObserver(settings.observationRegistry, settings.observationConvention,
				this.retryPolicy, settings.maxResponseBytes);
		this.ownedConnector = wiring.ownedConnector();
	}

	/**
	 * Close the connection pool and event loops this template created for itself; a
	 * connector you supplied is yours to close. Spring calls this when the application
	 * context closes.
	 */
	@Override
	public void close() {
		if (this.ownedConnector != null) {
			this.ownedConnector.dispose();
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
	 * Return the service user logged in through LivePerson's Login API that this template
	 * lists functions with, as set by {@link Builder#userLogin(String, String)}. It can
	 * also be handed to single calls with
	 * {@link InvocationOptions.Builder#authentication}.
	 * @return the Login API authentication, if configured
	 */
	public Optional<LoginApiAuthentication> userLogin() {
		return Optional.ofNullable(this.userLogin);
	}

	/**
	 * Check the connection to the account, as a health check does: resolve its hosts and
	 * obtain credentials for its gateway, sharing the discovery cache and the token cache
	 * of the calls. No function is invoked.
	 * @return the outcome, which carries any failure rather than signalling it
	 */
	public Mono<ConnectionCheck> checkConnection() {
		return this.endpoints.resolve().flatMap((resolved) -> {
			Platform platform = platformOf(resolved);
			return Mono.defer(() -> this.authentication.authenticate(HttpMethod.POST, resolved.gateway()))
				.contextWrite((context) -> context.put(AuthenticationFilter.RESOLVED_ENDPOINTS, resolved))
				.then(Mono.fromSupplier(() -> new ConnectionCheck(this.accountId, resolved, platform, null, null)))
				.onErrorResume((ex) -> Mono.just(new ConnectionCheck(this.accountId, resolved, platform,
						Step.AUTHORIZATION, ex, this.authentication.pausedUntil())));
		}).onErrorResume((ex) -> Mono.just(new ConnectionCheck(this.accountId, null, null, Step.DISCOVERY, ex)));
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
	public Mono<Void> invokeByUuid(String functionUuid, @Nullable Object payload, InvocationOptions options) {
		InvocationTarget target = InvocationTarget.function(Arguments.functionUuid(functionUuid));
		return invocation(target, payload, Arguments.notNull(options, "options"), IGNORE_BODY).then();
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
	public Mono<Void> invokeByEvent(String eventId, @Nullable Object payload, InvocationOptions options) {
		InvocationTarget target = InvocationTarget.event(Arguments.eventId(eventId));
		return invocation(target, payload, Arguments.notNull(options, "options"), IGNORE_BODY).then();
	}

	@Override
	public <T> Mono<InvocationResponse<T>> exchangeByUuid(String functionUuid, @Nullable Object payload,
			InvocationOptions options, ParameterizedTypeReference<T> responseType) {
		Arguments.notNull(responseType, "responseType");
		return ResponseRecorder
			.exchange(invoke(functionUuid, payload, Arguments.notNull(options, "options"), responseType.getType()));
	}

	@Override
	public <T> Mono<InvocationResponse<List<EventInvocationResult<T>>>> exchangeByEvent(String eventId,
			@Nullable Object payload, InvocationOptions options, ParameterizedTypeReference<T> resultType) {
		Arguments.notNull(resultType, "resultType");
		return ResponseRecorder
			.exchange(invokeEvent(eventId, payload, Arguments.notNull(options, "options"), resultType.getType()));
	}

	@Override
	public Mono<Boolean> isImplemented(String eventId) {
		return isImplemented(eventId, (String) null);
	}

	@Override
	public Mono<Boolean> isImplemented(String eventId, @Nullable String skillId) {
		if (skillId != null) {
			Arguments.headerValue(skillId, "skillId");
		}
		return isImplemented(eventId, skillId, InvocationOptions.none());
	}

	@Override
	public Mono<Boolean> isImplemented(String eventId, InvocationOptions options) {
		return isImplemented(eventId, Arguments.notNull(options, "options").skillId(), options);
	}

	// The answer is the account's, the same for every caller's credentials, so one cache
	// serves them all; failures, such as a caller's 401 or 403, are never cached.
	private Mono<Boolean> isImplemented(String eventId, @Nullable String skillId, InvocationOptions options) {
		Deadline callDeadline = Deadline.in(timeout(options));
		Arguments.eventId(eventId);
		IsImplementedCache.Hit hit = this.isImplementedCache.get(eventId, skillId, options.userId());
		FunctionsObservationContext context = isImplementedContext(eventId, skillId, options, hit);
		if (hit != null) {
			// nothing to send, so no deadline to watch
			return this.observer.observeAnswered(context, hit.implemented());
		}
		String description = "isImplemented of event '" + eventId + "'";
		return this.observer.observe(context, callDeadline, description,
				(deadline) -> this.endpoints.resolve().flatMap((resolved) -> {
					Platform platform = observedPlatform(resolved, context);
					IsImplementedCache.Key key = new IsImplementedCache.Key(eventId, skillId, options.userId(),
							platform);
					Boolean cached = this.isImplementedCache.get(key);
					context.setCacheHit(cached != null);
					if (cached != null) {
						return Mono.just(cached);
					}
					GatewayRequest request = GatewayRequest.isImplemented(this.accountId, platform, eventId, skillId,
							options.userId(), eventSource(options), description);
					return this.exchange
						.send(request, resolved, context, credentials(options, false),
								(body) -> PayloadJson.readImplemented(body, description))
						.transform(this.retryPolicy.forReads(deadline))
						.doOnNext((implemented) -> this.isImplementedCache.put(key, implemented));
				}));
	}

	/**
	 * The cached isImplemented answer for the blocking template, which needs no
	 * {@link Mono} to hand it over; observed at once, as a reactive hit is on subscribe.
	 * @return the answer, or {@code null} (nothing observed) when none is cached
	 */
	@Nullable Boolean cachedImplemented(String eventId, @Nullable String skillId, InvocationOptions options) {
		Arguments.eventId(eventId);
		IsImplementedCache.Hit hit = this.isImplementedCache.get(eventId, skillId, options.userId());
		if (hit != null) {
			this.observer.observeAnsweredNow(isImplementedContext(eventId, skillId, options, hit));
		}
		return (hit != null) ? hit.implemented() : null;
	}

	private FunctionsObservationContext isImplementedContext(String eventId, @Nullable String skillId,
			InvocationOptions options, IsImplementedCache.@Nullable Hit hit) {
		FunctionsObservationContext context = context("is-implemented", options);
		context.setEventId(eventId);
		context.setEventSource(eventSource(options));
		context.setSkillId(skillId);
		if (hit != null) {
			context.setPlatform(hit.platform().tag());
			context.setCacheHit(true);
		}
		return context;
	}

	@Override
	public Mono<List<LambdaSummary>> getLambdas(LambdaQuery query) {
		return getLambdas(query, InvocationOptions.none());
	}

	@Override
	public Mono<List<LambdaSummary>> getLambdas(LambdaQuery query, InvocationOptions options) {
		return list(FunctionListing.lambdas(Arguments.notNull(query, "query")), options);
	}

	@Override
	public Mono<List<FunctionSummary>> getFunctions(FunctionQuery query) {
		return getFunctions(query, InvocationOptions.none());
	}

	@Override
	public Mono<List<FunctionSummary>> getFunctions(FunctionQuery query, InvocationOptions options) {
		return list(FunctionListing.functions(Arguments.notNull(query, "query")), options);
	}

	private <T> Mono<List<T>> list(FunctionListing<T> listing, InvocationOptions options) {
		Deadline callDeadline = Deadline.in(timeout(Arguments.notNull(options, "options")));
		FunctionsObservationContext context = context(listing.operation(), options);
		context.setEventSource(eventSource(options));
		String description = "Listing the functions of account " + this.accountId;
		return this.observer.observe(context, callDeadline, description,
				(deadline) -> this.endpoints.resolve().flatMap((resolved) -> {
					GatewayRequest request = listing.request(this.accountId, observedPlatform(resolved, context),
							eventSource(options), description);
					return this.exchange
						.send(request, resolved, context, credentials(options, true),
								(body) -> listing.read(body, description))
						.transform(this.retryPolicy.forReads(deadline));
				}));
	}

	private <T> Mono<T> invoke(String functionUuid, @Nullable Object payload, InvocationOptions options, Type type) {
		InvocationTarget target = InvocationTarget.function(Arguments.functionUuid(functionUuid));
		return invocation(target, payload, options,
				(body) -> this.json.<T>readResult(body, type, target.description()));
	}

	private <T> Mono<List<EventInvocationResult<T>>> invokeEvent(String eventId, @Nullable Object payload,
			InvocationOptions options, Type resultType) {
		InvocationTarget target = InvocationTarget.event(Arguments.eventId(eventId));
		return invocation(target, payload, options,
				(body) -> this.json.<T>readEventResults(body, resultType, target.description()));
	}

	private <R> Mono<R> invocation(InvocationTarget target, @Nullable Object payload, InvocationOptions options,
			Function<DataBuffer, @Nullable R> reader) {
		// taken before the payload is serialized, which may be slow on a cold JVM
		Deadline callDeadline = Deadline.in(timeout(options));
		JsonBody body = this.json.invocationBody(payload, options, this.clock);
		FunctionsObservationContext context = context(target.operation(), options);
		context.setFunctionUuid(target.functionUuid());
		context.setEventId(target.eventId());
		context.setEventSource(eventSource(options));
		context.setSkillId(options.skillId());
		return this.observer.observe(context, callDeadline, target.description(),
				(deadline) -> this.endpoints.resolve().flatMap((resolved) -> {
					GatewayRequest request = GatewayRequest.invocation(this.accountId,
							observedPlatform(resolved, context), target, body, eventSource(options), options.skillId());
					return this.exchange.send(request, resolved, context, credentials(options, false), reader)
						.transform(this.retryPolicy.forInvocations(deadline, options.idempotent()));
				}));
	}

	private String requestId(InvocationOptions options) {
		return (options.requestId() != null) ? options.requestId()
				: Arguments.requestId(this.requestIds.generate(), "requestId (from the RequestIdGenerator)");
	}

	private Duration timeout(InvocationOptions options) {
		return (options.timeout() != null) ? options.timeout() : this.timeout;
	}

	private String eventSource(InvocationOptions options) {
		return (options.eventSource() != null) ? options.eventSource() : this.eventSource;
	}

	private GatewayExchange.Credentials credentials(InvocationOptions options, boolean listing) {
		return GatewayExchange.Credentials.of(options, listing ? this.userLogin : null, this.authentication);
	}

	private Platform platformOf(ServiceEndpoints resolved) {
		return (this.platform != null) ? this.platform : Platform.detect(resolved.gateway());
	}

	private Platform observedPlatform(ServiceEndpoints resolved, FunctionsObservationContext context) {
		Platform platform = platformOf(resolved);
		this.isImplementedCache.resolved(platform);
		context.setPlatform(platform.tag());
		return platform;
	}

	private FunctionsObservationContext context(String operation, InvocationOptions options) {
		FunctionsObservationContext context = new FunctionsObservationContext(operation, this.accountId);
		context.setRequestId(requestId(options));
		context.setClientMethod(options.clientMethod());
		return context;
	}

	/**
	 * Builder of {@link ReactiveFunctionsTemplate}. Only the account id and the
	 * credentials are required; everything else has the defaults of the Spring Boot
	 * starter ({@link FunctionsDefaults}).
	 */
	public static final class Builder extends AbstractFunctionsTemplateBuilder<Builder> {

		private Builder() {
		}

		/**
		 * Build the template.
		 * @return the template
		 * @throws IllegalArgumentException naming the setting that is missing or wrong
		 */
		public ReactiveFunctionsTemplate build() {
			validate();
			return new ReactiveFunctionsTemplate(this, TemplateWiring.of(this));
		}

	}

}
