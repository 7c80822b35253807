package io.github.lpfunctions.client;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.ChannelOption;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import io.github.lpfunctions.client.FakeLivePerson.Route;
import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;

import static io.github.lpfunctions.client.FakeLivePerson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One test per reliability promise, each counting exactly how many requests reached the
 * server: what is retried, what is not, Retry-After, the retry budget, and the deadline.
 */
class FaultInjectionIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final ParameterizedTypeReference<Object> ANY = new ParameterizedTypeReference<>() {
	};

	private final FakeLivePerson liveperson = new FakeLivePerson().start();

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void doesNotRepeatAnInvocationAnswered503() {
		this.liveperson.enqueue(Route.INVOKE, json(503, "{}"));
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(RetrySettings.defaults()).invokeByUuid(UUID, null))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(1);
	}

	@Test
	void doesNotRepeatAnInvocationWhoseConnectionWasResetAfterSending() {
		this.liveperson.enqueue(Route.INVOKE, reset());
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template(RetrySettings.defaults()).invokeByUuid(UUID, null))
			.withMessageContaining("Invocation of function " + UUID + " failed");
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(1);
	}

	@Test
	void doesNotRepeatAnInvocationThatTimedOut() {
		this.liveperson.enqueue(Route.INVOKE, slow(3));
		InvocationOptions options = InvocationOptions.builder().timeout(Duration.ofMillis(800)).build();
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template(RetrySettings.defaults()).invokeByUuid(UUID, null, options, ANY))
			.withMessageContaining("timed out");
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(1);
	}

	@Test
	void repeatsAnInvocationThatCertainlyWasNotSent() throws Exception {
		int closedPort = freePort();
		AtomicInteger attempts = new AtomicInteger();
		ClientHttpConnector connector = new ReactorClientHttpConnector(
				HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000));
		ClientHttpConnector counting = (method, uri, callback) -> {
			if (uri.getPort() == closedPort) {
				attempts.incrementAndGet();
			}
			return connector.connect(method, uri, callback);
		};
		FunctionsTemplate template = new FunctionsTemplate(this.liveperson.templateBuilder()
			.endpoints(URI.create("http://127.0.0.1:" + closedPort), null, null)
			.clientConnector(counting)
			.retry(fast(3, false))
			.build());
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("connection to 127.0.0.1 failed");
		assertThat(attempts.get()).isEqualTo(3);
		assertThat(this.liveperson.count(Route.INVOKE)).isZero();
	}

	@Test
	void repeatsAReadOnTransientFailures() {
		this.liveperson.enqueue(Route.IS_IMPLEMENTED, json(503, "{}"));
		this.liveperson.enqueue(Route.IS_IMPLEMENTED, reset());
		assertThat(template(fast(3, false)).isImplemented("conversational_command")).isTrue();
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(3);
	}

	@Test
	void repeatsAReadAtMostThreeTimes() {
		this.liveperson.respond(Route.IS_IMPLEMENTED, (request) -> json(502, "{}"));
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(fast(3, false)).isImplemented("conversational_command"));
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(3);
	}

	@Test
	void doesNotRepeatAReadOnAClientError() {
		this.liveperson.enqueue(Route.IS_IMPLEMENTED, json(400, "{\"errorCode\":\"com.liveperson.faas.es.badinput\"}"));
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(fast(3, false)).isImplemented("conversational_command"));
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(1);
	}

	@Test
	void honoursRetryAfterWhenItFitsTheDeadline() {
		FunctionsTemplate template = template(fast(3, false));
		template.isImplemented("warm_up");
		this.liveperson.enqueue(Route.IS_IMPLEMENTED, rateLimited("1"));
		long start = System.nanoTime();
		assertThat(template.isImplemented("conversational_command")).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(3);
	}

	@Test
	void failsAtOnceWhenRetryAfterExceedsTheDeadline() {
		this.liveperson.enqueue(Route.IS_IMPLEMENTED, rateLimited("60"));
		long start = System.nanoTime();
		FaaSDetailedException ex = catchThrowableOfType(FaaSDetailedException.class,
				() -> template(fast(3, false)).isImplemented("conversational_command"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(ex.getStatusCode()).isEqualTo(429);
		assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(1);
	}

	@Test
	void repeatsAnInvocationTheCallerDeclaredIdempotent() {
		this.liveperson.enqueue(Route.INVOKE, json(503, "{}"));
		InvocationOptions options = InvocationOptions.builder().idempotent(true).build();
		template(fast(3, false)).invokeByUuid(UUID, null, options, ANY);
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(2);
	}

	@Test
	void repeatsInvocationsWhenConfiguredForIdempotentFunctions() {
		this.liveperson.enqueue(Route.INVOKE, reset());
		template(fast(3, true)).invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(2);
	}

	@Test
	void letsACallerOptOutOfRetriesPerCall() {
		this.liveperson.enqueue(Route.INVOKE, json(503, "{}"));
		InvocationOptions options = InvocationOptions.builder().idempotent(false).build();
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(fast(3, true)).invokeByUuid(UUID, null, options, ANY));
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(1);
	}

	@Test
	void stopsRetryingWhenTheBudgetIsSpent() {
		this.liveperson.respond(Route.IS_IMPLEMENTED, (request) -> json(503, "{}"));
		RetrySettings smallBudget = new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10), false,
				new RetryBudget.Settings(10, 5));
		FunctionsTemplate template = template(smallBudget);
		assertThatExceptionOfType(FaaSDetailedException.class).isThrownBy(() -> template.isImplemented("a"));
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(3);
		assertThatExceptionOfType(FaaSDetailedException.class).isThrownBy(() -> template.isImplemented("b"));
		assertThat(this.liveperson.count(Route.IS_IMPLEMENTED)).isEqualTo(4);
	}

	@Test
	void endsAReadWithinItsDeadlineWhenTheGatewayHangs() {
		this.liveperson.respond(Route.IS_IMPLEMENTED, (request) -> slow(5));
		FunctionsTemplate template = new FunctionsTemplate(
				this.liveperson.templateBuilder().timeout(Duration.ofSeconds(1)).retry(fast(3, false)).build());
		long start = System.nanoTime();
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template.isImplemented("conversational_command"))
			.withMessageContaining("timed out");
		// a deadline of 1 s against a server that hangs for 5 s or more; the slack is for
		// slow machines
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void endsWithinTheDeadlineWhenTheAuthorizationServerHangs() {
		this.liveperson.respond(Route.TOKEN, (request) -> slow(10));
		FunctionsTemplate template = new FunctionsTemplate(
				this.liveperson.templateBuilder().timeout(Duration.ofSeconds(1)).retry(fast(3, false)).build());
		long start = System.nanoTime();
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null));
		// a deadline of 1 s against a server that hangs for 5 s or more; the slack is for
		// slow machines
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(this.liveperson.count(Route.INVOKE)).isZero();
	}

	@Test
	void repeatsATokenRequestOnTransientFailures() {
		this.liveperson.enqueue(Route.TOKEN, json(503, "{}"));
		this.liveperson.enqueue(Route.TOKEN, reset());
		template(fast(3, false)).invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.TOKEN)).isEqualTo(3);
		assertThat(this.liveperson.count(Route.INVOKE)).isEqualTo(1);
	}

	@Test
	void repeatsADiscoveryRequestOnTransientFailures() {
		this.liveperson.enqueue(Route.CSDS, json(500, "{}"));
		template(fast(3, false)).invokeByUuid(UUID, null);
		assertThat(this.liveperson.count(Route.CSDS)).isEqualTo(2);
	}

	private FunctionsTemplate template(RetrySettings retry) {
		return new FunctionsTemplate(this.liveperson.templateBuilder().retry(retry).build());
	}

	private static RetrySettings fast(int attempts, boolean retryInvocations) {
		return new RetrySettings(attempts, Duration.ofMillis(20), Duration.ofMillis(100), retryInvocations,
				RetryBudget.Settings.defaults());
	}

	private static MockResponse reset() {
		return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
	}

	private static MockResponse slow(int seconds) {
		return new MockResponse.Builder().code(200)
			.headersDelay(seconds, TimeUnit.SECONDS)
			.setHeader("Content-Type", "application/json")
			.body("{\"implemented\":true}")
			.build();
	}

	private static MockResponse rateLimited(String retryAfter) {
		return new MockResponse.Builder().code(429)
			.setHeader("Retry-After", retryAfter)
			.setHeader("Content-Type", "application/json")
			.body("{\"errorCode\":\"com.liveperson.faas.es.general\",\"errorMsg\":\"Too many requests\"}")
			.build();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
