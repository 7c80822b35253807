package io.github.lpfunctions.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The measurement windows of one paired benchmark ({@link Alternation}), two by two: each
 * pair gives a ratio of ours to the baseline, and the report is the median of those
 * ratios, since a single pair can fall on a moment when the machine slowed down.
 */
final class PairedWindows {

	/**
	 * What the name of a paired benchmark has between ours and its baseline, as in
	 * {@code templateVsRaw}.
	 */
	static final String VERSUS = "Vs";

	/**
	 * The GC profiler's allocation per operation.
	 */
	static final String ALLOCATION = "gc.alloc.rate.norm";

	private final String ours;

	private final String baseline;

	private final List<Window[]> pairs;

	private PairedWindows(String ours, String baseline, List<Window[]> pairs) {
		this.ours = ours;
		this.baseline = baseline;
		this.pairs = pairs;
	}

	/**
	 * The pairs of windows of a benchmark named {@code oursVsBaseline...}, fork by fork.
	 * @param result the benchmark's result
	 * @return its pairs
	 */
	static PairedWindows of(RunResult result) {
		String name = result.getParams().getBenchmark();
		String method = name.substring(name.lastIndexOf('.') + 1);
		int versus = method.indexOf(VERSUS);
		List<Window[]> pairs = new ArrayList<>();
		for (BenchmarkResult fork : result.getBenchmarkResults()) {
			List<IterationResult> windows = new ArrayList<>(fork.getIterationResults());
			for (int first = 0; first + 1 < windows.size(); first += 2) {
				Window a = new Window(windows.get(first));
				Window b = new Window(windows.get(first + 1));
				pairs.add(Alternation.isBaseline(first) ? new Window[] { b, a } : new Window[] { a, b });
			}
		}
		return new PairedWindows(method.substring(0, versus), firstWord(method.substring(versus + 2)), pairs);
	}

	// "Raw1" -> "raw", "TemplateBlocking" -> "template"
	private static String firstWord(String camelCase) {
		int end = 1;
		while (end < camelCase.length() && Character.isLowerCase(camelCase.charAt(end))) {
			end++;
		}
		return camelCase.substring(0, end).toLowerCase(Locale.ROOT);
	}

	/**
	 * One line: the median ratio of throughput, its range over the pairs, the median of
	 * each side, and the same for allocation where the GC profiler measured it.
	 * @param label what the line is about
	 * @return the line
	 */
	String report(String label) {
		if (this.pairs.isEmpty()) {
			return label + ": fewer than two measurement windows, no pair to compare";
		}
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %s/%s over %d pairs of windows", label,
				this.ours, this.baseline, this.pairs.size()));
		line.append("; throughput ").append(summary(Window::score, "ops/s", "%.0f"));
		if (this.pairs.stream().allMatch((pair) -> pair[0].allocation() >= 0 && pair[1].allocation() >= 0)) {
			line.append("; allocation ").append(summary(Window::allocation, "B/op", "%.0f"));
		}
		return line.toString();
	}

	private String summary(Function<Window, Double> figure, String unit, String format) {
		List<Double> ratios = new ArrayList<>();
		List<Double> ourFigures = new ArrayList<>();
		List<Double> baselineFigures = new ArrayList<>();
		for (Window[] pair : this.pairs) {
			double our = figure.apply(pair[0]);
			double their = figure.apply(pair[1]);
			ratios.add(our / their);
			ourFigures.add(our);
			baselineFigures.add(their);
		}
		return String.format(Locale.ROOT, "ratio %.3f (pairs %.3f to %.3f; " + format + " vs " + format + " %s)",
				median(ratios), ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
				ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), median(ourFigures),
				median(baselineFigures), unit);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * One measurement iteration: its throughput and, where measured, its allocation per
	 * operation ({@code -1} if not).
	 */
	private record Window(double score, double allocation) {

		Window(IterationResult iteration) {
			this(iteration.getPrimaryResult().getScore(), allocation(iteration));
		}

		private static double allocation(IterationResult iteration) {
			Result<?> allocation = iteration.getSecondaryResults().get(ALLOCATION);
			return (allocation != null) ? allocation.getScore() : -1;
		}

	}

}
