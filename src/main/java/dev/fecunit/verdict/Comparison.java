package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.analysis.Ratio;
import dev.fecunit.internal.format.NumberText;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Compares one figure between a candidate and a baseline, with a confidence interval that respects
 * how noisy runs are, and a verdict: {@link Verdict#BETTER}, {@link Verdict#WORSE},
 * {@link Verdict#SAME} or {@link Verdict#INCONCLUSIVE}.
 *
 * <pre>{@code
 * ComparisonResult result = Comparison.of(Metric.FRAME_LOSS_RATE)
 *         .candidate(RunSet.matching(Path.of("runs"), "repeats/fec-*"))
 *         .baseline(RunSet.matching(Path.of("runs"), "repeats/baseline-*"))
 *         .compare();
 * if (result.verdict() == Verdict.WORSE) {
 *     throw new AssertionError(result.describe());
 * }
 * }</pre>
 *
 * <p>The interval is a t interval of {@code candidate − baseline}: each run is cut into blocks (burst
 * and steady windows, never single frames, see {@link Blocking}); how much the blocks of one kind
 * scatter within a run gives the variance of each side's figure (ratios linearized, percentiles as
 * shares of values, see {@link Method}), and the degrees of freedom that few blocks carry widen the
 * interval as they should: 3 bursts give a wide interval, 30 a narrow one. With repetitions the runs'
 * own scatter is used instead when runs differ more than their blocks explain. When a side's blocks
 * cannot show its noise at all (a run with a single block), the verdict is {@link Verdict#INCONCLUSIVE}
 * and says why. No resampling: the same inputs always give the same result. Defaults: 95 % confidence,
 * the metric's minimum relevant change, {@link Method#AUTO}, 5 s blocks for runs without bursts.
 *
 * <p>Not thread-safe while being configured; {@link #compare()} can be called repeatedly.
 */
public final class Comparison {

    /** The block length for runs without bursts unless {@link #blockLength(Duration)} sets another. */
    public static final Duration DEFAULT_BLOCK_LENGTH = Duration.ofSeconds(5);

    private final Metric metric;
    private RunSet candidate;
    private RunSet baseline;
    private double confidence = 0.95;
    private double minimumChange = Double.NaN;
    private Method method = Method.AUTO;
    private Blocking blocking = Blocking.WINDOWS;
    private Duration blockLength = DEFAULT_BLOCK_LENGTH;

    private Comparison(Metric metric) {
        this.metric = Objects.requireNonNull(metric, "metric");
    }

    /** Starts a comparison of {@code metric}, e.g. {@link Metric#FRAME_LOSS_RATE}. */
    public static Comparison of(Metric metric) {
        return new Comparison(metric);
    }

    /** The run(s) under test. */
    public Comparison candidate(Run... runs) {
        return candidate(RunSet.of(runs));
    }

    /** The runs under test (repetitions of one configuration). */
    public Comparison candidate(RunSet runs) {
        this.candidate = Objects.requireNonNull(runs, "candidate");
        return this;
    }

    /** The run(s) to compare against. */
    public Comparison baseline(Run... runs) {
        return baseline(RunSet.of(runs));
    }

    /** The runs to compare against (repetitions of one configuration). */
    public Comparison baseline(RunSet runs) {
        this.baseline = Objects.requireNonNull(runs, "baseline");
        return this;
    }

    /** Confidence level of the interval, strictly between 0.5 and 1 (default 0.95). */
    public Comparison confidence(double level) {
        checkConfidence(level);
        this.confidence = level;
        return this;
    }

    /**
     * The smallest difference that matters, in the metric's unit (default
     * {@link Metric#defaultMinimumChange()}): a difference within it is {@link Verdict#SAME}, and
     * {@link Verdict#WORSE} or {@link Verdict#BETTER} need an estimate beyond it.
     */
    public Comparison minimumChange(double change) {
        if (!(change >= 0 && Double.isFinite(change))) {
            throw new IllegalArgumentException("Minimum change [" + change + "] must be zero or a positive number");
        }
        this.minimumChange = change;
        return this;
    }

    /** Where to read the noise from (default {@link Method#AUTO}). */
    public Comparison method(Method method) {
        this.method = Objects.requireNonNull(method, "method");
        return this;
    }

    /** How runs with bursts are cut into blocks (default {@link Blocking#WINDOWS}). */
    public Comparison blocking(Blocking blocking) {
        this.blocking = Objects.requireNonNull(blocking, "blocking");
        return this;
    }

    /** Length of the fixed blocks cut from runs without bursts (default 5 s). */
    public Comparison blockLength(Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("Block length [" + length + "] must be positive");
        }
        this.blockLength = length;
        return this;
    }

    /**
     * Computes the estimate, the interval and the verdict.
     *
     * @throws IllegalStateException when the candidate or the baseline was not given
     */
    public ComparisonResult compare() {
        if (candidate == null || baseline == null) {
            throw new IllegalStateException("Comparison of [" + metric.name() + "] needs both a candidate and a baseline:"
                    + " call candidate(...) and baseline(...) before compare()");
        }
        long blockUs = blockLength.toNanos() / 1000;
        Side c = new Side(candidate, metric, blocking, blockUs);
        Side b = new Side(baseline, metric, blocking, blockUs);
        Method resolved = method != Method.AUTO ? method
                : (candidate.size() > 1 || baseline.size() > 1 ? Method.RUNS_THEN_WINDOWS : Method.WINDOWS);
        double delta = Double.isNaN(minimumChange) ? metric.defaultMinimumChange() : minimumChange;
        Spread cs = c.spread(metric, confidence, "candidate");
        Spread bs = b.spread(metric, confidence, "baseline");
        Difference estimate = Difference.between(cs, bs, resolved, confidence);
        Verdict verdict = estimate.verdict(delta, metric.direction());
        OptionalDouble more = verdict == Verdict.INCONCLUSIVE && estimate.problem().isEmpty()
                && !Double.isNaN(estimate.difference())
                ? Decision.moreDataFactor(estimate.difference(), estimate.interval(), delta, metric.direction())
                : OptionalDouble.empty();
        String description = "t interval" + noiseText(estimate) + " (" + strataText(c, b) + ")" + degreesText(estimate);
        return new ComparisonResult(metric, verdict, estimate.candidateFigure(), estimate.baselineFigure(),
                estimate.difference(), estimate.interval(), estimate.ratio(), estimate.ratioInterval(), confidence, delta,
                resolved, description, candidate, baseline, c.blockCount, b.blockCount, c.secondsPerRun,
                b.secondsPerRun, more);
    }

    /**
     * The estimate from plain per-run values, one figure per run (e.g. a history's runs before and
     * after a change point): each side's figure is the mean of its values, the interval Welch's t interval
     * of the difference of means. A side with a single run borrows the other side's run-to-run spread.
     *
     * <pre>{@code
     * Difference e = Comparison.estimate(new double[] {3.1}, new double[] {2.2, 2.0, 2.5, 2.4}, 0.95);
     * }</pre>
     *
     * @param candidateRuns one value per candidate run, at least one
     * @param baselineRuns  one value per baseline run, at least one
     * @param confidence    strictly between 0.5 and 1
     * @return the estimate; inconclusive (with the reason in {@link Difference#problem()}) when both sides have a single run
     */
    public static Difference estimate(double[] candidateRuns, double[] baselineRuns, double confidence) {
        checkConfidence(confidence);
        if (candidateRuns.length == 0 || baselineRuns.length == 0) {
            throw new IllegalArgumentException("An estimate needs at least one candidate and one baseline value");
        }
        int nc = candidateRuns.length;
        int nb = baselineRuns.length;
        double c = mean(candidateRuns);
        double b = mean(baselineRuns);
        Interval nowhere = new Interval(Double.NaN, Double.NaN);
        if (nc == 1 && nb == 1) {
            return new Difference(c, b, c - b, nowhere, c / b, nowhere, Double.NaN, "",
                    "one run a side shows no run-to-run spread; give one side at least 2 runs");
        }
        double sc = nc > 1 ? variance(candidateRuns, c) : variance(baselineRuns, b);
        double sb = nb > 1 ? variance(baselineRuns, b) : sc;
        double vc = sc / nc;
        double vb = sb / nb;
        double df;
        if (nc > 1 && nb > 1) {
            double sum = vc + vb;
            df = sum == 0 ? Double.NaN : sum * sum / ((vc == 0 ? 0 : vc * vc / (nc - 1)) + (vb == 0 ? 0 : vb * vb / (nb - 1)));
        } else {
            df = Math.max(nc, nb) - 1;
        }
        double level = 1 - (1 - confidence) / 2;
        double half = vc + vb > 0 ? StudentT.quantile(level, df) * Math.sqrt(vc + vb) : 0;
        double ratio = c / b;
        Interval ratioInterval = nowhere;
        if (b != 0 && Double.isFinite(ratio)) {
            double rhalf = vc + vb > 0 ? StudentT.quantile(level, df) * Math.sqrt(vc + ratio * ratio * vb) / Math.abs(b) : 0;
            ratioInterval = new Interval(ratio - rhalf, ratio + rhalf);
        }
        return new Difference(c, b, c - b, new Interval(c - b - half, c - b + half), ratio, ratioInterval, df,
                "the runs", "");
    }

    /**
     * The estimate from per-block ratios of several runs (each inner list one run's blocks, as a stored
     * baseline keeps them, all of one kind): each side's figure is {@code Σnum / Σden}, the noise read as
     * {@link Comparison#compare()} reads it for runs of one schedule ({@link Method#AUTO}).
     *
     * @param candidate  per candidate run, its blocks
     * @param baseline   per baseline run, its blocks
     * @param confidence strictly between 0.5 and 1
     * @return the estimate
     */
    public static Difference estimateBlocks(List<List<Ratio>> candidate, List<List<Ratio>> baseline, double confidence) {
        return estimateBlocks(candidate, oneKind(candidate), baseline, oneKind(baseline), confidence);
    }

    /**
     * As {@link #estimateBlocks(List, List, double)}, with each block's kind ({@code burst}, {@code steady},
     * ...; {@link Blocks.Block#stratum()}), so blocks are compared with blocks of their kind.
     *
     * @param candidate      per candidate run, its blocks
     * @param candidateKinds per candidate run, each block's kind
     * @param baseline       per baseline run, its blocks
     * @param baselineKinds  per baseline run, each block's kind
     * @param confidence     strictly between 0.5 and 1
     * @return the estimate
     */
    public static Difference estimateBlocks(List<List<Ratio>> candidate, List<List<String>> candidateKinds,
                                            List<List<Ratio>> baseline, List<List<String>> baselineKinds,
                                            double confidence) {
        checkConfidence(confidence);
        if (candidate.isEmpty() || baseline.isEmpty()) {
            throw new IllegalArgumentException("An estimate needs at least one candidate and one baseline run");
        }
        Method method = candidate.size() > 1 || baseline.size() > 1 ? Method.RUNS_THEN_WINDOWS : Method.WINDOWS;
        return Difference.between(new Side(candidate, candidateKinds).spread(null, confidence, "candidate"),
                new Side(baseline, baselineKinds).spread(null, confidence, "baseline"), method, confidence);
    }

    private static List<List<String>> oneKind(List<List<Ratio>> runs) {
        List<List<String>> kinds = new ArrayList<>();
        for (List<Ratio> run : runs) {
            kinds.add(java.util.Collections.nCopies(run.size(), "block"));
        }
        return kinds;
    }

    private static void checkConfidence(double confidence) {
        if (!(confidence > 0.5 && confidence < 1.0)) {
            throw new IllegalArgumentException("Confidence [" + confidence + "] must be between 0.5 and 1, e.g. 0.95");
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }

    private static String noiseText(Difference e) {
        return e.noise().isEmpty() ? "" : ", noise from the " + e.noise();
    }

    private static String degreesText(Difference e) {
        if (!e.problem().isEmpty()) {
            return ": " + e.problem();
        }
        return Double.isNaN(e.degreesOfFreedom()) ? ""
                : ", " + NumberText.figure(Math.round(e.degreesOfFreedom() * 10) / 10.0) + " degrees of freedom";
    }

    private static String strataText(Side c, Side b) {
        return "candidate " + strataOf(c) + "; baseline " + strataOf(b);
    }

    private static String strataOf(Side side) {
        StringBuilder out = new StringBuilder();
        side.strata.forEach((stratum, count) -> {
            String noun = switch (stratum) {
                case "fixed" -> "fixed block";
                case "cycle" -> "loss cycle";
                default -> stratum + " window";
            };
            out.append(out.length() == 0 ? "" : " + ").append(count).append(' ').append(noun).append(count == 1 ? "" : "s");
        });
        return out.toString();
    }
}
