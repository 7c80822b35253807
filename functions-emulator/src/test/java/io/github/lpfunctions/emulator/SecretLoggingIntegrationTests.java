package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every logger at TRACE, the emulator logs none of the secrets it receives or
 * issues: passwords, client secrets, codes, access, refresh and id tokens, bearers, and
 * no invocation payload.
 */
class SecretLoggingIntegrationTests {

	static final String CALLBACK = "http://localhost:8080/login/oauth2/code/liveperson";

	@Test
	void nothingSecretIsLoggedAtTrace() {
		List<String> secrets = new ArrayList<>(List.of("wonderland-pw", "client-s3cret-value", "payload-secret-value"));
		List<ILoggingEvent> events = atTrace(() -> {
			try (FunctionsEmulator emulator = FunctionsEmulator.builder()
				.clientSecret("client-s3cret-value")
				.user("alice", "wonderland-pw")
				.function(EmulatedFunction.whoAmI("who"))
				.start()) {
				HttpExchanges http = new HttpExchanges(emulator);
				String code = http.code("alice", "wonderland-pw", "emulator-client", CALLBACK);
				secrets.add(code);
				JsonNode tokens = HttpExchanges
					.json(http.redeem(code, "emulator-client", "client-s3cret-value", CALLBACK));
				tokens.properties().forEach((entry) -> {
					if (!entry.getKey().equals("token_type") && !entry.getKey().equals("expires_in")) {
						secrets.add(entry.getValue().asString());
					}
				});
				String refreshed = HttpExchanges
					.json(http.refresh(tokens.get("refresh_token").asString(), "emulator-client",
							"client-s3cret-value"))
					.get("access_token")
					.asString();
				secrets.add(refreshed);
				JsonNode login = HttpExchanges.json(http.login("alice", "wonderland-pw"));
				secrets.add(login.get("bearer").asString());
				secrets.add(login.get("csrf").asString());
				HttpResponse<String> invoked = http.post(
						"/api/account/123456/lambdas/who/invoke?v=1&externalSystem=tests",
						"{\"timestamp\":1,\"headers\":[],\"payload\":{\"p\":\"payload-secret-value\"}}",
						"Authorization", "Bearer " + refreshed, "Content-Type", "application/json");
				assertThat(invoked.body()).contains("payload-secret-value");
				http.revoke(tokens.get("refresh_token").asString(), "emulator-client", "client-s3cret-value");
				http.put("/emulator/users/bob", "{\"password\":\"bob-s3cret-pw\"}");
				secrets.add("bob-s3cret-pw");
			}
		});
		assertThat(events).as("the emulator and Spring log at TRACE").isNotEmpty();
		for (ILoggingEvent event : events) {
			String text = event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? event.getThrowableProxy().getMessage() : "");
			for (String secret : secrets) {
				assertThat(text).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
			}
		}
	}

	private static List<ILoggingEvent> atTrace(Runnable action) {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Level level = root.getLevel();
		List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
		for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
			appenders.add(it.next());
		}
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		captured.setContext(context);
		captured.start();
		appenders.forEach(root::detachAppender);
		root.addAppender(captured);
		root.setLevel(Level.TRACE);
		try {
			action.run();
		}
		finally {
			root.setLevel(level);
			root.detachAppender(captured);
			appenders.forEach(root::addAppender);
		}
		synchronized (captured) {
			return new ArrayList<>(captured.list);
		}
	}

}
