package io.github.lpfunctions.sample;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Java application with the starter gets no Kotlin: the client's Kotlin extensions and
 * their kotlin-stdlib and coroutines are optional, so neither is on the class path nor is
 * any Kotlin class loaded (Spring looks for {@code kotlin.Metadata} at startup and would
 * load it if it were there). The sample starts in a JVM of its own that logs every class
 * it loads, and invokes a function.
 */
class JavaOnlyApplicationIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void startsAndInvokesWithoutKotlinOnTheClassPathOrLoaded() throws IOException, InterruptedException {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		assertThat(Arrays.asList(classPath.split(File.pathSeparator))).as("class path")
			.noneMatch((entry) -> entry.contains("kotlin"));
		Path classLoads = this.directory.resolve("class-load.log");
		Path output = this.directory.resolve("output.log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xlog:class+load=info:file=" + classLoads, "-cp", classPath, JavaOnlyStartup.class.getName())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		// a guard against a hang, not a measure of speed
		boolean exited = process.waitFor(3, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly();
		}
		String printed = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(exited).as("exited; printed:%n%s", printed).isTrue();
		assertThat(process.exitValue()).as("exit status; printed:%n%s", printed).isZero();
		assertThat(printed).contains(JavaOnlyStartup.INVOKED + "{name=Ada}");
		List<String> loaded = Files.readAllLines(classLoads, StandardCharsets.UTF_8);
		assertThat(loaded).as("the log names the classes loaded")
			.anyMatch((line) -> line.contains(" io.github.lpfunctions.client.FunctionsTemplate "));
		List<String> kotlin = loaded.stream()
			.filter((line) -> line.contains(" kotlin.") || line.contains(" kotlinx."))
			.toList();
		assertThat(kotlin).as("Kotlin classes loaded").isEmpty();
	}

}
