package io.github.lpfunctions.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmarks and reports each as a ratio to the baseline measured in the same
 * run: {@code java -jar functions-benchmarks/target/benchmarks.jar} runs
 * {@link InvocationBenchmark}; a benchmark named on the command line (such as
 * {@link StandInCostBenchmark}) runs instead. JMH command-line options pass through.
 * {@code java -jar functions-benchmarks/target/benchmarks.jar cold-burst} runs
 * {@link ColdBurst} instead, which is not a JMH benchmark.
 */
public final class BenchmarkMain {

	private static final Logger logger = LoggerFactory.getLogger(BenchmarkMain.class);

	private BenchmarkMain() {
	}

	/**
	 * Run the benchmarks.
	 * @param args JMH command-line options
	 * @throws RunnerException when JMH fails
	 * @throws CommandLineOptionException when the options are wrong
	 */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		if (args.length > 0 && "cold-burst".equals(args[0])) {
			ColdBurst.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		CommandLineOptions commandLine = new CommandLineOptions(args);
		OptionsBuilder options = new OptionsBuilder();
		options.parent(commandLine);
		if (commandLine.getIncludes().isEmpty()) {
			options.include(InvocationBenchmark.class.getSimpleName());
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		for (String scheme : new String[] { "http", "https" }) {
			report(scheme + ": functionsTemplate / connectionPerCall",
					find(results, "functionsTemplate", "scheme", scheme),
					find(results, "connectionPerCall", "scheme", scheme));
		}
		report("http: emulator / localGateway", find(results, "invoke", "server", "emulator"),
				find(results, "invoke", "server", "localGateway"));
	}

	/**
	 * Log the throughput ratio of two results, and their CPU time and allocation per
	 * operation where a profiler measured them; nothing unless the run has both.
	 */
	private static void report(String title, @Nullable RunResult ours, @Nullable RunResult baseline) {
		if (ours == null || baseline == null) {
			return;
		}
		double ourScore = ours.getPrimaryResult().getScore();
		double baselineScore = baseline.getPrimaryResult().getScore();
		StringBuilder line = new StringBuilder(
				String.format(Locale.ROOT, "%s throughput ratio %.2f (%.0f vs %.0f ops/s)", title,
						ourScore / baselineScore, ourScore, baselineScore));
		for (String label : new String[] { "cpu.time.norm", "gc.alloc.rate.norm" }) {
			Result<?> our = ours.getSecondaryResults().get(label);
			Result<?> their = baseline.getSecondaryResults().get(label);
			if (our != null && their != null) {
				line.append(String.format(Locale.ROOT, "; %s %.1f vs %.1f %s (ratio %.2f)", label, our.getScore(),
						their.getScore(), our.getScoreUnit(), our.getScore() / their.getScore()));
			}
		}
		logger.info(line.toString());
	}

	private static @Nullable RunResult find(Collection<RunResult> results, String benchmark, String parameter,
			String value) {
		return results.stream()
			.filter((result) -> result.getParams().getBenchmark().endsWith("." + benchmark)
					&& value.equals(result.getParams().getParam(parameter)))
			.findFirst()
			.orElse(null);
	}

}
