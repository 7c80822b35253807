package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.emulator.ScriptedResponse;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The error table of {@code wire-protocol.md}: every error code and every status maps to
 * the documented exception type with its fields.
 */
class ErrorMappingIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static FunctionsEmulator liveperson;

	private final FunctionsTemplate template = new FunctionsTemplate(
			Emulators.templateBuilder(liveperson).retry(RetrySettings.none()).build());

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

	static Stream<Arguments> v1Codes() {
		return Stream.of(Arguments.of("com.liveperson.faas.es.general", 500, FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.es.unavailable", 502, FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.es.badinput", 400, FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.es.notdeployed", 404, FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.es.missinglambda", 404, FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.fm.general", 500, FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.fm.unavailable", 503, FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.handler.custom-failure", 901, FaaSLambdaException.class),
				Arguments.of("com.liveperson.faas.handler.runtime-exception", 901, FaaSLambdaException.class),
				Arguments.of("com.liveperson.faas.handler.executiontime-exceeded", 901, FaaSLambdaException.class),
				Arguments.of("com.liveperson.faas.handler.log-limit-reached", 901, FaaSLambdaException.class),
				// A function failure is a function failure whatever the status says.
				Arguments.of("com.liveperson.faas.handler.custom-failure", 500, FaaSLambdaException.class));
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("v1Codes")
	void mapsEveryV1ErrorCode(String code, int status, Class<? extends FaaSDetailedException> type) {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE, json(status,
					"{\"errorCode\":\"" + code + "\",\"errorMsg\":\"details of " + code + "\",\"errorLogs\":[]}"));
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex).isExactlyInstanceOf(type);
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.getFaaSError()).isEqualTo(new FaaSError(code, "details of " + code));
		assertThat(ex.getFaaSError().v1ErrorCode()).isEqualTo(code);
		assertThat(ex.getFunctionUuid()).isEqualTo(UUID);
		assertThat(ex.getEventId()).isNull();
		assertThat(ex.getRequestId()).isEqualTo(last(Endpoint.INVOKE).header("X-Request-ID"));
		assertThat(ex.getMessage()).contains(UUID, String.valueOf(status), code, ex.getRequestId());
	}

	static Stream<Arguments> v2Codes() {
		return Stream.of(
				Arguments.of("com.liveperson.faas.evg.general", "com.liveperson.faas.es.general", 500,
						FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.evg.invalid", "com.liveperson.faas.es.badinput", 400,
						FaaSDetailedException.class),
				Arguments.of("com.customer.faas.function.threw-error", "com.liveperson.faas.handler.custom-failure",
						901, FaaSLambdaException.class),
				Arguments.of("com.customer.faas.function.js-runtime-error",
						"com.liveperson.faas.handler.runtime-exception", 901, FaaSLambdaException.class),
				Arguments.of("com.customer.faas.function.execution-exceeded",
						"com.liveperson.faas.handler.executiontime-exceeded", 901, FaaSLambdaException.class),
				Arguments.of("com.liveperson.faas.function.not-found", "com.liveperson.faas.es.missinglambda", 404,
						FaaSDetailedException.class),
				Arguments.of("com.liveperson.faas.function.runtime.limit-reached",
						"com.liveperson.faas.handler.log-limit-reached", 901, FaaSLambdaException.class),
				Arguments.of("com.liveperson.faas.self-service.pending", null, 409, FaaSDetailedException.class));
	}

	@ParameterizedTest(name = "{0} with {2}")
	@MethodSource("v2Codes")
	void mapsEveryV2ErrorCodeWithItsV1Equivalent(String code, String v1Code, int status,
			Class<? extends FaaSDetailedException> type) {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE,
					json(status, "{\"code\":\"" + code + "\",\"message\":\"v2 says " + code + "\"}"));
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex).isExactlyInstanceOf(type);
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.getFaaSError().errorCode()).isEqualTo(code);
		assertThat(ex.getFaaSError().errorMessage()).isEqualTo("v2 says " + code);
		assertThat(ex.getFaaSError().v1ErrorCode()).isEqualTo(v1Code);
	}

	@ParameterizedTest(name = "status {0}")
	@ValueSource(ints = { 400, 401, 403, 404, 405, 408, 429, 500, 502, 503, 504 })
	void mapsEveryFailureStatusWithoutABodyToADetailedException(int status) {
		// 401 is answered twice: the client fetches a new token and repeats once.
		liveperson.faults().respondNext(Endpoint.INVOKE, json(status, ""));
		liveperson.faults().respondNext(Endpoint.INVOKE, json(status, ""));
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex).isExactlyInstanceOf(FaaSDetailedException.class);
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.getFaaSError()).isEqualTo(new FaaSError(null, null));
		assertThat(ex.getMessage()).contains("status " + status);
	}

	@Test
	void treatsStatus901AsAFunctionFailureEvenWithoutABody() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(901, ""));
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex).isExactlyInstanceOf(FaaSLambdaException.class);
		assertThat(ex.getStatusCode()).isEqualTo(901);
	}

	@Test
	void keepsTheStatusWhenTheErrorBodyIsNotJson() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE,
					ScriptedResponse.status(502).withBody("text/html", "<html><body>Bad gateway</body></html>"));
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex.getStatusCode()).isEqualTo(502);
		assertThat(ex.getFaaSError().errorCode()).isNull();
	}

	@Test
	void readsRetryAfter() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE,
					ScriptedResponse.status(429)
						.withHeader("Retry-After", "7")
						.withBody("application/json",
								"{\"errorCode\":\"com.liveperson.faas.es.general\",\"errorMsg\":\"rate limited\"}"));
		assertThat(invokeAndCatch().getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void namesTheEventOfAFailedEventInvocation() {
		liveperson.faults()
			.respondNext(Endpoint.EVENT_INVOKE,
					json(400, "{\"errorCode\":\"com.liveperson.faas.es.badinput\",\"errorMsg\":\"bad\"}"));
		FaaSDetailedException ex = catchThrowableOfType(FaaSDetailedException.class,
				() -> this.template.invokeByEvent("conversational_command", null));
		assertThat(ex.getEventId()).isEqualTo("conversational_command");
		assertThat(ex.getFunctionUuid()).isNull();
	}

	@Test
	void reportsAnUnreadableSuccessBodyWithoutEchoingIt() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{\"not\": valid json SECRET-PAYLOAD"));
		FaaSException ex = catchThrowableOfType(FaaSException.class,
				() -> this.template.invokeByUuid(UUID, null, Object.class));
		assertThat(ex).isExactlyInstanceOf(FaaSException.class);
		assertThat(ex.getMessage()).contains("cannot be read", UUID).doesNotContain("SECRET-PAYLOAD");
		assertThat(ex.getRequestId()).isNotBlank();
	}

	@Test
	void aCallThatIgnoresTheResultDoesNotReadIt() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "not json at all"));
		liveperson.faults().respondNext(Endpoint.EVENT_INVOKE, json(200, "not a list either"));
		assertThatNoException().isThrownBy(() -> this.template.invokeByUuid(UUID, null));
		assertThatNoException().isThrownBy(() -> this.template.invokeByEvent("conversational_command", null));
		assertThat(count(Endpoint.INVOKE)).isOne();
		assertThat(count(Endpoint.EVENT_INVOKE)).isOne();
	}

	@Test
	void reportsAConnectionFailureWithTheRequestId() {
		FunctionsTemplate unreachable = new FunctionsTemplate(Emulators.templateBuilder(liveperson)
			.discoveryEnabled(false)
			.endpoints(java.net.URI.create("http://127.0.0.1:1"), Emulators.baseUri(liveperson), null)
			.retry(RetrySettings.none())
			.build());
		FaaSException ex = catchThrowableOfType(FaaSException.class, () -> unreachable.invokeByUuid(UUID, null));
		assertThat(ex).isExactlyInstanceOf(FaaSException.class);
		assertThat(ex.getMessage()).contains("connection to 127.0.0.1 failed").contains(ex.getRequestId());
	}

	@Test
	void reportsATimeoutWithTheRequestId() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{}").delayedBy(Duration.ofSeconds(3)));
		InvocationOptions options = InvocationOptions.builder().timeout(Duration.ofMillis(500)).build();
		long start = System.nanoTime();
		FaaSException ex = catchThrowableOfType(FaaSException.class, () -> this.template.invokeByUuid(UUID, null,
				options, new org.springframework.core.ParameterizedTypeReference<Object>() {
				}));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		assertThat(ex.getMessage()).contains("timed out", "PT0.5S", ex.getRequestId());
	}

	@Test
	void boundsTheResponseSize() {
		FunctionsTemplate small = new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).maxResponseBytes(1024).build());
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "\"" + "x".repeat(5000) + "\""));
		FaaSException ex = catchThrowableOfType(FaaSException.class,
				() -> small.invokeByUuid(UUID, null, String.class));
		assertThat(ex.getMessage()).contains("exceeds the limit of 1024 bytes");
	}

	private static int count(Endpoint endpoint) {
		return liveperson.requests().to(endpoint).size();
	}

	private static RecordedRequest last(Endpoint endpoint) {
		List<RecordedRequest> requests = liveperson.requests().to(endpoint);
		return requests.get(requests.size() - 1);
	}

	private FaaSDetailedException invokeAndCatch() {
		return catchThrowableOfType(FaaSDetailedException.class, () -> this.template.invokeByUuid(UUID, null));
	}

}
