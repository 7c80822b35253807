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
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.test.MovableClock;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * No Login API password, Login API bearer or per-call user token in any log line at any
 * level, TRACE included, nor in an exception or a {@code toString()}, through a login, a
 * listing, a refused bearer and a second login, a refused login, and calls with a user's
 * token, accepted and refused. The emulator, which also plays the Login API, runs in the
 * same JVM: the lines of its own threads are left out.
 */
class UserCredentialsLogSecrecyIntegrationTests {

	private static final String PASSWORD = "pa55-w0rd-LOGSECRECY-91d2";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final Logger root = this.loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Logger ours = this.loggers.getLogger("io.github.lpfunctions");

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	// started before the capture of log lines begins
	private final FunctionsEmulator liveperson = Emulators.builder()
		.clock(this.clock)
		.tokenLifetime(Duration.ofMinutes(30))
		.user("service-user", PASSWORD)
		.user("alice", "alice-pa55-LOGSECRECY-77e0")
		.start();

	private RequestCapture logins;

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
		this.logins = this.liveperson.faults().capture(Endpoint.LOGIN);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.rootLevel);
		this.ours.setLevel(this.oursLevel);
		this.liveperson.close();
	}

	@Test
	void neverWritesThePasswordBearersOrUserTokens() {
		String userToken = this.liveperson.issueUserAccessToken("alice", Duration.ofHours(1));
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(this.liveperson)
			.clock(this.clock)
			.userLogin("service-user", PASSWORD)
			.build());
		List<Throwable> failures = new ArrayList<>();

		template.getLambdas(LambdaQuery.all());
		this.liveperson.faults().respondNext(Endpoint.LISTING, json(401, "{}"));
		template.getLambdas(LambdaQuery.all());
		template.invokeByUuid(Emulators.UUID, Map.of(), InvocationOptions.builder().bearerToken(userToken).build());
		failures.add(catchThrowable(() -> template.invokeByUuid(Emulators.UUID, Map.of(),
				InvocationOptions.builder().bearerToken(userToken + "-revoked").build())));
		this.liveperson.faults().respondNext(Endpoint.LOGIN, json(401, "{}"));
		this.clock.advance(Duration.ofHours(1));
		failures.add(catchThrowable(() -> template.getLambdas(LambdaQuery.all())));

		List<String> forbidden = new ArrayList<>(List.of(PASSWORD, userToken));
		for (RequestCapture.Answer answer : this.logins.answers()) {
			String bearer = JSON.readTree(answer.body()).path("bearer").asString(null);
			if (bearer != null) {
				forbidden.add(bearer);
			}
		}
		assertThat(forbidden).hasSize(4);
		assertThat(failures).hasSize(2).doesNotContainNull();
		List<ILoggingEvent> events;
		synchronized (this.appender) {
			events = new ArrayList<>(this.appender.list);
		}
		assertThat(events).extracting(ILoggingEvent::getLoggerName)
			.anyMatch((name) -> name.startsWith("io.github.lpfunctions.client.auth"));
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
		assertThat(template.getReactiveTemplate().userLogin().orElseThrow().toString()).doesNotContain(forbidden)
			.contains("password=****");
		assertThat(InvocationOptions.builder().bearerToken(userToken).build().toString()).doesNotContain(forbidden);
	}

	private static String render(IThrowableProxy proxy) {
		StringBuilder text = new StringBuilder();
		for (IThrowableProxy current = proxy; current != null; current = current.getCause()) {
			text.append(' ').append(current.getClassName()).append(": ").append(current.getMessage());
		}
		return text.toString();
	}

}
