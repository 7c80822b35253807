package io.github.lpfunctions.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.test.MovableClock;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * No client secret, access token or payload in any log line at any level, TRACE included,
 * nor in any exception message, through a token fetch, invocations, a 401 and a refresh,
 * failures and a function error. The emulator runs in the same JVM: the lines its own
 * threads write are its own, not the client's, and are left out.
 */
class LogSecrecyIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final String PAYLOAD_MARKER = "PAYLOAD-7f3a9c-CONFIDENTIAL";

	private static final String RESULT_MARKER = "RESULT-51be2d-CONFIDENTIAL";

	private final LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final Logger root = this.loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Logger ours = this.loggers.getLogger("io.github.lpfunctions");

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	// started before the capture of log lines begins, with the clock of the client
	private final FunctionsEmulator liveperson = Emulators.start(this.clock);

	private Level rootLevel;

	private Level oursLevel;

	@BeforeEach
	void captureEverything() {
		this.rootLevel = this.root.getLevel();
		this.oursLevel = this.ours.getLevel();
		this.root.setLevel(Level.TRACE);
		this.ours.setLevel(Level.TRACE);
		this.appender.addFilter(new Filter<>() {

			@Override
			public FilterReply decide(ILoggingEvent event) {
				return event.getThreadName().startsWith("functions-emulator") ? FilterReply.DENY : FilterReply.NEUTRAL;
			}

		});
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.rootLevel);
		this.ours.setLevel(this.oursLevel);
		this.liveperson.close();
	}

	@Test
	void neverWritesSecretsTokensOrPayloads() {
		this.liveperson.functions()
			.put(EmulatedFunction.returning(Emulators.UUID, Map.of("echo", RESULT_MARKER)).withEvent(Emulators.EVENT));
		RequestCapture tokens = this.liveperson.faults().capture(Endpoint.TOKEN);
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(this.liveperson).clock(this.clock).build());
		List<Throwable> failures = new ArrayList<>();

		template.invokeByUuid(UUID, Map.of("secret", PAYLOAD_MARKER), Map.class);
		template.invokeByEvent("conversational_command", Map.of("secret", PAYLOAD_MARKER), Map.class);
		this.liveperson.faults().respondNext(Endpoint.INVOKE, json(401, "{}"));
		template.invokeByUuid(UUID, Map.of("secret", PAYLOAD_MARKER), Map.class);
		this.liveperson.faults()
			.respondNext(Endpoint.INVOKE, json(901,
					"{\"errorCode\":\"com.liveperson.faas.handler.custom-failure\",\"errorMsg\":\"failed on purpose\"}"));
		failures.add(catchThrowable(() -> template.invokeByUuid(UUID, Map.of("secret", PAYLOAD_MARKER))));
		this.liveperson.faults().respondNext(Endpoint.INVOKE, json(200, "{not json " + RESULT_MARKER));
		failures.add(catchThrowable(() -> template.invokeByUuid(UUID, Map.of("secret", PAYLOAD_MARKER), Map.class)));
		this.clock.advance(Duration.ofMinutes(56));
		int tokensBeforeRefresh = Emulators.issuedTokens(tokens).size();
		template.isImplemented("conversational_command");
		// Let the background refresh finish before the clock jumps again.
		await().atMost(Duration.ofSeconds(5))
			.until(() -> Emulators.issuedTokens(tokens).size() == tokensBeforeRefresh + 1);
		this.liveperson.faults().respond(Endpoint.TOKEN, (request) -> json(401, "{\"error\":\"invalid_client\"}"));
		this.clock.advance(Duration.ofHours(2));
		failures.add(catchThrowable(() -> template.invokeByUuid(UUID, Map.of("secret", PAYLOAD_MARKER))));

		List<String> forbidden = new ArrayList<>(List.of(Emulators.CLIENT_SECRET, PAYLOAD_MARKER, RESULT_MARKER));
		List<String> issued = Emulators.issuedTokens(tokens);
		for (int i = 1; i <= issued.size(); i++) {
			forbidden.add(issued.get(i - 1));
		}
		assertThat(issued.size()).isGreaterThanOrEqualTo(2);
		assertThat(failures).hasSize(3).doesNotContainNull();
		// background refreshes may still be logging: read a copy, taken under the
		// appender's own lock
		List<ILoggingEvent> events;
		synchronized (this.appender) {
			events = new ArrayList<>(this.appender.list);
		}
		assertThat(events).isNotEmpty();
		for (ILoggingEvent event : events) {
			String text = event.getFormattedMessage() + render(event.getThrowableProxy());
			assertThat(text).as("log line of %s", event.getLoggerName()).doesNotContain(forbidden);
		}
		for (Throwable failure : failures) {
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			assertThat(trace.toString()).doesNotContain(forbidden);
		}
		assertThat(template.getReactiveTemplate().toString()).doesNotContain(forbidden);
	}

	private static String render(IThrowableProxy proxy) {
		StringBuilder text = new StringBuilder();
		for (IThrowableProxy current = proxy; current != null; current = current.getCause()) {
			text.append(' ').append(current.getClassName()).append(": ").append(current.getMessage());
		}
		return text.toString();
	}

}
