package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Every buffer of an answer is released, whatever becomes of the answer: the template
 * parses the body from the buffers it arrived in, so a path that forgot one would keep
 * it. So is the buffer of the connection that each attempt copies the request body into.
 * The connections allocate from a counting allocator; once the template is closed and its
 * connections are gone, nothing allocated may still be held.
 */
class ResponseBufferReleaseIntegrationTests {

	private static final String UUID = Emulators.UUID;

	private static FunctionsEmulator liveperson;

	private CountingAllocator allocator;

	@BeforeAll
	static void startEmulator() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stopEmulator() {
		liveperson.close();
	}

	@BeforeEach
	void reset() {
		liveperson.reset();
		this.allocator = new CountingAllocator();
	}

	@Test
	void releasesALargeAnswerItParsed() {
		String text = "x".repeat(200_000);
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{\"text\":\"" + text + "\"}"));
		whileCounting(Integer.MAX_VALUE,
				(template) -> assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("text", text));
	}

	@Test
	void releasesTheBufferItSentALargePayloadIn() {
		Map<String, String> payload = Map.of("text", "p".repeat(300_000));
		whileCounting(Integer.MAX_VALUE, (template) -> template.invokeByUuid(UUID, payload));
	}

	@Test
	void releasesAnAnswerItIgnores() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{\"ignored\":\"" + "y".repeat(50_000) + "\"}"));
		whileCounting(Integer.MAX_VALUE, (template) -> template.invokeByUuid(UUID, null));
	}

	@Test
	void releasesAnAnswerItCannotRead() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{\"text\": not json"));
		whileCounting(Integer.MAX_VALUE,
				(template) -> assertThatExceptionOfType(FaaSException.class)
					.isThrownBy(() -> template.invokeByUuid(UUID, null, Map.class))
					.withMessageContaining("cannot be read as"));
	}

	@Test
	void releasesAnErrorAnswer() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE, json(500, "{\"errorCode\":\"com.liveperson.faas.es.internal\"}"));
		whileCounting(Integer.MAX_VALUE,
				(template) -> assertThatExceptionOfType(FaaSDetailedException.class)
					.isThrownBy(() -> template.invokeByUuid(UUID, null, Map.class))
					.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500)));
	}

	@Test
	void releasesWhatItReadOfAnAnswerOverTheLimit() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "\"" + "z".repeat(100_000) + "\""));
		whileCounting(1024,
				(template) -> assertThatExceptionOfType(FaaSException.class)
					.isThrownBy(() -> template.invokeByUuid(UUID, null, String.class))
					.withMessageContaining("exceeds the limit of 1024 bytes"));
	}

	@Test
	void releasesTheConnectionOfACallThatTimedOut() {
		liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{}").delayedBy(Duration.ofSeconds(2)));
		InvocationOptions options = InvocationOptions.builder().timeout(Duration.ofMillis(300)).build();
		whileCounting(Integer.MAX_VALUE,
				(template) -> assertThatExceptionOfType(FaaSException.class)
					.isThrownBy(() -> template.invokeByUuid(UUID, null, options))
					.withMessageContaining("timed out"));
	}

	private void whileCounting(int maxResponseBytes, Consumer<FunctionsTemplate> calls) {
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson)
			.retry(RetrySettings.none())
			.maxResponseBytes(maxResponseBytes)
			.httpClientCustomizer((client) -> client.option(ChannelOption.ALLOCATOR, this.allocator))
			.build());
		try {
			calls.accept(template);
			assertThat(this.allocator.allocations).as("buffers of the calls' connections").hasPositiveValue();
		}
		finally {
			template.close();
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.allocator.held()).isZero());
	}

	/**
	 * Counts the buffers it allocates; the unpooled allocator it delegates to tracks the
	 * bytes not yet released.
	 */
	static final class CountingAllocator extends AbstractByteBufAllocator {

		final AtomicLong allocations = new AtomicLong();

		private final UnpooledByteBufAllocator delegate = new UnpooledByteBufAllocator(true, true);

		CountingAllocator() {
			super(true);
		}

		long held() {
			return this.delegate.metric().usedDirectMemory() + this.delegate.metric().usedHeapMemory();
		}

		@Override
		protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
			this.allocations.incrementAndGet();
			return this.delegate.heapBuffer(initialCapacity, maxCapacity);
		}

		@Override
		protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
			this.allocations.incrementAndGet();
			return this.delegate.directBuffer(initialCapacity, maxCapacity);
		}

		@Override
		public boolean isDirectBufferPooled() {
			return false;
		}

	}

}
