package io.github.lpfunctions.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.infra.BenchmarkParams;
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
 * Runs the benchmarks and reports each of ours as a ratio to its baseline measured in the
 * same run: {@code java -jar functions-benchmarks/target/benchmarks.jar} runs the
 * invocation benchmarks, the isImplemented cache and the clients' own cost per call
 * ({@link OverheadBenchmark}); benchmarks named on the command line (such as
 * {@link StandInCostBenchmark}) run instead. JMH command-line options pass through.
 * {@code java -jar functions-benchmarks/target/benchmarks.jar cold-burst} runs
 * {@link ColdBurst} instead, which is not a JMH benchmark.
 * <p>
 * A benchmark named {@code oursVsBaseline} (such as {@code templateVsRaw}) alternates the
 * two calls window by window ({@link Alternation}); it is reported as the median of the
 * ratios of its pairs of windows ({@link PairedWindows}). The emulator's
 * {@link StandInCostBenchmark} is reported as a ratio to LocalGateway's.
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
			options.include(BlockingInvocationBenchmark.class.getSimpleName());
			options.include(ReactiveInvocationBenchmark.class.getSimpleName());
			options.include(IsImplementedCacheBenchmark.class.getSimpleName());
			options.include(OverheadBenchmark.class.getSimpleName());
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark();
			String method = name.substring(name.lastIndexOf('.') + 1);
			if (method.contains(PairedWindows.VERSUS)) {
				logger.info(PairedWindows.of(result).report(shortName(result) + " " + parameters(result)));
			}
			else if (name.endsWith("StandInCostBenchmark.invoke")
					&& "emulator".equals(result.getParams().getParam("server"))) {
				results.stream()
					.filter((other) -> other.getParams().getBenchmark().equals(name)
							&& "localGateway".equals(other.getParams().getParam("server")))
					.findFirst()
					.ifPresent((baseline) -> logger.info(ratio(result, baseline)));
			}
		}
	}

	/**
	 * The throughput ratio of two results, with their allocation per operation where the
	 * GC profiler measured it.
	 */
	private static String ratio(RunResult ours, RunResult baseline) {
		double ourScore = ours.getPrimaryResult().getScore();
		double baselineScore = baseline.getPrimaryResult().getScore();
		StringBuilder line = new StringBuilder(
				String.format(Locale.ROOT, "%s %s: ratio %.3f (%.0f vs %.0f %s)", shortName(ours), parameters(ours),
						ourScore / baselineScore, ourScore, baselineScore, ours.getPrimaryResult().getScoreUnit()));
		Result<?> our = ours.getSecondaryResults().get(PairedWindows.ALLOCATION);
		Result<?> their = baseline.getSecondaryResults().get(PairedWindows.ALLOCATION);
		if (our != null && their != null) {
			line.append(String.format(Locale.ROOT, "; %s %.1f vs %.1f %s (ratio %.2f)", PairedWindows.ALLOCATION,
					our.getScore(), their.getScore(), our.getScoreUnit(), our.getScore() / their.getScore()));
		}
		return line.toString();
	}

	private static String shortName(RunResult result) {
		String name = result.getParams().getBenchmark();
		int method = name.lastIndexOf('.');
		return name.substring(name.lastIndexOf('.', method - 1) + 1);
	}

	private static Map<String, String> parameters(RunResult result) {
		BenchmarkParams params = result.getParams();
		TreeMap<String, String> values = new TreeMap<>();
		params.getParamsKeys().forEach((key) -> values.put(key, params.getParam(key)));
		return values;
	}

}
