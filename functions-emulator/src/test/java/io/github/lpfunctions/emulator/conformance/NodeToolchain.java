package io.github.lpfunctions.emulator.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Node, npm and the certificate of the conformance suite: the suite's
 * {@code src/test/node} project is copied to {@code target/node-conformance} and
 * installed there with {@code npm ci} (the pinned client from the npm registry, once per
 * clean build), and a self-signed certificate for the emulator's https host names is made
 * with the JDK's {@code keytool}.
 */
final class NodeToolchain {

	static final String STORE_PASSWORD = "conformance";

	private static final Path SOURCES = Path.of("src", "test", "node");

	private static final Path DIRECTORY = Path.of("target", "node-conformance").toAbsolutePath();

	private NodeToolchain() {
	}

	/**
	 * Install the suite, or skip the test when Node or npm is missing (fail on CI).
	 * @return the directory the suite runs in
	 */
	static Path install() throws IOException, InterruptedException {
		if (!available("node") || !available("npm")) {
			String missing = "The Node conformance suite needs node and npm on the PATH (Debian: apt-get install nodejs npm)";
			if ("true".equals(System.getenv("CI"))) {
				fail(missing + "; on CI the conformance suite must run");
			}
			abort(missing + ": the conformance suite is skipped");
		}
		Files.createDirectories(DIRECTORY);
		boolean changed = false;
		for (String file : List.of("package.json", "package-lock.json", "conformance.js")) {
			Path target = DIRECTORY.resolve(file);
			changed |= file.startsWith("package")
					&& (!Files.exists(target) || Files.mismatch(SOURCES.resolve(file), target) != -1);
			Files.copy(SOURCES.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
		}
		if (changed || !Files.exists(DIRECTORY.resolve("node_modules/liveperson-functions-client/package.json"))) {
			run(DIRECTORY, Map.of(), 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
		}
		return DIRECTORY;
	}

	/**
	 * Make a PKCS#12 key store with a self-signed certificate for {@code localhost} and
	 * the host names the suite routes to the emulator, and its PEM for
	 * {@code NODE_EXTRA_CA_CERTS}.
	 * @param directory where to write {@code emulator.p12} and {@code emulator.pem}
	 */
	static void certificate(Path directory) throws IOException, InterruptedException {
		Path store = directory.resolve("emulator.p12");
		Files.deleteIfExists(store);
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		run(directory, Map.of(), 60, keytool, "-genkeypair", "-alias", "emulator", "-keyalg", "EC", "-groupname",
				"secp256r1", "-dname", "CN=localhost", "-ext",
				"SAN=dns:localhost,dns:faas.localhost,dns:functions.localhost", "-validity", "2", "-keystore",
				store.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
		run(directory, Map.of(), 60, keytool, "-exportcert", "-rfc", "-alias", "emulator", "-keystore",
				store.toString(), "-storepass", STORE_PASSWORD, "-file", directory.resolve("emulator.pem").toString());
	}

	/**
	 * Run a command to its end.
	 * @return its standard output
	 * @throws IllegalStateException if it fails or outlives the timeout
	 */
	static String run(Path directory, Map<String, String> environment, long timeoutSeconds, String... command)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile(DIRECTORY, "out", ".txt");
		Path errors = Files.createTempFile(DIRECTORY, "err", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectOutput(output.toFile())
				.redirectError(errors.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeoutSeconds
						+ " s: " + Files.readString(errors, StandardCharsets.UTF_8));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ": "
						+ Files.readString(errors, StandardCharsets.UTF_8));
			}
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(output);
			Files.deleteIfExists(errors);
		}
	}

	private static boolean available(String command) {
		List<String> versionCommand = new ArrayList<>(List.of(command, "--version"));
		try {
			Process process = new ProcessBuilder(versionCommand).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
