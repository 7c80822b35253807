package io.github.lpfunctions.client.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.FaaSAuthenticationException;
import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FunctionsDefaults;
import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.retry.RetryPolicy;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.client.support.Arguments;
import io.github.lpfunctions.client.support.Deadline;
import io.github.lpfunctions.client.support.RefreshingValue;
import io.github.lpfunctions.client.support.RefreshingValue.Lease;
import io.github.lpfunctions.client.support.TransportSecurity;

/**
 * {@link ClientAuthentication} with the OAuth 2.0 client-credentials grant against the
 * account's authorization server (Sentinel), through Spring Security's reactive token
 * client. The token URI,
 * {@code {sentinel}/sentinel/api/account/{account}/app/token?v=2.0}, follows discovery;
 * client id and secret go in the form body, never in a URL.
 * <p>
 * This class keeps the token itself instead of using Spring Security's authorized-client
 * manager, to close that manager's known gaps for machine-to-machine use:
 * <ul>
 * <li>exactly one token request is in flight, however many callers arrive at once;</li>
 * <li>the token's lifetime is the earlier of the answer's {@code expires_in} and, when
 * the token is a JWT, its {@code exp} claim (read, not verified: the gateway verifies
 * it);</li>
 * <li>the token is no longer used the smaller of 10 s and 10% of its lifetime before it
 * expires, so that it does not expire on its way to the gateway;</li>
 * <li>it is refreshed in the background ahead of its expiry by the smaller of 5 minutes
 * and 10% of its lifetime, but by at least twice that margin: a fifth of the lifetime for
 * lifetimes up to 100 s, 20 s up to 200 s. Every lifetime thus gets a refresh ahead of
 * the moment the token stops serving. {@link Builder#refreshAhead(Duration)} replaces
 * this rule with a fixed time;</li>
 * <li>a still-valid token keeps serving while a refresh fails, with a pause between
 * refresh attempts (the refresh pause);</li>
 * <li>a failed token request while no valid token exists is remembered for the failure
 * pause (5 s by default, varied by up to 20%): callers meanwhile get the same
 * {@link FaaSAuthenticationException} at once, bad credentials included, and no request
 * reaches the authorization server;</li>
 * <li>a token the gateway rejected with 401 is dropped;</li>
 * <li>the token belongs to the application, never to a logged-in user.</li>
 * </ul>
 * Only a caller with no valid token waits for the authorization server.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class ClientCredentialsAuthentication implements ClientAuthentication {

	private static final Logger logger = LoggerFactory.getLogger(ClientCredentialsAuthentication.class);

	private static final Duration MAX_REFRESH_AHEAD = Duration.ofMinutes(5);

	private static final Duration MAX_EXPIRY_MARGIN = Duration.ofSeconds(10);

	private static final int MARGINS_OF_REFRESH_AHEAD = 2;

	private final String accountId;

	private final String clientId;

	private final String clientSecret;

	private final EndpointResolver endpoints;

	private final WebClient webClient;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	private final Duration timeout;

	private final TransportSecurity transportSecurity;

	private final @Nullable Duration refreshAhead;

	private final RefreshingValue<String> token;

	private volatile @Nullable Registration registration;

	private final BearerHeaders bearerHeaders = new BearerHeaders();

	private ClientCredentialsAuthentication(Builder builder) {
		this.accountId = Arguments.accountId(builder.accountId);
		this.clientId = Arguments.notBlank(builder.clientId, "clientId");
		this.clientSecret = Arguments.notBlank(builder.clientSecret, "clientSecret");
		this.endpoints = Arguments.notNull(builder.endpoints, "endpoints");
		this.webClient = Arguments.notNull(builder.webClient, "webClient");
		this.clock = builder.clock;
		this.retryPolicy = builder.retryPolicy;
		this.timeout = Arguments.positive(builder.timeout, "timeout");
		this.transportSecurity = new TransportSecurity(builder.allowInsecureHttp);
		this.refreshAhead = (builder.refreshAhead != null) ? Arguments.positive(builder.refreshAhead, "refreshAhead")
				: null;
		this.token = RefreshingValue
			.<String>of(this::fetch, this.clock, Arguments.notNegative(builder.refreshPause, "refreshPause"),
					(ex) -> logger.warn(
							"Refreshing the access token failed; the current token serves until it expires: {}",
							ex.getMessage()))
			.rememberingFailures(Arguments.notNegative(builder.failurePause, "failurePause"),
					ClientCredentialsAuthentication::recall);
	}

	/**
	 * Start building a client-credentials authentication.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Mono<HttpHeaders> authenticate(HttpMethod method, URI uri) {
		return accessToken().map(this.bearerHeaders::of);
	}

	/**
	 * Return a valid access token, fetching one only when none is cached.
	 * @return the access token value
	 */
	public Mono<String> accessToken() {
		return this.token.get();
	}

	/**
	 * When the pause after a failed token request ends, if one holds: until then no token
	 * request is made, and callers with no valid token get the failure at once.
	 * @return the end of the pause, or {@code null} when none holds
	 */
	@Override
	public @Nullable Instant pausedUntil() {
		return this.token.pausedUntil();
	}

	@Override
	public void invalidate(HttpHeaders rejected) {
		String authorization = rejected.getFirst(HttpHeaders.AUTHORIZATION);
		this.token.invalidate((value) -> {
			boolean dropped = ("Bearer " + value).equals(authorization);
			if (dropped) {
				logger.debug("Dropping the access token the gateway rejected");
			}
			return dropped;
		});
	}

	// The sentinel comes from the endpoints the request being authorized was resolved
	// with, when the filter passed them on, so that a cold token does not resolve again.
	private Mono<Lease<String>> fetch() {
		Deadline deadline = Deadline.in(this.timeout);
		return Mono
			.deferContextual((context) -> context.<ServiceEndpoints>getOrEmpty(AuthenticationFilter.RESOLVED_ENDPOINTS)
				.map(Mono::just)
				.orElseGet(this.endpoints::resolve))
			.map((resolved) -> registrationFor(resolved.sentinel()))
			.flatMap((reg) -> reg.client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(reg.registration))
				.transform(this.retryPolicy.forReads(deadline))
				.timeout(deadline.remaining())
				.onErrorMap((ex) -> !(ex instanceof FaaSException), (ex) -> unreachable(reg.tokenUri, ex)))
			.map((response) -> lease(response.getAccessToken()));
	}

	// The rule of the class Javadoc: no longer used min(10 s, 10%) before expiry,
	// refreshed min(5 min, 10%) ahead of expiry, but at least two margins ahead, unless
	// a refresh-ahead time is set.
	private Lease<String> lease(OAuth2AccessToken accessToken) {
		Instant now = this.clock.instant();
		Instant issuedAt = accessToken.getIssuedAt();
		Instant expiresAt = accessToken.getExpiresAt();
		Duration lifetime = (issuedAt != null && expiresAt != null) ? Duration.between(issuedAt, expiresAt)
				: Duration.ZERO;
		Duration tenth = lifetime.dividedBy(10);
		Duration margin = min(MAX_EXPIRY_MARGIN, tenth);
		Duration refreshAhead = (this.refreshAhead != null) ? this.refreshAhead
				: max(min(MAX_REFRESH_AHEAD, tenth), margin.multipliedBy(MARGINS_OF_REFRESH_AHEAD));
		logger.debug("Obtained an access token for account {} valid for {}", this.accountId, lifetime);
		Instant expiry = now.plus(lifetime);
		return new Lease<>(accessToken.getTokenValue(), expiry.minus(refreshAhead), expiry.minus(margin));
	}

	// Callers during the failure pause get a copy (so that none adds to an exception the
	// others share) of a failed token request; a failure before the request, such as
	// discovery, is not remembered here.
	private static @Nullable Throwable recall(Throwable failure) {
		if (failure instanceof FaaSAuthenticationException ex) {
			return new FaaSAuthenticationException(ex.getMessage(), ex.getStatusCode(), ex.getErrorCode(),
					ex.getCause());
		}
		return null;
	}

	private Registration registrationFor(URI sentinel) {
		String tokenUri = sentinel + "/sentinel/api/account/" + this.accountId + "/app/token?v=2.0";
		Registration current = this.registration;
		if (current != null && current.tokenUri.equals(tokenUri)) {
			return current;
		}
		this.transportSecurity.check(sentinel);
		ClientRegistration clientRegistration = ClientRegistration.withRegistrationId("liveperson-functions")
			.clientId(this.clientId)
			.clientSecret(this.clientSecret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(tokenUri)
			.build();
		WebClientReactiveClientCredentialsTokenResponseClient client = new WebClientReactiveClientCredentialsTokenResponseClient();
		client.setWebClient(this.webClient);
		client.setBodyExtractor(new LenientTokenResponseExtractor(this.clock, tokenUri));
		Registration created = new Registration(tokenUri, clientRegistration, client);
		this.registration = created;
		return created;
	}

	private static FaaSException unreachable(String tokenUri, Throwable ex) {
		String reason = (ex instanceof TimeoutException) ? "no answer in time"
				: (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return new FaaSAuthenticationException(
				"The authorization server " + tokenUri + " could not be reached: " + reason, 0, null, ex);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	@Override
	public String toString() {
		return "ClientCredentialsAuthentication[account=" + this.accountId + ", clientId=" + this.clientId
				+ ", clientSecret=****]";
	}

	private record Registration(String tokenUri, ClientRegistration registration,
			WebClientReactiveClientCredentialsTokenResponseClient client) {

	}

	/**
	 * Builder of {@link ClientCredentialsAuthentication}.
	 */
	public static final class Builder {

		private @Nullable String accountId;

		private @Nullable String clientId;

		private @Nullable String clientSecret;

		private @Nullable EndpointResolver endpoints;

		private @Nullable WebClient webClient;

		private Clock clock = Clock.systemUTC();

		private RetryPolicy retryPolicy = new RetryPolicy(RetrySettings.defaults());

		private Duration timeout = FunctionsDefaults.TOKEN_TIMEOUT;

		private Duration refreshPause = FunctionsDefaults.TOKEN_REFRESH_PAUSE;

		private @Nullable Duration refreshAhead;

		private Duration failurePause = FunctionsDefaults.TOKEN_FAILURE_PAUSE;

		private boolean allowInsecureHttp;

		private Builder() {
		}

		/**
		 * Set the LivePerson account.
		 * @param accountId the account id
		 * @return this builder
		 */
		public Builder accountId(String accountId) {
			this.accountId = accountId;
			return this;
		}

		/**
		 * Set the client id of the app installation.
		 * @param clientId the client id
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * Set the client secret of the app installation.
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder clientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * Set where the authorization server is found.
		 * @param endpoints the endpoint resolver
		 * @return this builder
		 */
		public Builder endpoints(EndpointResolver endpoints) {
			this.endpoints = endpoints;
			return this;
		}

		/**
		 * Set the WebClient for token requests; it must not carry credentials itself.
		 * @param webClient the web client
		 * @return this builder
		 */
		public Builder webClient(WebClient webClient) {
			this.webClient = webClient;
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
		 * Set the retry policy of token requests.
		 * @param retryPolicy the policy
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
			return this;
		}

		/**
		 * Set the time one token request may take, retries included; 10 s by default.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the pause after a failed token request before the next attempt while a
		 * valid token serves; 10 s by default.
		 * @param refreshPause the pause
		 * @return this builder
		 */
		public Builder refreshPause(Duration refreshPause) {
			this.refreshPause = refreshPause;
			return this;
		}

		/**
		 * Set how long before its expiry the token is refreshed in the background,
		 * replacing the default rule of the class documentation; it must be positive. The
		 * token still stops serving the smaller of 10 s and 10% of its lifetime before it
		 * expires. A time as long as the token's lifetime or longer makes every token due
		 * for refresh as soon as it arrives: each use then starts a background refresh
		 * (one at a time, with the refresh pause after a failure) while the token keeps
		 * serving until it stops serving, so keep it well below the lifetime.
		 * @param refreshAhead the time ahead of expiry, or {@code null} for the default
		 * rule
		 * @return this builder
		 */
		public Builder refreshAhead(@Nullable Duration refreshAhead) {
			this.refreshAhead = refreshAhead;
			return this;
		}

		/**
		 * Set how long a failed token request is remembered while no valid token exists:
		 * callers meanwhile get the same failure at once, without a request. 5 s by
		 * default, varied by up to 20% either way; zero remembers nothing.
		 * @param failurePause the pause
		 * @return this builder
		 */
		public Builder failurePause(Duration failurePause) {
			this.failurePause = failurePause;
			return this;
		}

		/**
		 * Allow sending the client secret over plain http to non-loopback hosts. Never
		 * needed against LivePerson; for test setups only.
		 * @param allowInsecureHttp whether plain http is allowed
		 * @return this builder
		 */
		public Builder allowInsecureHttp(boolean allowInsecureHttp) {
			this.allowInsecureHttp = allowInsecureHttp;
			return this;
		}

		/**
		 * Build the authentication.
		 * @return the authentication
		 */
		public ClientCredentialsAuthentication build() {
			return new ClientCredentialsAuthentication(this);
		}

	}

}
