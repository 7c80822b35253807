package io.github.lpfunctions.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
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
 * invocation benchmarks and the isImplemented cache; benchmarks named on the command line
 * (such as {@link StandInCostBenchmark}) run instead. JMH command-line options pass
 * through. {@code java -jar functions-benchmarks/target/benchmarks.jar cold-burst} runs
 * {@link ColdBurst} instead, which is not a JMH benchmark.
 * <p>
 * A benchmark named {@code template...} is paired with the {@code raw...} benchmark of
 * the same class, suffix and parameters, a {@code client...} one (a declarative client)
 * with the {@code template...} one (the emulator's {@code invoke} with LocalGateway's).
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
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		for (RunResult ours : results) {
			String name = ours.getParams().getBenchmark();
			String method = name.substring(name.lastIndexOf('.') + 1);
			if (method.startsWith("client")) {
				report(ours, twin(results, ours, "template" + method.substring("client".length())));
			}
			else if (method.startsWith("template") && !name.contains("ClientInterfaceBenchmark")) {
				report(ours, twin(results, ours, "raw" + method.substring("template".length())));
			}
			else if (name.endsWith("StandInCostBenchmark.invoke")
					&& "emulator".equals(ours.getParams().getParam("server"))) {
				report(ours,
						results.stream()
							.filter((other) -> other.getParams().getBenchmark().equals(name)
									&& "localGateway".equals(other.getParams().getParam("server")))
							.findFirst()
							.orElse(null));
			}
		}
	}

	private static @Nullable RunResult twin(Collection<RunResult> results, RunResult ours, String method) {
		BenchmarkParams params = ours.getParams();
		String name = params.getBenchmark();
		String twin = name.substring(0, name.lastIndexOf('.') + 1) + method;
		return results.stream()
			.filter((other) -> other.getParams().getBenchmark().equals(twin)
					&& sameParameters(params, other.getParams()))
			.findFirst()
			.orElse(null);
	}

	private static boolean sameParameters(BenchmarkParams a, BenchmarkParams b) {
		return a.getParamsKeys().stream().allMatch((key) -> Objects.equals(a.getParam(key), b.getParam(key)));
	}

	/**
	 * Log the throughput ratio of two results, and their CPU time and allocation per
	 * operation where a profiler measured them; nothing unless the run has both.
	 */
	private static void report(RunResult ours, @Nullable RunResult baseline) {
		if (baseline == null) {
			return;
		}
		double ourScore = ours.getPrimaryResult().getScore();
		double baselineScore = baseline.getPrimaryResult().getScore();
		StringBuilder line = new StringBuilder(
				String.format(Locale.ROOT, "%s %s: ratio %.3f (%.0f vs %.0f %s)", shortName(ours), parameters(ours),
						ourScore / baselineScore, ourScore, baselineScore, ours.getPrimaryResult().getScoreUnit()));
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
