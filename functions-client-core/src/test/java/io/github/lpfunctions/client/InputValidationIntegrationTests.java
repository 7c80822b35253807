package io.github.lpfunctions.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.web.util.UriUtils;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Bad input fails with an {@link IllegalArgumentException} naming the argument, before
 * anything goes on the wire; good input gets there.
 */
class InputValidationIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static FunctionsEmulator liveperson;

	private static FunctionsTemplate template;

	// JUnit runs the tests, jqwik the properties: each calls its own lifecycle methods
	@BeforeAll
	@BeforeContainer
	static void start() {
		liveperson = Emulators.start();
		template = new FunctionsTemplate(Emulators.templateBuilder(liveperson).build());
	}

	@AfterAll
	@AfterContainer
	static void stop() {
		template.getReactiveTemplate().close();
		liveperson.close();
	}

	@BeforeEach
	void reset() {
		liveperson.reset();
	}

	static Stream<Arguments> badCalls() {
		return Stream.of(call("null UUID", "functionUuid", (t) -> t.invokeByUuid(null, Map.of())),
				call("blank UUID", "functionUuid", (t) -> t.invokeByUuid("  ", Map.of())),
				call("malformed UUID", "functionUuid", (t) -> t.invokeByUuid("not-a-uuid", Map.of())),
				call("UUID with traversal", "functionUuid",
						(t) -> t.invokeByUuid("../../0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", Map.of())),
				call("UUID with a query", "functionUuid", (t) -> t.invokeByUuid(UUID + "?v=2", Map.of())),
				call("null event", "eventId", (t) -> t.invokeByEvent(null, Map.of())),
				call("blank event", "eventId", (t) -> t.invokeByEvent(" ", Map.of())),
				call("event with slash", "eventId", (t) -> t.invokeByEvent("a/b", Map.of())),
				call("event with dot-dot", "eventId", (t) -> t.isImplemented("a..b")),
				call("event with question mark", "eventId", (t) -> t.isImplemented("a?b")),
				call("event with percent", "eventId", (t) -> t.isImplemented("a%2Fb")),
				call("skill with CR LF", "skillId", (t) -> t.isImplemented("ok", "1\r\nX-Evil: 1")),
				call("request id with CR LF", "requestId",
						(t) -> t.invokeByUuid(UUID, null, InvocationOptions.builder().requestId("a\r\nb").build(),
								new org.springframework.core.ParameterizedTypeReference<Object>() {
								})),
				call("invocation header with LF", "invocation header 'X-A'",
						(t) -> InvocationOptions.builder().header("X-A", "v\nw")),
				call("event source with CR", "eventSource",
						(t) -> InvocationOptions.builder().eventSource("a\rb").build()),
				call("unserialisable payload", "payload", (t) -> t.invokeByUuid(UUID, new Unserialisable())),
				call("null response type", "responseType", (t) -> t.invokeByUuid(UUID, null, (Class<Object>) null)),
				call("null query", "query", (t) -> t.getLambdas(null)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badCalls")
	void rejectsBadInputBeforeAnyRequest(String description, String argument, Consumer<FunctionsTemplate> call) {
		assertThatIllegalArgumentException().isThrownBy(() -> call.accept(template))
			.withMessageContaining("'" + argument + "'");
		assertThat(liveperson.requests().all()).isEmpty();
	}

	@Test
	void rejectsBadInputOnTheReactiveTemplateWhenTheMethodIsCalled() {
		ReactiveFunctionsTemplate reactive = template.getReactiveTemplate();
		assertThatIllegalArgumentException().isThrownBy(() -> reactive.invokeByUuid("nope", null))
			.withMessageContaining("'functionUuid'");
		assertThat(liveperson.requests().all()).isEmpty();
	}

	@Test
	void refusesToBlockANonBlockingThread() {
		Mono<Object> onEventLoop = Mono.fromCallable(() -> template.invokeByUuid(UUID, null, Object.class))
			.subscribeOn(Schedulers.parallel());
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(onEventLoop::block)
			.withMessageContaining("non-blocking thread")
			.withMessageContaining("ReactiveFunctionsTemplate");
		assertThat(liveperson.requests().all()).isEmpty();
	}

	@Property
	void acceptsEveryWellFormedUuid(@ForAll long high, @ForAll long low) {
		java.util.UUID uuid = new java.util.UUID(high, low);
		assertThat(io.github.lpfunctions.client.support.Arguments.functionUuid(uuid.toString()))
			.isEqualTo(uuid.toString());
	}

	@Property
	void neverAcceptsAnEventIdThatLeavesItsPathSegment(
			@ForAll @StringLength(min = 1, max = 40) @CharRange(from = ' ', to = '~') String eventId) {
		boolean accepted;
		try {
			io.github.lpfunctions.client.support.Arguments.eventId(eventId);
			accepted = true;
		}
		catch (IllegalArgumentException ex) {
			accepted = false;
		}
		if (accepted) {
			assertThat(eventId).doesNotContain("/", "..", "?", "#", "%", "\\", " ").isNotBlank();
		}
	}

	@Property(tries = 100)
	void sendsEveryEventIdThatStaysInItsPathSegment(@ForAll @StringLength(min = 1,
			max = 40) @AlphaChars @NumericChars @Chars({ '_', '.', ':', '-' }) String eventId) {
		Assume.that(!eventId.contains(".."));
		template.invokeByEvent(eventId, null);
		List<RecordedRequest> invocations = liveperson.requests().to(Endpoint.EVENT_INVOKE);
		assertThat(invocations).isNotEmpty();
		String path = invocations.get(invocations.size() - 1).path();
		String prefix = "/api/account/" + Emulators.ACCOUNT + "/events/";
		assertThat(path).startsWith(prefix).endsWith("/invoke");
		String segment = path.substring(prefix.length(), path.length() - "/invoke".length());
		assertThat(segment).doesNotContain("/");
		assertThat(UriUtils.decode(segment, StandardCharsets.UTF_8)).isEqualTo(eventId);
	}

	@Property
	void neverAcceptsAHeaderValueWithALineBreak(@ForAll String prefix, @ForAll String suffix) {
		for (String lineBreak : new String[] { "\r", "\n", "\r\n" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> io.github.lpfunctions.client.support.Arguments
				.headerValue(prefix + lineBreak + suffix, "value"));
		}
	}

	static final class Unserialisable {

		public String getValue() {
			throw new IllegalStateException("cannot be read");
		}

	}

	private static Arguments call(String description, String argument, Consumer<FunctionsTemplate> call) {
		return Arguments.of(description, argument, call);
	}

}
