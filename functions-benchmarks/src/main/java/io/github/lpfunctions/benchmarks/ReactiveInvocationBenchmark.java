package io.github.lpfunctions.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;

/**
 * Invocations per second of the
 * {@link io.github.lpfunctions.client.ReactiveFunctionsTemplate} and of the hand-written
 * WebClient call ({@link RawWebClient}) with 1, 16 and 64 calls in flight: one JMH thread
 * sends a batch of {@value #BATCH} calls, at most {@code concurrency} at a time, and
 * waits for the last.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReactiveInvocationBenchmark {

	static final int BATCH = 256;

	/**
	 * How many calls are in flight at once.
	 */
	@Param({ "1", "16", "64" })
	public int concurrency;

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public Object template(Clients clients) {
		return Flux.range(0, BATCH)
			.flatMap((i) -> clients.reactive.invokeByUuid(Clients.FUNCTION, clients.body, Map.class), this.concurrency)
			.blockLast();
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public Object raw(Clients clients) {
		return Flux.range(0, BATCH)
			.flatMap((i) -> clients.raw.invoke(Clients.FUNCTION, clients.body), this.concurrency)
			.blockLast();
	}

}
