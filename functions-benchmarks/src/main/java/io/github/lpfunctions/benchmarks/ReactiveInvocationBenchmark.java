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
import reactor.core.publisher.Mono;

/**
 * Invocations per second of the
 * {@link io.github.lpfunctions.client.ReactiveFunctionsTemplate} against the hand-written
 * WebClient call ({@link RawWebClient}) with 1, 16 and 64 calls in flight, in alternating
 * windows ({@link Alternation}): one JMH thread sends a batch of {@value #BATCH} calls,
 * at most {@code concurrency} at a time, and waits for the last.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 20, time = 1)
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
	public Object templateVsRaw(Clients clients, Alternation alternation) {
		boolean raw = alternation.baseline();
		return Flux.range(0, BATCH).flatMap((i) -> call(clients, raw), this.concurrency).blockLast();
	}

	private static Mono<?> call(Clients clients, boolean raw) {
		return raw ? clients.raw.invoke(Clients.FUNCTION, clients.body)
				: clients.reactive.invokeByUuid(Clients.FUNCTION, clients.body, Map.class);
	}

}
