package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.auth.LoginApiAuthentication;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.discovery.StaticEndpointResolver;
import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;
import io.github.lpfunctions.emulator.UnmaskedRequest;
import io.github.lpfunctions.emulator.test.MovableClock;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A service user's bearer from LivePerson's Login API, listing functions: the login
 * request exactly, the listing with that bearer, logging in again after a 401 and after
 * the bearer's lifetime, one login for many callers, and the password kept to the Login
 * API host. The emulator plays the Login API, found as {@code agentVep} through its
 * discovery.
 */
class LoginApiIntegrationTests {

	private static final String USERNAME = "service-user";

	private static final String PASSWORD = "pa55-w0rd-7c1e-SECRET";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	// its Login API's bearers are JWTs of 30 minutes on the test's clock
	private final FunctionsEmulator liveperson = Emulators.builder()
		.clock(this.clock)
		.tokenLifetime(Duration.ofMinutes(30))
		.user(USERNAME, PASSWORD)
		.start();

	private RequestCapture logins;

	private RequestCapture tokens;

	private RequestCapture listings;

	@BeforeEach
	void capture() {
		this.logins = this.liveperson.faults().capture(Endpoint.LOGIN);
		this.tokens = this.liveperson.faults().capture(Endpoint.TOKEN);
		this.listings = this.liveperson.faults().capture(Endpoint.LISTING);
	}

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void logsTheUserInWithAJsonBodyAndListsWithTheBearer() {
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();

		List<LambdaSummary> lambdas = template.getLambdas(LambdaQuery.all()).block();

		assertThat(lambdas).extracting(LambdaSummary::uuid).contains(Emulators.UUID);
		assertThat(this.logins.count()).isEqualTo(1);
		UnmaskedRequest login = this.logins.last();
		assertThat(login.method()).isEqualTo("POST");
		assertThat(login.path()).isEqualTo("/api/account/123456/login");
		assertThat(login.query()).isEqualTo("v=1.3");
		assertThat(login.header("Content-Type")).isEqualTo("application/json");
		assertThat(login.header("Accept")).isEqualTo("application/json");
		assertThat(login.header("Authorization")).isNull();
		assertThat(login.bodyAsString()).isEqualTo("{\"username\":\"service-user\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(this.listings.last().header("Authorization")).isEqualTo("Bearer " + bearers().get(0));
		assertThat(this.tokens.count()).as("no client-credentials token for a listing").isZero();
	}

	@Test
	void listsAsTheUserAndInvokesWithTheClientCredentials() {
		RequestCapture invocations = this.liveperson.faults().capture(Endpoint.INVOKE);
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();

		template.getLambdas(LambdaQuery.all()).block();
		template.invokeByUuid(Emulators.UUID, Map.of()).block();

		assertThat(this.listings.last().header("Authorization")).isEqualTo("Bearer " + bearers().get(0));
		assertThat(invocations.last().header("Authorization"))
			.isEqualTo("Bearer " + Emulators.issuedTokens(this.tokens).get(0));
		assertThat(template.userLogin()).isPresent();
	}

	@Test
	void aUserLoginAloneAuthorizesEveryCall() {
		RequestCapture invocations = this.liveperson.faults().capture(Endpoint.INVOKE);
		// the login endpoint's override wins over agentVep (localhost)
		ReactiveFunctionsTemplate template = ReactiveFunctionsTemplate.builder()
			.accountId(Emulators.ACCOUNT)
			.discoveryUri(Emulators.baseUri(this.liveperson))
			.discoveryScheme("http")
			.clock(this.clock)
			.userLogin(USERNAME, PASSWORD)
			.loginEndpoint(URI.create("http://127.0.0.1:" + this.liveperson.port()))
			.build();

		template.invokeByUuid(Emulators.UUID, Map.of()).block();
		template.getLambdas(LambdaQuery.all()).block();

		assertThat(this.logins.count()).isEqualTo(1);
		assertThat(this.logins.last().header("Host")).isEqualTo("127.0.0.1:" + this.liveperson.port());
		assertThat(invocations.last().header("Authorization")).isEqualTo("Bearer " + bearers().get(0));
		assertThat(this.listings.last().header("Authorization")).isEqualTo("Bearer " + bearers().get(0));
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void findsTheLoginApiHostThroughDiscoveryAsAgentVep() {
		// agentVep names the emulator by another name than the other services do
		String emulator = "localhost:" + this.liveperson.port();
		String agentVep = "127.0.0.1:" + this.liveperson.port();
		this.liveperson.faults()
			.respond(Endpoint.DISCOVERY, (request) -> ScriptedResponse.discovery(Emulators.ACCOUNT,
					Map.of("faasGW", emulator, "sentinel", emulator, "faasUI", emulator, "agentVep", agentVep)));
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(this.liveperson)
			.clock(this.clock)
			.userLogin(USERNAME, PASSWORD)
			.build();

		template.getLambdas(LambdaQuery.all()).block();

		assertThat(this.logins.count()).isEqualTo(1);
		assertThat(this.logins.last().header("Host")).isEqualTo(agentVep);
		assertThat(this.listings.last().header("Authorization")).isEqualTo("Bearer " + bearers().get(0));
	}

	@Test
	void logsInAgainWhenTheBearerIsRefused() {
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();
		template.getLambdas(LambdaQuery.all()).block();
		this.liveperson.faults().respondNext(Endpoint.LISTING, json(401, "{}"));

		template.getLambdas(LambdaQuery.all()).block();

		List<String> bearers = bearers();
		assertThat(bearers).hasSize(2).doesNotHaveDuplicates();
		assertThat(authorizations(this.listings)).containsExactly("Bearer " + bearers.get(0),
				"Bearer " + bearers.get(0), "Bearer " + bearers.get(1));
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void aLoginApiAuthenticationPerCallLogsInAgainWhenRefused() {
		// the login host comes from the endpoints the template resolved for the call
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(this.liveperson).clock(this.clock).build();
		LoginApiAuthentication user = loginApiAuthentication().build();
		InvocationOptions asUser = InvocationOptions.builder().authentication(user).build();
		template.getLambdas(LambdaQuery.all(), asUser).block();
		this.liveperson.faults().respondNext(Endpoint.LISTING, json(401, "{}"));

		template.getLambdas(LambdaQuery.all(), asUser).block();

		List<String> bearers = bearers();
		assertThat(bearers).hasSize(2);
		assertThat(authorizations(this.listings)).containsExactly("Bearer " + bearers.get(0),
				"Bearer " + bearers.get(0), "Bearer " + bearers.get(1));
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void fiftyConcurrentCallersShareOneLogin() {
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();
		template.checkConnection().block();
		// the callers meet while the login is in flight
		this.liveperson.faults().latency(Endpoint.LOGIN, Duration.ofMillis(500));

		Mono<List<List<LambdaSummary>>> all = Flux
			.merge(Flux.range(0, 50).map((i) -> template.getLambdas(LambdaQuery.all())))
			.collectList()
			.cache();
		all.subscribe();
		List<List<LambdaSummary>> results = all.block(Duration.ofSeconds(20));

		assertThat(results).hasSize(50);
		assertThat(this.logins.count()).isEqualTo(1);
		assertThat(authorizations(this.listings)).hasSize(50).containsOnly("Bearer " + bearers().get(0));
	}

	@Test
	void aBearerThatIsAJwtServesUntilItsExpiry() {
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();
		template.getLambdas(LambdaQuery.all()).block();

		this.clock.advance(Duration.ofMinutes(26));
		template.getLambdas(LambdaQuery.all()).block();
		assertThat(this.logins.count()).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(5));
		template.getLambdas(LambdaQuery.all()).block();
		assertThat(this.logins.count()).isEqualTo(2);
		assertThat(this.listings.last().header("Authorization")).isEqualTo("Bearer " + bearers().get(1));
	}

	@Test
	void anOpaqueBearerIsAssumedToLastFiveMinutes() {
		AtomicInteger opaqueBearers = new AtomicInteger();
		this.liveperson.faults()
			.respond(Endpoint.LOGIN,
					(request) -> json(200, JSON.writeValueAsString(Map.of("bearer",
							"opaque-session-bearer-" + opaqueBearers.incrementAndGet(), "csrf", "csrf-value",
							"sessionId", "session-value", "config", Map.of("userId", "4242", "loginName", USERNAME)))));
		// the emulator's gateway accepts only its own tokens
		this.liveperson.faults().respond(Endpoint.LISTING, (request) -> json(200, "[]"));
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();
		template.getLambdas(LambdaQuery.all()).block();

		this.clock.advance(Duration.ofMinutes(4));
		template.getLambdas(LambdaQuery.all()).block();
		assertThat(this.logins.count()).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(1));
		template.getLambdas(LambdaQuery.all()).block();
		assertThat(this.logins.count()).isEqualTo(2);
		assertThat(authorizations(this.listings)).containsExactly("Bearer opaque-session-bearer-1",
				"Bearer opaque-session-bearer-1", "Bearer opaque-session-bearer-2");
	}

	@Test
	void aRefusedLoginIsAnAuthenticationErrorNamingTheUserButNotThePassword() {
		// the user's password was changed: the emulator answers its 401 "Bad credentials"
		this.liveperson.users().put(new EmulatedUser(USERNAME, "another-password-4f2a", true));
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();

		FaaSAuthenticationException refused = catchThrowableOfType(FaaSAuthenticationException.class,
				() -> template.getLambdas(LambdaQuery.all()).block());

		assertThat(refused.getStatusCode()).isEqualTo(401);
		assertThat(refused.isBadCredentials()).isTrue();
		assertThat(refused.getMessage()).contains("refused the login of user 'service-user'").doesNotContain(PASSWORD);
		assertThat(this.listings.count()).isZero();
	}

	@Test
	void thePasswordIsNeverSentOverPlainHttpToAHostThatIsNotLoopback() {
		ServiceEndpoints endpoints = new ServiceEndpoints(Emulators.baseUri(this.liveperson),
				Emulators.baseUri(this.liveperson), null, URI.create("http://agentvep.example.com"));
		LoginApiAuthentication user = loginApiAuthentication().endpoints(new StaticEndpointResolver(endpoints)).build();

		FaaSException refused = catchThrowableOfType(FaaSException.class, () -> user.bearer().block());

		assertThat(refused.getMessage())
			.contains("Refusing to send credentials over plain http to agentvep.example.com");
	}

	@Test
	void withoutALoginHostTheLoginFailsNamingTheSetting() {
		ServiceEndpoints endpoints = new ServiceEndpoints(Emulators.baseUri(this.liveperson),
				Emulators.baseUri(this.liveperson), null);
		LoginApiAuthentication user = loginApiAuthentication().endpoints(new StaticEndpointResolver(endpoints)).build();

		FaaSAuthenticationException refused = catchThrowableOfType(FaaSAuthenticationException.class,
				() -> user.bearer().block());

		assertThat(refused.getMessage()).contains("no 'agentVep' service").contains("login endpoint");
		assertThat(this.logins.count()).isZero();
	}

	@Test
	void toStringMasksThePassword() {
		ReactiveFunctionsTemplate template = templateWithUserLogin().build();

		assertThat(template.userLogin().orElseThrow())
			.hasToString("LoginApiAuthentication[account=123456, username=service-user, password=****]");
		assertThat(template.toString()).doesNotContain(PASSWORD);
		assertThat(loginApiAuthentication().build().toString()).doesNotContain(PASSWORD);
	}

	private ReactiveFunctionsTemplate.Builder templateWithUserLogin() {
		return Emulators.templateBuilder(this.liveperson).clock(this.clock).userLogin(USERNAME, PASSWORD);
	}

	private LoginApiAuthentication.Builder loginApiAuthentication() {
		ServiceEndpoints endpoints = new ServiceEndpoints(Emulators.baseUri(this.liveperson),
				Emulators.baseUri(this.liveperson), Emulators.baseUri(this.liveperson),
				Emulators.baseUri(this.liveperson));
		return LoginApiAuthentication.builder()
			.accountId(Emulators.ACCOUNT)
			.username(USERNAME)
			.password(PASSWORD)
			.endpoints(new StaticEndpointResolver(endpoints))
			.webClient(WebClient.create())
			.clock(this.clock);
	}

	/**
	 * The bearers the Login API answered, in order.
	 */
	private List<String> bearers() {
		return this.logins.answers()
			.stream()
			.filter((answer) -> answer.status() == 200)
			.map((answer) -> JSON.readTree(answer.body()).path("bearer").asString(null))
			.filter((bearer) -> bearer != null)
			.toList();
	}

	private static List<String> authorizations(RequestCapture capture) {
		return capture.requests().stream().map((request) -> request.header("Authorization")).toList();
	}

}
