package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.analysis.Percentiles;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

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
 * <p>The interval is a percentile bootstrap of {@code candidate − baseline}: each side is resampled
 * independently by {@link Method} (blocks, never single frames), the figure is recomputed from each
 * resample (ratios from summed numerators and denominators), and the central {@code confidence}
 * share of the differences is the interval. Resampling is seeded, so the same inputs always give
 * the same result. Defaults: 95 % confidence, the metric's minimum relevant change, {@link Method#AUTO},
 * 5 s blocks for runs without bursts, 2000 resamples.
 *
 * <p>Not thread-safe while being configured; {@link #compare()} can be called repeatedly.
 */
public final class Comparison {

    /** The seed used unless {@link #seed(long)} sets another. */
    public static final long DEFAULT_SEED = 0x5EEDFECL;
    /** The number of resamples unless {@link #resamples(int)} sets another. */
    public static final int DEFAULT_RESAMPLES = 2000;
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
    private int resamples = DEFAULT_RESAMPLES;
    private long seed = DEFAULT_SEED;

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
        if (!(level > 0.5 && level < 1.0)) {
            throw new IllegalArgumentException("Confidence [" + level + "] must be between 0.5 and 1, e.g. 0.95");
        }
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

    /** How to resample (default {@link Method#AUTO}). */
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

    /** Number of bootstrap resamples (default 2000; at least 100). */
    public Comparison resamples(int count) {
        if (count < 100) {
            throw new IllegalArgumentException("Resamples [" + count + "] must be at least 100");
        }
        this.resamples = count;
        return this;
    }

    /** Seed of the resampling (default {@link #DEFAULT_SEED}); the same seed gives the same result. */
    public Comparison seed(long seed) {
        this.seed = seed;
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

        double candidateFigure = c.figure();
        double baselineFigure = b.figure();
        double difference = candidateFigure - baselineFigure;
        double ratio = candidateFigure / baselineFigure;

        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        double[] ratios = new double[resamples];
        int[] cw = new int[c.blockCount];
        int[] bw = new int[b.blockCount];
        int nd = 0;
        int nr = 0;
        for (int i = 0; i < resamples; i++) {
            double cf = c.resample(resolved, random, cw);
            double bf = b.resample(resolved, random, bw);
            if (!Double.isNaN(cf - bf)) {
                differences[nd++] = cf - bf;
            }
            double q = cf / bf;
            if (!Double.isNaN(q)) {
                ratios[nr++] = q;
            }
        }
        double alpha = 1 - confidence;
        Interval differenceInterval = interval(differences, nd, alpha);
        Interval ratioInterval = interval(ratios, nr, alpha);
        Verdict verdict = Double.isNaN(difference) ? Verdict.INCONCLUSIVE
                : Decision.verdict(difference, differenceInterval, delta, metric.direction());
        OptionalDouble more = verdict == Verdict.INCONCLUSIVE && !Double.isNaN(difference)
                ? Decision.moreDataFactor(difference, differenceInterval, delta, metric.direction())
                : OptionalDouble.empty();
        String description = resolved.description() + " (" + strataText(c, b) + "), " + resamples
                + " resamples, percentile interval, seed " + seed;
        return new ComparisonResult(metric, verdict, candidateFigure, baselineFigure, difference, differenceInterval,
                ratio, ratioInterval, confidence, delta, resolved, description, candidate, baseline,
                c.blockCount, b.blockCount, c.secondsPerRun, b.secondsPerRun, more);
    }

    private static Interval interval(double[] values, int n, double alpha) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return new Interval(Percentiles.nearestRank(sorted, alpha / 2), Percentiles.nearestRank(sorted, 1 - alpha / 2));
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
