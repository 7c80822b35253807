package io.github.lpfunctions.client.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
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
import io.github.lpfunctions.client.support.JwtClaims;
import io.github.lpfunctions.client.support.LivePersonJson;
import io.github.lpfunctions.client.support.RefreshingValue;
import io.github.lpfunctions.client.support.RefreshingValue.Lease;
import io.github.lpfunctions.client.support.TransportSecurity;

/**
 * {@link ClientAuthentication} with the bearer of a Conversational Cloud user logged in
 * through LivePerson's Login API, as the official clients' integration suites do for
 * listing functions: {@code POST {agentVep}/api/account/{account}/login?v=1.3} with the
 * JSON body {@code {"username","password"}}, whose answer's {@code bearer} is sent as
 * {@code Authorization: Bearer <bearer>}. Meant for service users; for people, sign them
 * in with the authorization-code flow instead.
 * <ul>
 * <li>One login is in flight at a time, however many callers arrive; the bearer is reused
 * until it is due.</li>
 * <li>The bearer is a session token: when it is a JWT its {@code exp} decides its
 * lifetime, otherwise a short lifetime is assumed
 * ({@link FunctionsDefaults#LOGIN_SESSION_LIFETIME}). A bearer the gateway rejected with
 * 401 is dropped, and the next request logs in again.</li>
 * <li>The password is sent only to the account's Login API host ({@code agentVep}, or the
 * configured login endpoint), over https or to a loopback address, in the body and never
 * in a URL; it is never logged and never shown by {@link #toString()}.</li>
 * </ul>
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class LoginApiAuthentication implements ClientAuthentication {

	private static final Logger logger = LoggerFactory.getLogger(LoginApiAuthentication.class);

	private static final int MAX_ANSWER_BYTES = 256 * 1024;

	private static final Duration MAX_REFRESH_AHEAD = Duration.ofMinutes(5);

	private static final Duration MAX_EXPIRY_MARGIN = Duration.ofSeconds(10);

	private final String accountId;

	private final String username;

	private final String password;

	private final EndpointResolver endpoints;

	private final WebClient webClient;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	private final Duration timeout;

	private final Duration sessionLifetime;

	private final TransportSecurity transportSecurity;

	private final RefreshingValue<String> bearer;

	private LoginApiAuthentication(Builder builder) {
		this.accountId = Arguments.accountId(builder.accountId);
		this.username = Arguments.notBlank(builder.username, "username");
		this.password = Arguments.notBlank(builder.password, "password");
		this.endpoints = Arguments.notNull(builder.endpoints, "endpoints");
		this.webClient = Arguments.notNull(builder.webClient, "webClient");
		this.clock = Arguments.notNull(builder.clock, "clock");
		this.retryPolicy = Arguments.notNull(builder.retryPolicy, "retryPolicy");
		this.timeout = Arguments.positive(builder.timeout, "timeout");
		this.sessionLifetime = Arguments.positive(builder.sessionLifetime, "sessionLifetime");
		this.transportSecurity = new TransportSecurity(builder.allowInsecureHttp);
		this.bearer = RefreshingValue.of(this::login, this.clock,
				Arguments.notNegative(builder.refreshPause, "refreshPause"),
				(ex) -> logger.warn("Logging in again through the Login API failed; the current bearer serves until "
						+ "it expires: {}", ex.getMessage()));
	}

	/**
	 * Start building a Login API authentication.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Mono<HttpHeaders> authenticate(HttpMethod method, URI uri) {
		return bearer().map((value) -> {
			HttpHeaders headers = new HttpHeaders();
			headers.setBearerAuth(value);
			return headers;
		});
	}

	/**
	 * Return a valid bearer, logging in only when none is kept.
	 * @return the bearer
	 */
	public Mono<String> bearer() {
		return this.bearer.get();
	}

	@Override
	public void invalidate(HttpHeaders rejected) {
		String authorization = rejected.getFirst(HttpHeaders.AUTHORIZATION);
		this.bearer.invalidate((value) -> {
			boolean dropped = ("Bearer " + value).equals(authorization);
			if (dropped) {
				logger.debug("Dropping the Login API bearer of user '{}' that LivePerson rejected", this.username);
			}
			return dropped;
		});
	}

	// The Login API host comes from the endpoints the request being authorized was
	// resolved with, when the filter passed them on.
	private Mono<Lease<String>> login() {
		Deadline deadline = Deadline.in(this.timeout);
		return Mono
			.deferContextual((context) -> context.<ServiceEndpoints>getOrEmpty(AuthenticationFilter.RESOLVED_ENDPOINTS)
				.map(Mono::just)
				.orElseGet(this.endpoints::resolve))
			.map(this::loginHost)
			.flatMap((host) -> {
				String loginUri = host + "/api/account/" + this.accountId + "/login?v=1.3";
				return this.webClient.post()
					.uri(host + "/api/account/{accountId}/login?v=1.3", this.accountId)
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					// bytes, so that no codec logs the body with the password
					.bodyValue(credentialsJson())
					.exchangeToMono((response) -> readAnswer(response, loginUri))
					.transform(this.retryPolicy.forReads(deadline))
					.timeout(deadline.remaining())
					.onErrorMap((ex) -> !(ex instanceof FaaSException), (ex) -> unreachable(loginUri, ex));
			})
			.map(this::lease);
	}

	private URI loginHost(ServiceEndpoints resolved) {
		URI login = resolved.login();
		if (login == null) {
			throw new FaaSAuthenticationException("No Login API host for account " + this.accountId
					+ ": discovery named no 'agentVep' service; configure the login endpoint", 0, null, null);
		}
		this.transportSecurity.check(login);
		return login;
	}

	private byte[] credentialsJson() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("username", this.username);
		body.put("password", this.password);
		return LivePersonJson.mapper().writeValueAsBytes(body);
	}

	private Mono<String> readAnswer(ClientResponse response, String loginUri) {
		int status = response.statusCode().value();
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), MAX_ANSWER_BYTES).map((buffer) -> {
			try {
				return buffer.toString(StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).defaultIfEmpty("").map((body) -> bearerOf(status, body, loginUri));
	}

	private String bearerOf(int status, String body, String loginUri) {
		LoginAnswer answer = parse(body);
		if (status < 200 || status > 299) {
			throw new FaaSAuthenticationException("The Login API " + loginUri + " refused the login of user '"
					+ this.username + "' (HTTP " + status + ")", status, null, null);
		}
		if (answer == null || answer.bearer() == null || answer.bearer().isBlank()) {
			throw new FaaSAuthenticationException("The Login API " + loginUri + " answered the login of user '"
					+ this.username + "' without a bearer", 0, null, null);
		}
		if (!answer.bearer().chars().allMatch((c) -> c > 0x20 && c < 0x7F)) {
			throw new FaaSAuthenticationException("The Login API " + loginUri + " answered the login of user '"
					+ this.username + "' with a bearer that cannot be sent in a header", 0, null, null);
		}
		return answer.bearer();
	}

	private static @Nullable LoginAnswer parse(String body) {
		if (body.isBlank()) {
			return null;
		}
		try {
			return LivePersonJson.mapper().readValue(body, LoginAnswer.class);
		}
		catch (RuntimeException ex) {
			// Not JSON (an HTML error page, say): the status tells what happened.
			return null;
		}
	}

	// A JWT's exp decides, like an access token's; otherwise the session is assumed to
	// last the configured lifetime, and a 401 ends it earlier.
	private Lease<String> lease(String value) {
		Instant now = this.clock.instant();
		Long exp = JwtClaims.expiry(value);
		Duration lifetime = (exp != null) ? Duration.ofSeconds(Math.max(0, exp - now.getEpochSecond()))
				: this.sessionLifetime;
		Duration tenth = lifetime.dividedBy(10);
		logger.debug("Logged user '{}' in to account {} through the Login API, bearer valid for {}", this.username,
				this.accountId, lifetime);
		return new Lease<>(value, now.plus(lifetime).minus(min(MAX_REFRESH_AHEAD, tenth)),
				now.plus(lifetime).minus(min(MAX_EXPIRY_MARGIN, tenth)));
	}

	private FaaSAuthenticationException unreachable(String loginUri, Throwable ex) {
		String reason = (ex instanceof TimeoutException) ? "no answer within " + this.timeout
				: ex.getClass().getSimpleName();
		return new FaaSAuthenticationException(
				"The Login API " + loginUri + " could not be reached for user '" + this.username + "': " + reason, 0,
				null, ex);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	@Override
	public String toString() {
		return "LoginApiAuthentication[account=" + this.accountId + ", username=" + this.username + ", password=****]";
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record LoginAnswer(@Nullable String bearer) {

	}

	/**
	 * Builder of {@link LoginApiAuthentication}.
	 */
	public static final class Builder {

		private @Nullable String accountId;

		private @Nullable String username;

		private @Nullable String password;

		private @Nullable EndpointResolver endpoints;

		private @Nullable WebClient webClient;

		private Clock clock = Clock.systemUTC();

		private RetryPolicy retryPolicy = new RetryPolicy(RetrySettings.defaults());

		private Duration timeout = FunctionsDefaults.TOKEN_TIMEOUT;

		private Duration refreshPause = FunctionsDefaults.TOKEN_REFRESH_PAUSE;

		private Duration sessionLifetime = FunctionsDefaults.LOGIN_SESSION_LIFETIME;

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
		 * Set the user's login name.
		 * @param username the login name
		 * @return this builder
		 */
		public Builder username(String username) {
			this.username = username;
			return this;
		}

		/**
		 * Set the user's password; kept as secret as a client secret.
		 * @param password the password
		 * @return this builder
		 */
		public Builder password(String password) {
			this.password = password;
			return this;
		}

		/**
		 * Set where the Login API host ({@code agentVep}) is found.
		 * @param endpoints the endpoint resolver
		 * @return this builder
		 */
		public Builder endpoints(EndpointResolver endpoints) {
			this.endpoints = endpoints;
			return this;
		}

		/**
		 * Set the WebClient for login requests; it must not carry credentials itself.
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
		 * Set the retry policy of login requests.
		 * @param retryPolicy the policy
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
			return this;
		}

		/**
		 * Set the time one login may take, retries included; 10 s by default.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the pause after a failed background login before the next, while a valid
		 * bearer serves; 10 s by default.
		 * @param refreshPause the pause
		 * @return this builder
		 */
		public Builder refreshPause(Duration refreshPause) {
			this.refreshPause = refreshPause;
			return this;
		}

		/**
		 * Set the lifetime assumed for a bearer that is not a JWT with an expiry; 5
		 * minutes by default.
		 * @param sessionLifetime the assumed lifetime
		 * @return this builder
		 */
		public Builder sessionLifetime(Duration sessionLifetime) {
			this.sessionLifetime = sessionLifetime;
			return this;
		}

		/**
		 * Allow sending the password over plain http to non-loopback hosts. Never needed
		 * against LivePerson; for test setups only.
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
		public LoginApiAuthentication build() {
			return new LoginApiAuthentication(this);
		}

	}

}
