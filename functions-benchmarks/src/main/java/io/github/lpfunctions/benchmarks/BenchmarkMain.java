package io.github.lpfunctions.benchmarks;

import java.util.Collection;
import java.util.Locale;

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
 * run: {@code java -jar functions-benchmarks/target/benchmarks.jar}. JMH command-line
 * options pass through.
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
		CommandLineOptions commandLine = new CommandLineOptions(args);
		Collection<RunResult> results = new Runner(
				new OptionsBuilder().parent(commandLine).include(InvocationBenchmark.class.getSimpleName()).build())
			.run();
		for (String scheme : new String[] { "http", "https" }) {
			double baseline = score(results, "connectionPerCall", scheme);
			double ours = score(results, "functionsTemplate", scheme);
			logger.info(String.format(Locale.ROOT,
					"%s: functionsTemplate / connectionPerCall throughput ratio %.2f (%.0f vs %.0f ops/s)", scheme,
					ours / baseline, ours, baseline));
		}
	}

	private static double score(Collection<RunResult> results, String benchmark, String scheme) {
		return results.stream()
			.filter((result) -> result.getParams().getBenchmark().endsWith("." + benchmark)
					&& scheme.equals(result.getParams().getParam("scheme")))
			.mapToDouble((result) -> result.getPrimaryResult().getScore())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No result for " + benchmark + " over " + scheme));
	}

}
