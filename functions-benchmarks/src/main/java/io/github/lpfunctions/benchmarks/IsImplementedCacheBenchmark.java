package io.github.lpfunctions.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * Time of an {@code isImplemented} answered from the template's cache (warmed by the
 * first call, 60 s lifetime): no network is involved.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class IsImplementedCacheBenchmark {

	private static final String EVENT = "conversational_command";

	private LocalGateway gateway;

	private ReactiveFunctionsTemplate reactive;

	private FunctionsTemplate blocking;

	@Setup(Level.Trial)
	public void start() {
		this.gateway = LocalGateway.start(true);
		this.reactive = ReactiveFunctionsTemplate.builder()
			.accountId(LocalGateway.ACCOUNT)
			.clientCredentials("benchmark", "benchmark-secret")
			.discoveryEnabled(false)
			.endpoints(this.gateway.uri(), this.gateway.uri(), null)
			.eventSource("benchmark")
			.build();
		this.blocking = new FunctionsTemplate(this.reactive);
		if (!this.blocking.isImplemented(EVENT)) {
			throw new IllegalStateException("the stand-in answers every isImplemented with true");
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.blocking.close();
		this.gateway.close();
	}

	@Benchmark
	public Boolean reactive() {
		return this.reactive.isImplemented(EVENT).block();
	}

	@Benchmark
	public boolean blocking() {
		return this.blocking.isImplemented(EVENT);
	}

}
