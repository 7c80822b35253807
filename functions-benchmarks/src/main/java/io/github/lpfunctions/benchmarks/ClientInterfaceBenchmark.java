package io.github.lpfunctions.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lpfunctions.client.proxy.FunctionsClientFactory;

/**
 * The cost of calling a function through a {@code @FunctionsClient} interface rather than
 * on the template it delegates to, in alternating windows ({@link Alternation}): blocking
 * from one thread, and reactive with 16 calls in flight.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 20, time = 1)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ClientInterfaceBenchmark {

	private static final int BATCH = ReactiveInvocationBenchmark.BATCH;

	private static final int CONCURRENCY = 16;

	private EchoFunctions client;

	@Setup(Level.Trial)
	public void createClient(Clients clients) {
		this.client = FunctionsClientFactory.builder(clients.reactive)
			.blockingTemplate(clients.blocking)
			.build()
			.createClient(EchoFunctions.class);
	}

	@Benchmark
	public Object clientVsTemplateBlocking(Clients clients, Alternation alternation) {
		if (alternation.baseline()) {
			return clients.blocking.invokeByUuid(Clients.FUNCTION, clients.body, Map.class);
		}
		return this.client.echo(clients.body);
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public Object clientVsTemplateReactive(Clients clients, Alternation alternation) {
		boolean template = alternation.baseline();
		return Flux.range(0, BATCH).flatMap((i) -> reactiveCall(clients, template), CONCURRENCY).blockLast();
	}

	private Mono<?> reactiveCall(Clients clients, boolean template) {
		return template ? clients.reactive.invokeByUuid(Clients.FUNCTION, clients.body, Map.class)
				: this.client.echoLater(clients.body);
	}

}
