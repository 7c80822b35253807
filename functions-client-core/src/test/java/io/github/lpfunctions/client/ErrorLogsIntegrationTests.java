package io.github.lpfunctions.client;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The function's log lines that a V1 error body carries as {@code errorLogs} reach
 * {@link FaaSError#errorLogs()}.
 */
class ErrorLogsIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final String CUSTOM_FAILURE = "com.liveperson.faas.handler.custom-failure";

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

	@Test
	void keepsTheFunctionsLogLines() {
		answerWithLogs("[{\"level\":\"Info\",\"message\":\"starting\",\"timestamp\":1700000000000,\"extras\":[]},"
				+ "{\"level\":\"Error\",\"message\":\"lookup failed\",\"timestamp\":1700000000123,"
				+ "\"extras\":[\"order 42\",{\"code\":7},3,true,null]}]");
		FaaSError error = invokeAndCatch().getFaaSError();
		assertThat(error.errorCode()).isEqualTo(CUSTOM_FAILURE);
		assertThat(error.errorMessage()).isEqualTo("it failed");
		assertThat(error.errorLogs()).containsExactly(
				new FaaSError.LogEntry("Info", "starting", 1700000000000L, List.of()), new FaaSError.LogEntry("Error",
						"lookup failed", 1700000000123L, Arrays.asList("order 42", Map.of("code", 7), 3, true, null)));
	}

	@Test
	void hasNoLogLinesWhenTheBodyCarriesNone() {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE, json(901, "{\"errorCode\":\"" + CUSTOM_FAILURE + "\",\"errorMsg\":\"no\"}"));
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex).isExactlyInstanceOf(FaaSLambdaException.class);
		assertThat(ex.getFaaSError().errorLogs()).isEmpty();
		assertThat(ex.getFaaSError()).isEqualTo(new FaaSError(CUSTOM_FAILURE, "no"));
	}

	@Test
	void malformedLogLinesDoNotBreakTheErrorMapping() {
		answerWithLogs("[\"not an object\",42,null,{\"level\":7,\"message\":{\"nested\":\"object\"},"
				+ "\"timestamp\":\"yesterday\",\"extras\":\"not a list\"},{}]");
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex).isExactlyInstanceOf(FaaSLambdaException.class);
		assertThat(ex.getStatusCode()).isEqualTo(901);
		assertThat(ex.getFaaSError().errorCode()).isEqualTo(CUSTOM_FAILURE);
		assertThat(ex.getFaaSError().errorLogs()).containsExactly(
				new FaaSError.LogEntry(null, "{\"nested\":\"object\"}", null, List.of()),
				new FaaSError.LogEntry(null, null, null, List.of()));
	}

	@Test
	void errorLogsThatAreNotAListAreIgnored() {
		answerWithLogs("{\"level\":\"Info\"}");
		FaaSDetailedException ex = invokeAndCatch();
		assertThat(ex).isExactlyInstanceOf(FaaSLambdaException.class);
		assertThat(ex.getFaaSError()).isEqualTo(new FaaSError(CUSTOM_FAILURE, "it failed"));
	}

	@Test
	void writesErrorLogsAsJsonOnlyWhenThereAreAny() {
		JsonMapper mapper = JsonMapper.builder().build();
		assertThat(mapper.writeValueAsString(new FaaSError(CUSTOM_FAILURE, "no")))
			.isEqualTo("{\"errorCode\":\"" + CUSTOM_FAILURE + "\",\"errorMessage\":\"no\"}");
		FaaSError withLogs = new FaaSError(CUSTOM_FAILURE, "no",
				List.of(new FaaSError.LogEntry("Warn", "careful", 1700000000000L, List.of("x"))));
		String written = mapper.writeValueAsString(withLogs);
		assertThat(written).isEqualTo("{\"errorCode\":\"" + CUSTOM_FAILURE + "\",\"errorMessage\":\"no\","
				+ "\"errorLogs\":[{\"level\":\"Warn\",\"message\":\"careful\",\"timestamp\":1700000000000,"
				+ "\"extras\":[\"x\"]}]}");
		assertThat(mapper.readValue(written, FaaSError.class)).isEqualTo(withLogs);
		assertThat(mapper.readValue("{\"errorCode\":\"c\",\"errorMessage\":\"m\"}", FaaSError.class))
			.isEqualTo(new FaaSError("c", "m"));
	}

	private void answerWithLogs(String errorLogs) {
		liveperson.faults()
			.respondNext(Endpoint.INVOKE, json(901, "{\"errorCode\":\"" + CUSTOM_FAILURE
					+ "\",\"errorMsg\":\"it failed\",\"errorLogs\":" + errorLogs + "}"));
	}

	private FaaSDetailedException invokeAndCatch() {
		return catchThrowableOfType(FaaSDetailedException.class, () -> this.template.invokeByUuid(UUID, null));
	}

}
