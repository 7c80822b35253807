package io.github.lpfunctions.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;

/**
 * What one invocation costs on each stand-in of LivePerson: the same keep-alive JDK
 * {@link HttpClient}, from the same 8 threads over plain http, sends the gateway's invoke
 * request with a valid bearer token to {@link LocalGateway} and to the
 * {@link FunctionsEmulator} (an echo function, a journal of one request, keep-alive
 * connections). Run it by name ({@code java -jar benchmarks.jar StandInCostBenchmark});
 * it is why the invocation benchmarks measure the clients on {@link LocalGateway}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StandInCostBenchmark {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final String INVOCATION = "{\"timestamp\":1764547200000,\"headers\":[],"
			+ "\"payload\":{\"conversationId\":\"c-42\",\"text\":\"Hello\"}}";

	/**
	 * The server: {@code localGateway} or {@code emulator}.
	 */
	@Param({ "localGateway", "emulator" })
	public String server;

	private AutoCloseable running;

	private HttpClient client;

	private HttpRequest request;

	@Setup(Level.Trial)
	public void start() {
		URI base;
		String token;
		if ("emulator".equals(this.server)) {
			FunctionsEmulator emulator = FunctionsEmulator.builder()
				.accountId(LocalGateway.ACCOUNT)
				.function(EmulatedFunction.echo(UUID))
				// the journal cannot be turned off; keep it as small as it goes
				.property("functions.emulator.max-recorded-requests", "1")
				.property("functions.emulator.close-connections", "false")
				.start();
			this.running = emulator;
			base = URI.create("http://127.0.0.1:" + emulator.port());
			token = emulator.issueAccessToken(Duration.ofHours(2));
		}
		else {
			LocalGateway gateway = LocalGateway.start(false);
			this.running = gateway;
			base = gateway.uri();
			token = gateway.token();
		}
		this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		this.request = HttpRequest
			.newBuilder(base.resolve("/api/account/" + LocalGateway.ACCOUNT + "/lambdas/" + UUID
					+ "/invoke?v=1&externalSystem=benchmark"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(INVOCATION, StandardCharsets.UTF_8))
			.build();
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		this.running.close();
	}

	/**
	 * One invocation on a pooled keep-alive connection.
	 * @return the response body
	 * @throws IOException when the request fails twice
	 * @throws InterruptedException when interrupted
	 */
	@Benchmark
	public byte[] invoke() throws IOException, InterruptedException {
		HttpResponse<byte[]> response;
		try {
			response = this.client.send(this.request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			// The JDK 17 client now and then hands out a pooled connection that it is
			// closing ("connection closed locally"); a pooled client retries once on a
			// new one
			response = this.client.send(this.request, HttpResponse.BodyHandlers.ofByteArray());
		}
		if (response.statusCode() != 200) {
			// a refused request is cheap and must not pass for a fast server
			throw new IllegalStateException(this.server + " answered " + response.statusCode());
		}
		return response.body();
	}

}
