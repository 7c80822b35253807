package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;

import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The exchange-style operations return the whole answer: status, headers, request id,
 * attempts, duration, and the body or the platform's error, which is returned instead of
 * thrown; faults that leave no answer are still thrown.
 */
class InvocationResponseIntegrationTests {

	private static final String CUSTOM_FAILURE = "com.liveperson.faas.handler.custom-failure";

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static FunctionsEmulator liveperson;

	private RequestCapture invocations;

	// retries of invocations after 503s, with short back-offs
	private final FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson)
		.retry(new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(20), false,
				RetryBudget.Settings.defaults()))
		.build());

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
		this.invocations = liveperson.faults().capture(Endpoint.INVOKE);
	}

	@Test
	void returnsTheWholeAnswerOfASuccessfulInvocation() {
		InvocationResponse<Map> response = this.template.exchangeByUuid(Emulators.UUID, Map.of("a", 1), Map.class);
		assertThat(response.isSuccessful()).isTrue();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getFirst("Content-Type")).startsWith("application/json");
		assertThat(response.getRequestId()).isEqualTo(this.invocations.last().header("X-Request-ID"));
		assertThat(response.getAttempts()).isEqualTo(1);
		assertThat(response.getDuration()).isPositive();
		assertThat(response.getBody()).isEqualTo(Map.of("ok", true));
		assertThat(response.getBodyOrThrow()).isEqualTo(Map.of("ok", true));
		assertThat(response.getError()).isNull();
	}

	@Test
	void returnsTheFunctionsFailureInsteadOfThrowingIt() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE,
					json(901, "{\"errorCode\":\"" + CUSTOM_FAILURE
							+ "\",\"errorMsg\":\"it failed\",\"errorLogs\":[{\"level\":\"Error\",\"message\":\"boom\","
							+ "\"timestamp\":1700000000000,\"extras\":[]}]}")
						.withHeader("X-Trace", "t-1"));
		InvocationResponse<Map<String, Object>> response = this.template.exchangeByUuid(Emulators.UUID, null,
				InvocationOptions.builder().requestId("exchange-1").build(), MAP);
		assertThat(response.isSuccessful()).isFalse();
		assertThat(response.getStatusCode().value()).isEqualTo(901);
		assertThat(response.getHeaders().getFirst("X-Trace")).isEqualTo("t-1");
		assertThat(response.getRequestId()).isEqualTo("exchange-1");
		assertThat(response.getAttempts()).isEqualTo(1);
		assertThat(response.getBody()).isNull();
		assertThat(response.getError()).isNotNull().satisfies((error) -> {
			assertThat(error.errorCode()).isEqualTo(CUSTOM_FAILURE);
			assertThat(error.errorMessage()).isEqualTo("it failed");
			assertThat(error.errorLogs()).extracting(FaaSError.LogEntry::message).containsExactly("boom");
		});
		assertThatExceptionOfType(FaaSLambdaException.class).isThrownBy(response::getBodyOrThrow)
			.satisfies((ex) -> assertThat(ex.getRequestId()).isEqualTo("exchange-1"));
	}

	@Test
	void theThrowingOperationStillThrowsThePlatformsError() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE, json(901, "{\"errorCode\":\"" + CUSTOM_FAILURE + "\",\"errorMsg\":\"no\"}"));
		assertThatExceptionOfType(FaaSLambdaException.class)
			.isThrownBy(() -> this.template.invokeByUuid(Emulators.UUID, null, Map.class));
	}

	@Test
	void countsTheAttemptsOfARetriedInvocation() {
		liveperson.faults().failNextGatewayRequests(1, 503);
		InvocationResponse<Map<String, Object>> response = this.template.exchangeByUuid(Emulators.UUID, null,
				InvocationOptions.builder().idempotent(true).build(), MAP);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getAttempts()).isEqualTo(2);
		assertThat(this.invocations.count()).isEqualTo(2);
		assertThat(this.invocations.requests()).extracting((request) -> request.header("X-Request-ID"))
			.containsOnly(response.getRequestId());
	}

	@Test
	void returnsTheLastErrorAnswerOnceTheRetriesAreSpent() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE, json(503, "{\"errorCode\":\"com.liveperson.faas.es.general\"}"),
					json(503, "{\"errorCode\":\"com.liveperson.faas.es.general\"}"),
					json(503, "{\"errorCode\":\"com.liveperson.faas.es.unavailable\"}").withHeader("X-Attempt", "3"));
		InvocationResponse<Map<String, Object>> response = this.template.exchangeByUuid(Emulators.UUID, null,
				InvocationOptions.builder().idempotent(true).build(), MAP);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getAttempts()).isEqualTo(3);
		assertThat(response.getHeaders().getFirst("X-Attempt")).isEqualTo("3");
		assertThat(response.getError()).isNotNull()
			.satisfies((error) -> assertThat(error.errorCode()).isEqualTo("com.liveperson.faas.es.unavailable"));
		assertThat(this.invocations.count()).isEqualTo(3);
	}

	@Test
	void stillThrowsWhenNoAnswerArrived() {
		liveperson.faults().resetNextGatewayConnections(1);
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> this.template.exchangeByUuid(Emulators.UUID, null, Map.class))
			.withMessageContaining("connection");
		assertThat(this.invocations.count()).isEqualTo(1);
	}

	@Test
	void stillThrowsWhenNoTokenIsIssued() {
		liveperson.faults().authorizationServerDown(true);
		assertThatExceptionOfType(FaaSAuthenticationException.class)
			.isThrownBy(() -> this.template.exchangeByUuid(Emulators.UUID, null, Map.class));
		assertThat(this.invocations.count()).isZero();
	}

	@Test
	void returnsTheWholeAnswerOfAnEventInvocation() {
		RequestCapture events = liveperson.faults().capture(Endpoint.EVENT_INVOKE);
		InvocationResponse<List<EventInvocationResult<Map>>> response = this.template.exchangeByEvent(Emulators.EVENT,
				null, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getRequestId()).isEqualTo(events.last().header("X-Request-ID"));
		assertThat(response.getBody()).singleElement().satisfies((result) -> {
			assertThat(result.uuid()).isEqualTo(Emulators.UUID);
			assertThat(result.result()).isEqualTo(Map.of("ok", true));
		});
	}

	@Test
	void reactiveExchangeCompletesWithThePlatformsError() {
		liveperson.faults()
			.respondNext(Endpoint.EVENT_INVOKE, json(400, "{\"errorCode\":\"com.liveperson.faas.es.badinput\"}"));
		InvocationResponse<List<EventInvocationResult<Map<String, Object>>>> response = this.template
			.getReactiveTemplate()
			.exchangeByEvent(Emulators.EVENT, null, InvocationOptions.none(), MAP)
			.block();
		assertThat(response).isNotNull();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getError()).isNotNull()
			.satisfies((error) -> assertThat(error.errorCode()).isEqualTo("com.liveperson.faas.es.badinput"));
		assertThatExceptionOfType(FaaSDetailedException.class).isThrownBy(response::getBodyOrThrow)
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
	}

	@Test
	void rejectsBadInputBeforeAnyRequest() {
		ReactiveFunctionsTemplate reactive = this.template.getReactiveTemplate();
		assertThatIllegalArgumentException().isThrownBy(() -> reactive.exchangeByUuid("not-a-uuid", null, Map.class))
			.withMessageContaining("'functionUuid'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> reactive.exchangeByUuid(Emulators.UUID, null, (Class<Map>) null))
			.withMessageContaining("'responseType'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> reactive.exchangeByEvent(Emulators.EVENT, null, null, MAP))
			.withMessageContaining("'options'");
		assertThat(liveperson.requests().all()).isEmpty();
	}

}
