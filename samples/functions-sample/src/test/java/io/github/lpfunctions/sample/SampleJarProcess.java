package io.github.lpfunctions.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample's executable jar running as a child process of the test, on a port the
 * server picks ({@code --server.port=0}) and reads back from its log. Its output is kept
 * for assertion messages; {@link #close()} stops it.
 */
final class SampleJarProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final String STARTED = "Started FunctionsSampleApplication";

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private final CompletableFuture<Integer> port = new CompletableFuture<>();

	private SampleJarProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::readOutput, "sample-jar-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start {@code java <jvmArguments> -jar <jar> --server.port=0} with the JVM that runs
	 * the test.
	 * @param jar the executable jar
	 * @param jvmArguments the JVM's arguments, such as system properties
	 * @return the running process
	 */
	static SampleJarProcess start(Path jar, String... jvmArguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmArguments));
		command.addAll(List.of("-jar", jar.toString(), "--server.port=0"));
		try {
			return new SampleJarProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command, ex);
		}
	}

	/**
	 * Wait until the application has started.
	 * @param timeout how long to wait at most
	 * @return the port its server listens on
	 * @throws IllegalStateException if it exited or did not start in time, with its
	 * output
	 */
	int awaitStarted(Duration timeout) {
		try {
			return this.port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The sample did not start within " + timeout + ":\n" + output(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Return what the process printed so far, standard output and error.
	 * @return the output
	 */
	String output() {
		return this.output.toString();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private void readOutput() {
		Integer serverPort = null;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				this.output.append(line).append('\n');
				Matcher matcher = PORT.matcher(line);
				if (matcher.find()) {
					serverPort = Integer.valueOf(matcher.group(1));
				}
				if (serverPort != null && line.contains(STARTED)) {
					this.port.complete(serverPort);
				}
			}
		}
		catch (IOException ex) {
			// the stream closes when the process is destroyed
		}
		this.port.completeExceptionally(new IllegalStateException("The sample exited before it started"));
	}

}
