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
 * {@link io.github.lpfunctions.client.FunctionsTemplate} against its raw twin, the
 * hand-written WebClient call blocked on ({@link RawWebClient}), from 1 and from 32
 * threads, in alternating windows ({@link Alternation}): JMH's own score mixes the two,
 * {@link BenchmarkMain} reports each and their ratio.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 20, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class BlockingInvocationBenchmark {

	@Benchmark
	@Threads(1)
	public Object templateVsRaw1(Clients clients, Alternation alternation) {
		return call(clients, alternation);
	}

	@Benchmark
	@Threads(32)
	public Object templateVsRaw32(Clients clients, Alternation alternation) {
		return call(clients, alternation);
	}

	private static Object call(Clients clients, Alternation alternation) {
		if (alternation.baseline()) {
			return clients.raw.invoke(Clients.FUNCTION, clients.body).block();
		}
		return clients.blocking.invokeByUuid(Clients.FUNCTION, clients.body, Map.class);
	}

}
