package io.github.lpfunctions.client.autoconfigure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.http.codecs.log-request-details=true} the application's WebClient
 * builder logs headers and form fields in full, and the template is built on it. Every
 * logger at TRACE, a real application makes a discovery request, a token request and an
 * invocation against the emulator: neither the secret, nor the token, nor the payload is
 * in any log line, while the application's own WebClient still logs its details. The
 * emulator runs in the same JVM: the lines its own threads write are left out.
 */
class FunctionsRequestDetailsLoggingIntegrationTests {

	private static final String PAYLOAD_MARKER = "PAYLOAD-93c1e7-CONFIDENTIAL";

	private static final String APP_HEADER_MARKER = "app-header-4d2f";

	private static final String APP_FORM_MARKER = "app-form-8b1e";

	private final FunctionsEmulator emulator = EmulatedAccount.emulator().start();

	private final RequestCapture tokens = this.emulator.faults().capture(Endpoint.TOKEN);

	private final LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Map<Logger, Level> levels = new HashMap<>();

	@AfterEach
	void restore() {
		Logger root = this.loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.appender);
		this.levels.forEach(Logger::setLevel);
		this.emulator.close();
	}

	@Test
	void theTemplateLogsNoSecretTokenOrPayloadWhileTheApplicationLogsRequestDetails() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FunctionsTestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.config.location=classpath:/functions-app/application.yml",
					"--emulator.port=" + this.emulator.port(), "--spring.http.codecs.log-request-details=true")) {
			// after the start: Boot's logging system sets the levels while it starts
			captureEverythingAtTrace();
			Map<String, Object> result = context.getBean(FunctionsTemplate.class)
				.invokeByUuid(EmulatedAccount.FUNCTION_UUID, Map.of("secret", PAYLOAD_MARKER), Map.class);
			assertThat(result).containsKey("greeting");
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("probe", APP_FORM_MARKER);
			context.getBean(WebClient.Builder.class)
				.build()
				.post()
				.uri("http://127.0.0.1:" + this.emulator.port() + "/application/own-call")
				.header("X-Probe", APP_HEADER_MARKER)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(form))
				.exchangeToMono((response) -> response.releaseBody())
				.block();
		}
		List<String> issued = EmulatedAccount.issuedAccessTokens(this.tokens);
		assertThat(issued).hasSize(1);
		assertThat(EmulatedAccount.gatewayRequests(this.emulator)).hasSizeGreaterThanOrEqualTo(2);
		List<String> forbidden = new ArrayList<>(List.of(EmulatedAccount.CLIENT_SECRET, PAYLOAD_MARKER));
		forbidden.addAll(issued);
		List<String> lines = capturedLines();
		assertThat(lines).isNotEmpty();
		for (String line : lines) {
			assertThat(line).doesNotContain(forbidden);
		}
		// the template's exchanges were logged, only without their details
		assertThat(lines).anyMatch((line) -> line.contains("/app/token") && line.contains("headers={masked}"));
		assertThat(lines).anyMatch((line) -> line.contains("/invoke") && line.contains("headers={masked}"));
		assertThat(lines).anyMatch((line) -> line.contains("/service/baseURI.json"));
		// the application's own WebClient kept its setting
		assertThat(lines)
			.anyMatch((line) -> line.contains("/application/own-call") && line.contains(APP_HEADER_MARKER));
		assertThat(lines).anyMatch((line) -> line.contains(APP_FORM_MARKER));
	}

	private void captureEverythingAtTrace() {
		Logger root = this.loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		for (Logger logger : this.loggers.getLoggerList()) {
			if (logger.getLevel() != null || logger == root) {
				this.levels.put(logger, logger.getLevel());
				logger.setLevel(Level.TRACE);
			}
		}
		this.appender.addFilter(new Filter<>() {

			@Override
			public FilterReply decide(ILoggingEvent event) {
				return event.getThreadName().startsWith("functions-emulator") ? FilterReply.DENY : FilterReply.NEUTRAL;
			}

		});
		this.appender.start();
		root.addAppender(this.appender);
	}

	// background work may still be logging: read a copy, taken under the appender's lock
	private List<String> capturedLines() {
		List<ILoggingEvent> events;
		synchronized (this.appender) {
			events = new ArrayList<>(this.appender.list);
		}
		return events.stream()
			.map((event) -> event.getLoggerName() + " " + event.getFormattedMessage()
					+ render(event.getThrowableProxy()))
			.collect(Collectors.toList());
	}

	private static String render(IThrowableProxy proxy) {
		StringBuilder text = new StringBuilder();
		for (IThrowableProxy current = proxy; current != null; current = current.getCause()) {
			text.append(' ').append(current.getClassName()).append(": ").append(current.getMessage());
		}
		return text.toString();
	}

}
