package io.github.lpfunctions.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Which of its two calls a paired benchmark ({@code oursVsBaseline}) makes in the current
 * iteration, so that both are measured in the same JVM, window after window, rather than
 * one benchmark after the other: a machine whose speed drifts by a factor of two within
 * minutes (a shared VM) still yields a ratio, each pair's windows being seconds apart.
 * <p>
 * Warm-up iterations alternate, so that both calls are compiled before measuring.
 * Measurement iterations come in pairs whose order alternates (ours first, then the
 * baseline first: A B B A A B …), so that a steady drift favours neither side.
 * {@link BenchmarkMain} reads each pair's two windows with {@link #isBaseline(int)}.
 */
@State(Scope.Benchmark)
public class Alternation {

	private int warmups;

	private int measurements;

	private boolean baseline;

	/**
	 * Choose the call of the iteration that starts.
	 * @param iteration the iteration that starts
	 */
	@Setup(Level.Iteration)
	public void next(IterationParams iteration) {
		if (iteration.getType() == IterationType.WARMUP) {
			this.baseline = (this.warmups++ % 2) == 1;
		}
		else {
			this.baseline = isBaseline(this.measurements++);
		}
	}

	/**
	 * Whether the current iteration measures the baseline rather than ours.
	 * @return {@code true} for the baseline
	 */
	boolean baseline() {
		return this.baseline;
	}

	/**
	 * Whether a measurement iteration measured the baseline.
	 * @param measurement the index of the measurement iteration in its fork, from 0
	 * @return {@code true} for the baseline, {@code false} for ours
	 */
	static boolean isBaseline(int measurement) {
		boolean secondOfPair = (measurement % 2) == 1;
		boolean oursFirst = ((measurement / 2) % 2) == 0;
		return secondOfPair == oursFirst;
	}

}
