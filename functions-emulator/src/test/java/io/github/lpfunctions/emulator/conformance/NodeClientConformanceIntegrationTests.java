package io.github.lpfunctions.emulator.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionState;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.Platform;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's fidelity, proven with LivePerson's official Node client
 * ({@code liveperson-functions-client}, pinned in {@code src/test/node/package.json}):
 * every operation of that client, on platform V1 and V2, over http and https, with its
 * own client-credentials authentication. {@code conformance.js} runs the client and
 * reports each check; each check is one test here. Skipped without Node and npm, unless
 * {@code CI=true}.
 */
class NodeClientConformanceIntegrationTests {

	private static final String ACCOUNT = "123456";

	private static final String CLIENT_ID = "conformance-client";

	private static final String CLIENT_SECRET = "conformance-client-secret-value";

	private static final String SIGNING_KEY = "conformance-signing-key-0123456789abcdef";

	private static final String ECHO = "8d3e6f1a-2b4c-4d5e-9f60-718293a4b5c6";

	private static final String FAILING = "9e4f7a2b-3c5d-4e6f-8a71-829304b5c6d7";

	private static final String MODIFIED = "af5a8b3c-4d6e-4f70-9b82-93a415c6d7e8";

	private static final String DRAFT = "b06b9c4d-5e7f-4081-8c93-a4b526d7e8f9";

	private static final String EVENT = "conversational_command";

	private static final List<String> CHECKS_V1 = List.of("invoke by uuid", "invoke by event",
			"isImplemented without skill", "isImplemented with skill", "getLambdas", "error mapping: function failure",
			"error mapping: unknown function", "error mapping: wrong client secret");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Path directory;

	private static final List<FunctionsEmulator> emulators = new ArrayList<>();

	@BeforeAll
	static void install() throws Exception {
		directory = NodeToolchain.install();
		NodeToolchain.certificate(directory);
	}

	@AfterAll
	static void stop() {
		emulators.forEach(FunctionsEmulator::close);
	}

	@TestFactory
	Stream<DynamicContainer> everyOperationOfTheNodeClient() throws Exception {
		List<DynamicContainer> runs = new ArrayList<>();
		for (Platform platform : Platform.values()) {
			FunctionsEmulator plain = start(platform, false);
			FunctionsEmulator secure = start(platform, true);
			for (String protocol : List.of("http", "https")) {
				Map<String, JsonNode> results = run(platform, protocol, plain, secure);
				List<String> expected = new ArrayList<>(CHECKS_V1);
				if (platform == Platform.V2) {
					expected.add(5, "getFunctions");
				}
				long passed = results.values().stream().filter((result) -> result.get("passed").asBoolean()).count();
				System.out.printf("Node client conformance, platform %s over %s: %d of %d checks passed%n", platform,
						protocol, passed, expected.size());
				List<DynamicTest> checks = new ArrayList<>();
				checks.add(DynamicTest.dynamicTest("reports exactly the expected checks",
						() -> assertThat(results.keySet()).containsExactlyElementsOf(expected)));
				for (String check : expected) {
					checks.add(DynamicTest.dynamicTest(check, () -> {
						JsonNode result = results.get(check);
						assertThat(result).as("check '%s' was not reported", check).isNotNull();
						assertThat(result.get("passed").asBoolean()).as(result.get("detail").asString()).isTrue();
					}));
				}
				runs.add(DynamicContainer.dynamicContainer(platform + " over " + protocol, checks));
			}
		}
		return runs.stream();
	}

	private static FunctionsEmulator start(Platform platform, boolean https) {
		FunctionsEmulator.Builder builder = FunctionsEmulator.builder()
			.platform(platform)
			.accountId(ACCOUNT)
			.clientId(CLIENT_ID)
			.clientSecret(CLIENT_SECRET)
			// the http and the https emulator accept each other's tokens
			.property("functions.emulator.signing-key", SIGNING_KEY)
			.function(EmulatedFunction.echo(ECHO).withName("echo").withEvent(EVENT).withSkills("12"),
					EmulatedFunction.failing(FAILING, "com.liveperson.faas.handler.custom-failure", "Nope"),
					EmulatedFunction.echo(MODIFIED).withState(FunctionState.MODIFIED),
					EmulatedFunction.echo(DRAFT).withState(FunctionState.DRAFT));
		if (https) {
			builder.property("server.ssl.key-store", directory.resolve("emulator.p12").toUri().toString())
				.property("server.ssl.key-store-type", "PKCS12")
				.property("server.ssl.key-store-password", NodeToolchain.STORE_PASSWORD);
		}
		FunctionsEmulator emulator = builder.start();
		emulators.add(emulator);
		return emulator;
	}

	private static Map<String, JsonNode> run(Platform platform, String protocol, FunctionsEmulator plain,
			FunctionsEmulator secure) throws Exception {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("PLATFORM", platform.name());
		environment.put("PROTOCOL", protocol);
		environment.put("HTTP_PORT", String.valueOf(plain.port()));
		environment.put("HTTPS_PORT", String.valueOf(secure.port()));
		environment.put("NODE_EXTRA_CA_CERTS", directory.resolve("emulator.pem").toString());
		environment.put("ACCOUNT_ID", ACCOUNT);
		environment.put("CLIENT_ID", CLIENT_ID);
		environment.put("CLIENT_SECRET", CLIENT_SECRET);
		environment.put("ECHO_UUID", ECHO);
		environment.put("ECHO_NAME", "echo");
		environment.put("FAILING_UUID", FAILING);
		environment.put("UNKNOWN_UUID", "c17cad5e-6f80-4192-9da4-b5c637e8f90a");
		environment.put("EVENT_ID", EVENT);
		environment.put("ALL_UUIDS", sorted(ECHO, FAILING, MODIFIED, DRAFT));
		environment.put("NOT_PRODUCTIVE_UUIDS", sorted(MODIFIED, DRAFT));
		String output = NodeToolchain.run(directory, environment, 120, "node", "conformance.js");
		Map<String, JsonNode> results = new LinkedHashMap<>();
		output.lines().filter((line) -> !line.isBlank()).map(JSON::readTree).forEach((result) -> {
			results.put(result.get("check").asString(), result);
		});
		return results;
	}

	private static String sorted(String... uuids) {
		return String.join(",", Stream.of(uuids).sorted().toList());
	}

}
