package io.github.lpfunctions.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.sample.test.SampleClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as Spring AOT leaves it: the build's {@code process-aot} wrote its bean
 * registrations as code and compiled them into the jar, which runs here as a separate
 * process with {@code -Dspring.aot.enabled=true}. In that mode Boot refuses to start
 * without the generated initializer, parses no configuration class and runs no
 * {@code @EnableFunctionsClients} scan, so {@code GET /greeting} reaches the in-process
 * emulator only through the {@link GreetingFunctions} bean the generated code registers.
 * The hints a native image would be built from are checked in the jar; no native image is
 * built. Run by failsafe after {@code package}:
 * {@code ./mvnw -B verify -pl samples/functions-sample -am}.
 */
class AotProcessedSampleIT {

	private static final String METADATA = "META-INF/native-image/io.github.lpfunctions/functions-sample/reachability-metadata.json";

	private static Path jar;

	private static SampleJarProcess sample;

	private static int port;

	@BeforeAll
	static void startTheJarInAotMode() {
		String path = System.getProperty("sample.jar");
		assertThat(path).as("system property sample.jar (failsafe sets it to the repackaged jar)").isNotBlank();
		jar = Path.of(path);
		assertThat(jar).as("the sample's jar; build it with ./mvnw verify").isRegularFile();
		// the JIT's first tier and the serial collector: the quickest start of a
		// short-lived JVM on a busy build machine; they change nothing AOT does
		sample = SampleJarProcess.start(jar, "-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC");
		port = sample.awaitStarted(Duration.ofSeconds(120));
	}

	@AfterAll
	static void stopTheJar() throws InterruptedException {
		if (sample != null) {
			sample.close();
		}
	}

	@Test
	void startsFromTheGeneratedInitializer() throws IOException {
		assertThat(sample.output()).contains("Starting AOT-processed FunctionsSampleApplication");
		assertThat(entries()).contains(
				"BOOT-INF/classes/io/github/lpfunctions/sample/FunctionsSampleApplication__ApplicationContextInitializer.class",
				"BOOT-INF/classes/io/github/lpfunctions/sample/GreetingFunctions__BeanDefinitions.class");
	}

	@Test
	void callsTheGreetingFunctionThroughTheClientInterface() {
		SampleClient.Response response = new SampleClient(port).get("/greeting");
		assertThat(response.status()).as(sample.output()).isEqualTo(200);
		assertThat(response.json().get("greeting").asString()).isEqualTo("Hello from LivePerson Functions!");
	}

	@Test
	void reportsTheConnectionToTheEmulatorUp() {
		SampleClient.Response response = new SampleClient(port).get("/actuator/health/livepersonFunctions");
		assertThat(response.status()).as(sample.output()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void jarHoldsTheHintsOfTheClientProxyAndOfItsTypes() throws IOException {
		JsonNode reflection = SampleClient.JSON.readTree(read(METADATA)).get("reflection");
		assertThat(reflection.valueStream().map((hint) -> hint.at("/type/proxy/0").stringValue("")))
			.as("the JDK proxies a native image may create")
			.contains(GreetingFunctions.class.getName());
		assertThat(typeHint(reflection, GreetingFunctions.class).path("allPublicMethods").asBoolean()).isTrue();
		assertThat(typeHint(reflection, Greeting.class).path("allDeclaredConstructors").asBoolean()).isTrue();
		assertThat(typeHint(reflection, EventInvocationResult.class).path("allDeclaredConstructors").asBoolean())
			.isTrue();
	}

	private static JsonNode typeHint(JsonNode reflection, Class<?> type) {
		List<JsonNode> hints = reflection.valueStream()
			.filter((hint) -> type.getName().equals(hint.path("type").stringValue("")))
			.toList();
		assertThat(hints).as("reflection hints of " + type.getName() + " in " + METADATA).hasSize(1);
		return hints.get(0);
	}

	private static List<String> entries() throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().map(ZipEntry::getName).toList();
		}
	}

	private static String read(String entry) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			ZipEntry found = file.getEntry(entry);
			assertThat(found).as(entry + " in " + jar).isNotNull();
			try (InputStream in = file.getInputStream(found)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

}
