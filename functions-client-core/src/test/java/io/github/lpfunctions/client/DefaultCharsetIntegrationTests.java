package io.github.lpfunctions.client;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payloads and results travel as UTF-8 whatever the JVM's default charset: this class
 * runs in its own JVM with {@code -Dfile.encoding=ISO-8859-1} (see the surefire execution
 * {@code iso-8859-1-default-charset} in the POM).
 */
@Tag("iso-8859-1")
class DefaultCharsetIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final String TEXT = "Grüße aus Köln, 東京, Ελληνικά, emoji 🎉";

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
	void roundTripsNonAsciiPayloadsAsUtf8() {
		assertThat(Charset.defaultCharset()).isEqualTo(StandardCharsets.ISO_8859_1);
		liveperson.faults().respond(Endpoint.INVOKE, (request) -> json(200, request.bodyAsString()));
		RequestCapture invocations = liveperson.faults().capture(Endpoint.INVOKE);
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson).build());

		Map<?, ?> echoed = template.invokeByUuid(UUID, Map.of("text", TEXT), Map.class);

		byte[] sent = invocations.last().body();
		Map<?, ?> sentBody = JsonMapper.builder().build().readValue(sent, Map.class);
		assertThat(((Map<?, ?>) sentBody.get("payload")).get("text")).isEqualTo(TEXT);
		assertThat(((Map<?, ?>) echoed.get("payload")).get("text")).isEqualTo(TEXT);
	}

	@Test
	void readsNonAsciiEventResultsAsUtf8() {
		liveperson.faults()
			.respondNext(Endpoint.EVENT_INVOKE,
					json(200, "[{\"uuid\":\"" + UUID + "\",\"timestamp\":1,\"result\":\"" + TEXT + "\"}]"));
		FunctionsTemplate template = new FunctionsTemplate(Emulators.templateBuilder(liveperson).build());
		List<EventInvocationResult<String>> results = template.invokeByEvent("conversational_command", null,
				String.class);
		assertThat(results).singleElement().extracting(EventInvocationResult::result).isEqualTo(TEXT);
	}

}
