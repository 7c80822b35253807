package io.github.lpfunctions.benchmarks;

import java.net.URI;
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

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * What the clients cost per call without a network: the reactive template and the raw
 * WebClient call, each over an {@link InMemoryGateway} that answers at once, in
 * alternating windows. The difference of their times is what the template adds to every
 * call; the invocation benchmarks show what that is worth against a real connection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 20, time = 1)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class OverheadBenchmark {

	private static final URI GATEWAY = URI.create("https://127.0.0.1:8443");

	private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln";

	/**
	 * The size of the payload as JSON, which is also the answer.
	 */
	@Param({ "100B", "10KB" })
	public String payload;

	private ReactiveFunctionsTemplate template;

	private RawWebClient raw;

	private Map<String, Object> body;

	@Setup(Level.Trial)
	public void start() {
		this.body = Clients.body(this.payload);
		InMemoryGateway gateway = new InMemoryGateway(TOKEN, Clients.json(this.body));
		this.template = ReactiveFunctionsTemplate.builder()
			.accountId(LocalGateway.ACCOUNT)
			.clientCredentials("benchmark", "benchmark-secret")
			.discoveryEnabled(false)
			.endpoints(GATEWAY, GATEWAY, null)
			.eventSource("benchmark")
			.timeout(Duration.ofSeconds(30))
			.clientConnector(gateway)
			.build();
		this.raw = RawWebClient.over(GATEWAY, TOKEN, gateway);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.template.close();
		this.raw.close();
	}

	@Benchmark
	public Object templateVsRaw(Alternation alternation) {
		if (alternation.baseline()) {
			return this.raw.invoke(Clients.FUNCTION, this.body).block();
		}
		return this.template.invokeByUuid(Clients.FUNCTION, this.body, Map.class).block();
	}

}
