package io.github.lpfunctions.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.client.retry.RetryBudget;
import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A request body larger than {@code maxRequestBytes} is refused before anything is sent:
 * not even discovery or a token request reaches the emulator.
 */
class RequestSizeIntegrationTests {

	private static final int LIMIT = 1024;

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	/** The invocation body around a payload {@code {"text": ...}}, in bytes. */
	private static final int ENVELOPE = "{\"timestamp\":1764626400000,\"headers\":[],\"payload\":{\"text\":\"\"}}"
		.getBytes(StandardCharsets.UTF_8).length;

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
	void refusesAnInvocationOverTheLimitBeforeTheNetwork() {
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson).maxRequestBytes(LIMIT).build();
		Map<String, String> payload = Map.of("text", "x".repeat(LIMIT));
		assertThatIllegalArgumentException().isThrownBy(() -> template.invokeByUuid(Emulators.UUID, payload, MAP))
			.withMessageContaining("request body of " + (ENVELOPE + LIMIT) + " bytes")
			.withMessageContaining("limit of " + LIMIT + " bytes set by 'maxRequestBytes'");
		assertThatIllegalArgumentException().isThrownBy(() -> template.invokeByEvent(Emulators.EVENT, payload))
			.withMessageContaining("request body of " + (ENVELOPE + LIMIT) + " bytes");
		assertThat(liveperson.requests().all()).isEmpty();
	}

	@Test
	void refusesABlockingInvocationOverTheLimitBeforeTheNetwork() {
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).maxRequestBytes(LIMIT).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.invokeByUuid(Emulators.UUID, Map.of("text", "x".repeat(LIMIT))))
			.withMessageContaining("request body of " + (ENVELOPE + LIMIT) + " bytes")
			.withMessageContaining("'maxRequestBytes'");
		assertThat(liveperson.requests().all()).isEmpty();
	}

	@Test
	void sendsABodyOfExactlyTheLimit() {
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).maxRequestBytes(LIMIT).build());
		Map<String, Object> result = template.invokeByUuid(Emulators.UUID, Map.of("text", "x".repeat(LIMIT - ENVELOPE)),
				InvocationOptions.none(), MAP);
		assertThat(result).containsEntry("ok", true);
		assertThat(liveperson.requests().to(Endpoint.INVOKE)).singleElement()
			.satisfies((request) -> assertThat(request.body().getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT));
	}

	@Test
	void sendsALargeBodyWholeWithItsLengthOnEveryAttempt() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(503, "{}"));
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson)
			.retry(new RetrySettings(2, Duration.ofMillis(20), Duration.ofMillis(100), false,
					RetryBudget.Settings.defaults()))
			.build());
		String text = "é-ü-".repeat(150_000);
		InvocationOptions idempotent = InvocationOptions.builder().idempotent(true).build();
		assertThat(template.invokeByUuid(Emulators.UUID, Map.of("text", text), idempotent, MAP)).containsEntry("ok",
				true);
		int length = ENVELOPE + text.getBytes(StandardCharsets.UTF_8).length;
		assertThat(liveperson.requests().to(Endpoint.INVOKE)).hasSize(2).allSatisfy((request) -> {
			assertThat(request.header("Content-Length")).isEqualTo(String.valueOf(length));
			assertThat(request.body()).hasSize(ENVELOPE + text.length()).contains("\"text\":\"" + text + "\"");
		});
	}

	@Test
	void refusesTwentyMegabytesWithTheDefaultLimit() {
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson).build());
		int twentyMegabytes = 20 * 1024 * 1024;
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.invokeByUuid(Emulators.UUID, Map.of("text", "x".repeat(twentyMegabytes))))
			.withMessageContaining("request body of " + (ENVELOPE + twentyMegabytes) + " bytes")
			.withMessageContaining("limit of " + FunctionsDefaults.MAX_REQUEST_BYTES + " bytes");
		assertThat(liveperson.requests().all()).isEmpty();
	}

}
