package io.github.lpfunctions.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's JVM (client, server, compiler and collector threads
 * together) per operation, as {@code cpu.time.norm} in µs/op:
 * {@code -prof io.github.lpfunctions.benchmarks.ProcessCpuProfiler}. It leaves out the
 * time other processes take from the cores, though a compiler starved of cores still
 * shows as more CPU per operation (code runs interpreted for longer).
 */
public final class ProcessCpuProfiler implements InternalProfiler {

	private static final OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private long before;

	@Override
	public String getDescription() {
		return "CPU time of the JVM per operation";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.before = system.getProcessCpuTime();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
			IterationResult result) {
		long nanos = system.getProcessCpuTime() - this.before;
		long operations = result.getMetadata().getAllOps();
		double perOperation = (operations > 0) ? nanos / 1000.0 / operations : Double.NaN;
		return List.of(new ScalarResult("cpu.time.norm", perOperation, "µs/op", AggregationPolicy.AVG));
	}

}
