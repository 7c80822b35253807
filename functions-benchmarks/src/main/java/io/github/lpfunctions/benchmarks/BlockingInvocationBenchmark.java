package io.github.lpfunctions.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Invocations per second of the blocking
 * {@link io.github.lpfunctions.client.FunctionsTemplate} and of its raw twin, the
 * hand-written WebClient call blocked on ({@link RawWebClient}), from 1 and from 32
 * threads. Each {@code template} benchmark is reported as a ratio to the {@code raw} one
 * of the same threads and parameters.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class BlockingInvocationBenchmark {

	@Benchmark
	@Threads(1)
	public Object template1(Clients clients) {
		return clients.blocking.invokeByUuid(Clients.FUNCTION, clients.body, Map.class);
	}

	@Benchmark
	@Threads(1)
	public Object raw1(Clients clients) {
		return clients.raw.invoke(Clients.FUNCTION, clients.body).block();
	}

	@Benchmark
	@Threads(32)
	public Object template32(Clients clients) {
		return clients.blocking.invokeByUuid(Clients.FUNCTION, clients.body, Map.class);
	}

	@Benchmark
	@Threads(32)
	public Object raw32(Clients clients) {
		return clients.raw.invoke(Clients.FUNCTION, clients.body).block();
	}

}
