package io.github.lpfunctions.benchmarks;

import java.time.Duration;
import java.util.Map;
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

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * Invocations per second of the blocking {@link FunctionsTemplate} against the
 * connection-per-call baseline, from 8 threads, on one loopback server in the same run,
 * over http and over https.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class InvocationBenchmark {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final Map<String, Object> PAYLOAD = Map.of("conversationId", "c-42", "text", "Hello");

	/**
	 * Plain http, or https as every LivePerson host speaks it.
	 */
	@Param({ "http", "https" })
	public String scheme;

	private LocalGateway gateway;

	private FunctionsTemplate template;

	private ConnectionPerCallClient baseline;

	@Setup(Level.Trial)
	public void start() {
		this.gateway = LocalGateway.start("https".equals(this.scheme));
		this.template = new FunctionsTemplate(ReactiveFunctionsTemplate.builder()
			.accountId(LocalGateway.ACCOUNT)
			.clientCredentials("benchmark", "benchmark-secret")
			.discoveryEnabled(false)
			.endpoints(this.gateway.uri(), this.gateway.uri(), null)
			.eventSource("benchmark")
			.timeout(Duration.ofSeconds(10))
			.build());
		this.baseline = new ConnectionPerCallClient(this.gateway.uri(), this.gateway.token());
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.template.close();
		this.gateway.close();
	}

	/**
	 * Our client: pooled keep-alive connections, cached token and endpoints.
	 * @return the function's result
	 */
	@Benchmark
	public Object functionsTemplate() {
		return this.template.invokeByUuid(UUID, PAYLOAD, Map.class);
	}

	/**
	 * The baseline: a new connection per call, without keep-alive.
	 * @return the function's result
	 */
	@Benchmark
	public Object connectionPerCall() {
		return this.baseline.invoke(UUID, PAYLOAD);
	}

}
