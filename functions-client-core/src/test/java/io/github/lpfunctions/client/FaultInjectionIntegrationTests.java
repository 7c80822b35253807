package io.github.lpfunctions.client;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.ScriptedResponse;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
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

	private static FunctionsEmulator liveperson;

	@BeforeAll
	static void start() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void reset() {
		liveperson.reset();
	}

	@Test
	void doesNotRepeatAnInvocationAnswered503() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(503, "{}"));
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(RetrySettings.defaults()).invokeByUuid(UUID, null))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		assertThat(count(Endpoint.INVOKE)).isEqualTo(1);
	}

	@Test
	void doesNotRepeatAnInvocationWhoseConnectionWasResetAfterSending() {
		liveperson.faults().respondNext(Endpoint.INVOKE, ScriptedResponse.connectionReset());
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template(RetrySettings.defaults()).invokeByUuid(UUID, null))
			.withMessageContaining("Invocation of function " + UUID + " failed");
		assertThat(count(Endpoint.INVOKE)).isEqualTo(1);
	}

	@Test
	void doesNotRepeatAnInvocationThatTimedOut() {
		liveperson.faults().respondNext(Endpoint.INVOKE, slow(3));
		InvocationOptions options = InvocationOptions.builder().timeout(Duration.ofMillis(800)).build();
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> template(RetrySettings.defaults()).invokeByUuid(UUID, null, options, ANY))
			.withMessageContaining("timed out");
		assertThat(count(Endpoint.INVOKE)).isEqualTo(1);
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
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson)
			.endpoints(URI.create("http://127.0.0.1:" + closedPort), null, null)
			.clientConnector(counting)
			.retry(fast(3, false))
			.build());
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null))
			.withMessageContaining("connection to 127.0.0.1 failed");
		assertThat(attempts.get()).isEqualTo(3);
		assertThat(count(Endpoint.INVOKE)).isZero();
	}

	@Test
	void repeatsAReadOnTransientFailures() {
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, json(503, "{}"));
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, ScriptedResponse.connectionReset());
		assertThat(template(fast(3, false)).isImplemented("conversational_command")).isTrue();
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(3);
	}

	@Test
	void repeatsAReadAtMostThreeTimes() {
		liveperson.faults().respond(Endpoint.IS_IMPLEMENTED, (request) -> json(502, "{}"));
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(fast(3, false)).isImplemented("conversational_command"));
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(3);
	}

	@Test
	void doesNotRepeatAReadOnAClientError() {
		liveperson.faults()
			.respondNext(Endpoint.IS_IMPLEMENTED, json(400, "{\"errorCode\":\"com.liveperson.faas.es.badinput\"}"));
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(fast(3, false)).isImplemented("conversational_command"));
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(1);
	}

	@Test
	void honoursRetryAfterWhenItFitsTheDeadline() {
		FunctionsTemplate template = template(fast(3, false));
		template.isImplemented("warm_up");
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, rateLimited("1"));
		long start = System.nanoTime();
		assertThat(template.isImplemented("conversational_command")).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(3);
	}

	@Test
	void failsAtOnceWhenRetryAfterExceedsTheDeadline() {
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, rateLimited("60"));
		long start = System.nanoTime();
		FaaSDetailedException ex = catchThrowableOfType(FaaSDetailedException.class,
				() -> template(fast(3, false)).isImplemented("conversational_command"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(ex.getStatusCode()).isEqualTo(429);
		assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(60));
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(1);
	}

	@Test
	void repeatsAnInvocationTheCallerDeclaredIdempotent() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(503, "{}"));
		InvocationOptions options = InvocationOptions.builder().idempotent(true).build();
		template(fast(3, false)).invokeByUuid(UUID, null, options, ANY);
		assertThat(count(Endpoint.INVOKE)).isEqualTo(2);
	}

	@Test
	void repeatsInvocationsWhenConfiguredForIdempotentFunctions() {
		liveperson.faults().respondNext(Endpoint.INVOKE, ScriptedResponse.connectionReset());
		template(fast(3, true)).invokeByUuid(UUID, null);
		assertThat(count(Endpoint.INVOKE)).isEqualTo(2);
	}

	@Test
	void letsACallerOptOutOfRetriesPerCall() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(503, "{}"));
		InvocationOptions options = InvocationOptions.builder().idempotent(false).build();
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> template(fast(3, true)).invokeByUuid(UUID, null, options, ANY));
		assertThat(count(Endpoint.INVOKE)).isEqualTo(1);
	}

	@Test
	void stopsRetryingWhenTheBudgetIsSpent() {
		liveperson.faults().respond(Endpoint.IS_IMPLEMENTED, (request) -> json(503, "{}"));
		RetrySettings smallBudget = new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10), false,
				new RetryBudget.Settings(10, 5));
		FunctionsTemplate template = template(smallBudget);
		assertThatExceptionOfType(FaaSDetailedException.class).isThrownBy(() -> template.isImplemented("a"));
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(3);
		assertThatExceptionOfType(FaaSDetailedException.class).isThrownBy(() -> template.isImplemented("b"));
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(4);
	}

	@Test
	void endsAReadWithinItsDeadlineWhenTheGatewayHangs() {
		liveperson.faults().respond(Endpoint.IS_IMPLEMENTED, (request) -> slow(5));
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).timeout(Duration.ofSeconds(1)).retry(fast(3, false)).build());
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
		liveperson.faults().respond(Endpoint.TOKEN, (request) -> slow(10));
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).timeout(Duration.ofSeconds(1)).retry(fast(3, false)).build());
		long start = System.nanoTime();
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null));
		// a deadline of 1 s against a server that hangs for 5 s or more; the slack is for
		// slow machines
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(count(Endpoint.INVOKE)).isZero();
	}

	@Test
	void repeatsATokenRequestOnTransientFailures() {
		liveperson.faults().respondNext(Endpoint.TOKEN, json(503, "{}"));
		liveperson.faults().respondNext(Endpoint.TOKEN, ScriptedResponse.connectionReset());
		template(fast(3, false)).invokeByUuid(UUID, null);
		assertThat(count(Endpoint.TOKEN)).isEqualTo(3);
		assertThat(count(Endpoint.INVOKE)).isEqualTo(1);
	}

	@Test
	void repeatsADiscoveryRequestOnTransientFailures() {
		liveperson.faults().respondNext(Endpoint.DISCOVERY, json(500, "{}"));
		template(fast(3, false)).invokeByUuid(UUID, null);
		assertThat(count(Endpoint.DISCOVERY)).isEqualTo(2);
	}

	private FunctionsTemplate template(RetrySettings retry) {
		return new FunctionsTemplate(Emulators.templateBuilder(liveperson).retry(retry).build());
	}

	private static RetrySettings fast(int attempts, boolean retryInvocations) {
		return new RetrySettings(attempts, Duration.ofMillis(20), Duration.ofMillis(100), retryInvocations,
				RetryBudget.Settings.defaults());
	}

	private static ScriptedResponse slow(int seconds) {
		return json(200, "{\"implemented\":true}").delayedBy(Duration.ofSeconds(seconds));
	}

	private static ScriptedResponse rateLimited(String retryAfter) {
		return ScriptedResponse.status(429)
			.withHeader("Retry-After", retryAfter)
			.withBody("application/json",
					"{\"errorCode\":\"com.liveperson.faas.es.general\",\"errorMsg\":\"Too many requests\"}");
	}

	private static int count(Endpoint endpoint) {
		return liveperson.requests().to(endpoint).size();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
