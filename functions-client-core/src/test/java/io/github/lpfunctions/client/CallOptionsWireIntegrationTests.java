package io.github.lpfunctions.client;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The per-call user id and body timestamp, and the request-id generator, as they arrive
 * at the platform.
 */
class CallOptionsWireIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant EVENT_TIME = Instant.parse("2026-03-04T05:06:07.089Z");

	private static FunctionsEmulator platformV1;

	private static FunctionsEmulator platformV2;

	@BeforeAll
	static void start() {
		platformV1 = Emulators.start();
		platformV2 = Emulators.builder().platform(io.github.lpfunctions.emulator.Platform.V2).start();
	}

	@AfterAll
	static void stop() {
		platformV1.close();
		platformV2.close();
	}

	@BeforeEach
	void reset() {
		platformV1.reset();
		platformV2.reset();
	}

	@Test
	void sendsTheUserIdOfAV2IsImplementedAsTheNodeClientDoes() {
		RequestCapture questions = platformV2.faults().capture(Endpoint.IS_IMPLEMENTED);
		FunctionsTemplate v2 = new FunctionsTemplate(
				Emulators.templateBuilder(platformV2).platform(Platform.V2).build());
		boolean implemented = v2.isImplemented(Emulators.EVENT,
				InvocationOptions.builder().userId("user-7").skillId("42").build());
		assertThat(implemented).isTrue();
		UnmaskedRequest question = questions.last();
		assertThat(question.path()).isEqualTo("/api/account/123456/events/" + Emulators.EVENT + "/isImplemented");
		assertThat(question.query()).isEqualTo("skillId=42&userId=user-7");
		v2.isImplemented(Emulators.EVENT, InvocationOptions.builder().userId("user-8").skillId("42").build());
		assertThat(questions.count()).as("an answer for another user is not taken from the cache").isEqualTo(2);
		assertThat(questions.last().queryParam("userId")).isEqualTo("user-8");
	}

	@Test
	void sendsNoUserIdToV1WhoseIsImplementedTakesNone() {
		RequestCapture questions = platformV1.faults().capture(Endpoint.IS_IMPLEMENTED);
		FunctionsTemplate v1 = new FunctionsTemplate(Emulators.templateBuilder(platformV1).build());
		v1.isImplemented(Emulators.EVENT, InvocationOptions.builder().userId("user-7").build());
		assertThat(questions.last().query()).isEqualTo("v=1&externalSystem=test-system");
	}

	@Test
	void sendsTheCallersTimestampInTheBody() throws Exception {
		RequestCapture invocations = platformV1.faults().capture(Endpoint.INVOKE);
		RequestCapture events = platformV1.faults().capture(Endpoint.EVENT_INVOKE);
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(platformV1).build());
		InvocationOptions options = InvocationOptions.builder().timestamp(EVENT_TIME).build();
		template.invokeByUuid(Emulators.UUID, Map.of("a", 1), options);
		template.invokeByEvent(Emulators.EVENT, null, options);
		assertThat(JSON.readTree(invocations.last().bodyAsString()).get("timestamp").asLong())
			.isEqualTo(EVENT_TIME.toEpochMilli());
		assertThat(JSON.readTree(events.last().bodyAsString()).get("timestamp").asLong())
			.isEqualTo(EVENT_TIME.toEpochMilli());
	}

	@Test
	void timestampsTheBodyWithTheTemplatesClockByDefault() throws Exception {
		RequestCapture invocations = platformV1.faults().capture(Endpoint.INVOKE);
		// before the emulator's own clock, which issues and checks the tokens: a token
		// obtained at this time is still far from its expiry
		Instant now = Instant.parse("2026-07-08T09:10:11.012Z");
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(platformV1).clock(Clock.fixed(now, ZoneOffset.UTC)).build());
		template.invokeByUuid(Emulators.UUID, null);
		assertThat(JSON.readTree(invocations.last().bodyAsString()).get("timestamp").asLong())
			.isEqualTo(now.toEpochMilli());
	}

	@Test
	void makesRequestIdsWithTheGenerator() {
		RequestCapture invocations = platformV1.faults().capture(Endpoint.INVOKE);
		RequestCapture questions = platformV1.faults().capture(Endpoint.IS_IMPLEMENTED);
		AtomicInteger sequence = new AtomicInteger();
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(platformV1)
			.requestIdGenerator(() -> "orders-" + sequence.incrementAndGet())
			.build());
		template.invokeByUuid(Emulators.UUID, null);
		template.isImplemented(Emulators.EVENT);
		assertThat(invocations.last().header("X-Request-ID")).isEqualTo("orders-1");
		assertThat(questions.last().header("X-Request-ID")).isEqualTo("orders-2");
		template.invokeByUuid(Emulators.UUID, null, InvocationOptions.builder().requestId("mine-9").build());
		assertThat(invocations.last().header("X-Request-ID")).as("the per-call request id wins").isEqualTo("mine-9");
		assertThat(sequence).hasValue(2);
	}

	@Test
	void failsBeforeSendingWhenTheGeneratorMakesABadRequestId() {
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(platformV1).requestIdGenerator(() -> "two words").build());
		assertThatIllegalArgumentException().isThrownBy(() -> template.invokeByUuid(Emulators.UUID, null))
			.withMessageContaining("RequestIdGenerator")
			.withMessageContaining("'two words'");
		assertThat(platformV1.requests().to(Endpoint.INVOKE)).isEmpty();
	}

	@Test
	void rejectsBadOptionsNamingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> InvocationOptions.builder().userId(" ").build())
			.withMessageContaining("'userId'");
		assertThatIllegalArgumentException().isThrownBy(() -> InvocationOptions.builder().userId("a\r\nb").build())
			.withMessageContaining("'userId'");
		assertThatIllegalArgumentException().isThrownBy(() -> InvocationOptions.builder().timestamp(null))
			.withMessageContaining("'timestamp'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Emulators.templateBuilder(platformV1).requestIdGenerator(null).build())
			.withMessageContaining("'requestIdGenerator'");
	}

}
