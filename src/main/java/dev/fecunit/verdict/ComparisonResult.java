package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.internal.format.NumberText;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of {@link Comparison#compare()}: both figures, the difference and ratio with their
 * confidence intervals, the verdict, and how it was reached. {@link #describe()} says it in words
 * (failure messages use it).
 *
 * @param metric                the figure compared
 * @param verdict               better, worse, same or inconclusive
 * @param candidateFigure       the figure of all candidate runs pooled ({@code NaN} without data)
 * @param baselineFigure        the figure of all baseline runs pooled
 * @param difference            {@code candidateFigure - baselineFigure}, the estimate
 * @param differenceInterval    confidence interval of the difference
 * @param ratio                 {@code candidateFigure / baselineFigure} (infinite or {@code NaN} when the baseline is 0)
 * @param ratioInterval         confidence interval of the ratio
 * @param confidence            the confidence level, e.g. 0.95
 * @param minimumChange         the minimum relevant change used, in the metric's unit
 * @param method                where the noise was read from (never {@link Method#AUTO})
 * @param methodDescription     the method in words: where the noise was read, block counts, degrees of freedom
 * @param candidate             the candidate runs
 * @param baseline              the baseline runs
 * @param candidateBlocks       number of blocks the candidate runs were cut into
 * @param baselineBlocks        number of blocks the baseline runs were cut into
 * @param candidateSecondsPerRun mean length of a candidate run's window, seconds
 * @param baselineSecondsPerRun mean length of a baseline run's window, seconds
 * @param moreDataFactor        when inconclusive: about how many times the current data would likely decide
 */
public record ComparisonResult(
        Metric metric,
        Verdict verdict,
        double candidateFigure,
        double baselineFigure,
        double difference,
        Interval differenceInterval,
        double ratio,
        Interval ratioInterval,
        double confidence,
        double minimumChange,
        Method method,
        String methodDescription,
        RunSet candidate,
        RunSet baseline,
        int candidateBlocks,
        int baselineBlocks,
        double candidateSecondsPerRun,
        double baselineSecondsPerRun,
        OptionalDouble moreDataFactor) {

    /**
     * When inconclusive, how much more data would likely decide, in runs and run length, e.g.
     * {@code about 2.3× the data: 3 runs per side instead of 1, or runs of 276 s instead of 120 s}.
     */
    public Optional<String> moreDataAdvice() {
        if (verdict != Verdict.INCONCLUSIVE) {
            return Optional.empty();
        }
        if (moreDataFactor.isEmpty()) {
            return Optional.of("no amount of data is likely to decide: the estimate sits on the minimum relevant change");
        }
        double f = moreDataFactor.getAsDouble();
        if (f > 100) {
            return Optional.of("more than 100× the data: the difference is probably too close to the minimum relevant"
                    + " change to decide; check that the minimum change fits");
        }
        int runs = Math.max(candidate.size(), baseline.size());
        long wantedRuns = (long) Math.ceil(f * runs - 1e-9);
        double seconds = Math.max(candidateSecondsPerRun, baselineSecondsPerRun);
        String text = "about " + NumberText.figure(f) + "× the data: " + wantedRuns + " runs per side instead of " + runs;
        if (method == Method.WINDOWS && Double.isFinite(seconds)) {
            text += ", or runs of " + Math.round(Math.ceil(f * seconds)) + " s instead of " + Math.round(seconds) + " s";
        }
        return Optional.of(text);
    }

    /**
     * The result in words, e.g.
     * <pre>
     * frame loss rate (%, lower is better): WORSE
     *   conditions: NOT COMPARABLE: the candidate faced ... (only when the sides faced different network loss)
     *   candidate: 9.12 % (3 runs, 144 blocks, 120 s per run)
     *   baseline:  4.03 % (3 runs, 144 blocks, 120 s per run)
     *   difference: +5.09 % [95 % interval +2.7, +7.6], ratio 2.26 [1.6, 3.1]
     *   minimum relevant change: 1 %
     *   method: t interval, noise from the blocks at the same position in each run (...), 28.4 degrees of freedom
     *   candidate runs: out/1/fec, out/2/fec, out/3/fec
     *   baseline runs: out/1/baseline, out/2/baseline, out/3/baseline
     * </pre>
     */
    public String describe() {
        String unit = metric.unit().isEmpty() ? "" : (metric.unit().equals("%") ? " %" : " " + metric.unit());
        int percent = (int) Math.round(confidence * 100);
        StringBuilder out = new StringBuilder();
        out.append(metric.name()).append(" (").append(metric.unit()).append(", ").append(metric.direction())
                .append("): ").append(verdict).append('\n');
        conditions().warning().ifPresent(warning -> out.append("  conditions: ").append(warning).append('\n'));
        out.append("  candidate: ").append(NumberText.figure(candidateFigure)).append(unit).append(" (")
                .append(size(candidate, candidateBlocks, candidateSecondsPerRun)).append(")\n");
        out.append("  baseline:  ").append(NumberText.figure(baselineFigure)).append(unit).append(" (")
                .append(size(baseline, baselineBlocks, baselineSecondsPerRun)).append(")\n");
        out.append("  difference: ").append(NumberText.signedFigure(difference)).append(unit).append(" [").append(percent)
                .append(" % interval ").append(NumberText.signedFigure(differenceInterval.lower())).append(", ")
                .append(NumberText.signedFigure(differenceInterval.upper())).append("], ratio ").append(NumberText.figure(ratio)).append(" [")
                .append(NumberText.figure(ratioInterval.lower())).append(", ").append(NumberText.figure(ratioInterval.upper())).append("]\n");
        out.append("  minimum relevant change: ").append(NumberText.figure(minimumChange)).append(unit).append('\n');
        out.append("  method: ").append(methodDescription).append('\n');
        moreDataAdvice().ifPresent(advice -> out.append("  to decide: ").append(advice).append('\n'));
        out.append("  candidate runs: ").append(paths(candidate)).append('\n');
        out.append("  baseline runs: ").append(paths(baseline));
        return out.toString();
    }

    /**
     * The network loss each side faced ({@link Metric#NETWORK_LOSS}) and whether they are comparable;
     * {@link #describe()} says so when they are not.
     */
    public NetworkConditions conditions() {
        return NetworkConditions.of(candidate, baseline);
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String size(RunSet runs, int blocks, double secondsPerRun) {
        return runs.size() + (runs.size() == 1 ? " run, " : " runs, ") + blocks + " blocks, "
                + NumberText.figure(secondsPerRun) + " s per run";
    }

    private static String paths(RunSet runs) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append(out.length() == 0 ? "" : ", ").append(run.path());
        }
        return out.toString();
    }
}
