package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.analysis.CounterMath;
import dev.fecunit.analysis.FrameAnalysis;
import dev.fecunit.analysis.FrameLoss;
import dev.fecunit.analysis.FreezeAnalysis;
import dev.fecunit.analysis.Percentiles;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A figure that can be compared between runs: how to measure it on one block (a {@link Scope}) of a
 * run, how blocks combine into the figure, which direction is better, and the default minimum
 * relevant change.
 *
 * <p>Two kinds exist, and every built-in figure is one of them:
 * <ul>
 *   <li>a <b>ratio</b> ({@link #ratio}): each block contributes a numerator and a denominator that
 *       add up, and the figure of several blocks (or runs) is {@code sum(numerators) / sum(denominators)};
 *       frame loss rate, gap events per minute, latency mean, NACK and packet-loss rates;</li>
 *   <li>a <b>pooled percentile</b> ({@link #percentile}): each block contributes values, and the
 *       figure is the nearest-rank percentile ({@link Percentiles#nearestRank}) of all values pooled.</li>
 * </ul>
 * Each block's numbers come from {@code dev.fecunit.analysis}, where every figure is defined once.
 * A new figure plugs in the same way, e.g. pauses per minute from the freeze analysis:
 *
 * <pre>{@code
 * Metric pausesPerMinute = Metric.ratio("pauses_per_minute", "pauses per minute", "/min",
 *         Direction.LOWER_IS_BETTER, 0.5,
 *         (run, scope) -> new Ratio(FreezeAnalysis.of(run, scope).pauseCount(), scope.durationUs() / 60e6));
 * }</pre>
 */
public final class Metric {

    /** Measures a ratio figure's numerator and denominator on one block of a run. */
    @FunctionalInterface
    public interface RatioOfBlock {
        /** The numerator and denominator of the figure over {@code scope} of {@code run}. */
        Ratio measure(Run run, Scope scope);
    }

    /** Collects a percentile figure's values on one block of a run. */
    @FunctionalInterface
    public interface ValuesOfBlock {
        /** The values (any order) observed in {@code scope} of {@code run}. */
        double[] measure(Run run, Scope scope);
    }

    /** Frames lost in percent of frames expected, {@code 100 · Σlost / Σexpected}; lower is better. */
    public static final Metric FRAME_LOSS_RATE = ratio("frame_loss_rate_pct", "frame loss rate", "%",
            Direction.LOWER_IS_BETTER, 0.5, (run, scope) -> {
                FrameLoss loss = FrameAnalysis.frameLoss(run, scope);
                return new Ratio(100.0 * loss.lost(), loss.expected());
            });

    /** Frame-id gaps (a run of consecutive lost frames counts once) per minute; lower is better. */
    public static final Metric GAP_EVENTS_PER_MINUTE = ratio("gap_events_per_minute", "gap events per minute",
            "/min", Direction.LOWER_IS_BETTER, 0.5,
            (run, scope) -> new Ratio(FrameAnalysis.frameLoss(run, scope).gapEvents(), minutes(scope)));

    /** Mean capture-to-receive latency in ms, {@code Σlatency / Σframes}; lower is better. */
    public static final Metric LATENCY_MEAN = ratio("latency_mean_ms", "latency mean", "ms",
            Direction.LOWER_IS_BETTER, 2.0, (run, scope) -> {
                int n = FrameAnalysis.sortedLatenciesMs(run, scope).length;
                return n == 0 ? new Ratio(0, 0) : new Ratio(FrameAnalysis.latencyMeanMs(run, scope) * n, n);
            });

    /** Median latency in ms (nearest rank over all frames pooled); lower is better. */
    public static final Metric LATENCY_P50 = latencyPercentile(0.50, 2.0);
    /** 95th-percentile latency in ms (nearest rank over all frames pooled); lower is better. */
    public static final Metric LATENCY_P95 = latencyPercentile(0.95, 5.0);
    /** 99th-percentile latency in ms (nearest rank over all frames pooled); lower is better. */
    public static final Metric LATENCY_P99 = latencyPercentile(0.99, 10.0);

    /** NACKs ({@code livekit_nack_total}, all series) per second; lower is better. */
    public static final Metric NACK_RATE = ratio("nacks_per_second", "NACK rate", "/s",
            Direction.LOWER_IS_BETTER, 1.0, (run, scope) -> new Ratio(
                    CounterMath.total(run, RunSummary.NACK_FAMILY, CounterMath.ALL, scope), seconds(scope)));

    /** Packets reported lost ({@code livekit_packet_loss_total}, all series) per second; lower is better. */
    public static final Metric PACKET_LOSS_RATE = ratio("packets_lost_per_second", "packet loss rate", "/s",
            Direction.LOWER_IS_BETTER, 1.0, (run, scope) -> new Ratio(
                    CounterMath.total(run, RunSummary.PACKET_LOSS_FAMILY, CounterMath.ALL, scope), seconds(scope)));

    /** Freezes (webrtc-stats {@code freezeCount}, see {@link FreezeAnalysis}) per minute; lower is better. */
    public static final Metric FREEZES_PER_MINUTE = ratio("freezes_per_minute", "freezes per minute", "/min",
            Direction.LOWER_IS_BETTER, 0.5,
            (run, scope) -> new Ratio(FreezeAnalysis.of(run, scope).freezeCount(), minutes(scope)));

    /**
     * Frozen time in percent of the time compared: {@code 100 · Σ totalFreezesDuration / Σ length}, each
     * freeze counted whole in the block of the frame that ends it (so blocks add up); lower is better.
     */
    public static final Metric FROZEN_TIME = ratio("frozen_time_pct", "frozen time", "%",
            Direction.LOWER_IS_BETTER, 0.5,
            (run, scope) -> new Ratio(100.0 * FreezeAnalysis.of(run, scope).totalFreezesDurationS(), seconds(scope)));

    private final String key;
    private final String name;
    private final String unit;
    private final Direction direction;
    private final double defaultMinimumChange;
    private final RatioOfBlock ratio;
    private final ValuesOfBlock values;
    private final double fraction;

    private Metric(String key, String name, String unit, Direction direction, double defaultMinimumChange,
                   RatioOfBlock ratio, ValuesOfBlock values, double fraction) {
        this.key = requireText(key, "key");
        this.name = requireText(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.direction = Objects.requireNonNull(direction, "direction");
        if (!(defaultMinimumChange >= 0)) {
            throw new IllegalArgumentException("Minimum change of metric [" + key + "] must be zero or positive but was ["
                    + defaultMinimumChange + "]");
        }
        this.defaultMinimumChange = defaultMinimumChange;
        this.ratio = ratio;
        this.values = values;
        this.fraction = fraction;
    }

    /**
     * A ratio figure: {@code sum(numerators) / sum(denominators)} over the blocks (and runs) compared.
     *
     * @param key                  a stable {@code snake_case} key, used in stored baselines
     * @param name                 the figure in the user's words, e.g. {@code frame loss rate}
     * @param unit                 e.g. {@code %}, {@code ms}, {@code /min}
     * @param direction            which way is better
     * @param defaultMinimumChange the smallest difference that matters, in the figure's unit
     * @param measure              the numerator and denominator of one block
     */
    public static Metric ratio(String key, String name, String unit, Direction direction,
                               double defaultMinimumChange, RatioOfBlock measure) {
        return new Metric(key, name, unit, direction, defaultMinimumChange,
                Objects.requireNonNull(measure, "measure"), null, Double.NaN);
    }

    /**
     * A pooled percentile: the nearest-rank percentile {@code p} of all blocks' values together.
     *
     * @param p       the fraction, 0..1 (0.95 for p95)
     * @param measure the values of one block
     */
    public static Metric percentile(String key, String name, String unit, Direction direction,
                                    double defaultMinimumChange, double p, ValuesOfBlock measure) {
        Percentiles.checkFraction(p);
        return new Metric(key, name, unit, direction, defaultMinimumChange, null,
                Objects.requireNonNull(measure, "measure"), p);
    }

    /**
     * A latency percentile in ms (lower is better), e.g. {@code Metric.latencyPercentile(0.90, 10.0)}.
     *
     * @param p                    the fraction, 0..1
     * @param defaultMinimumChange the smallest difference that matters, ms
     */
    public static Metric latencyPercentile(double p, double defaultMinimumChange) {
        Percentiles.checkFraction(p);
        String digits = new java.math.BigDecimal(Double.toString(p * 100)).stripTrailingZeros().toPlainString();
        return percentile("latency_p" + digits.replace('.', '_') + "_ms", "latency p" + digits, "ms",
                Direction.LOWER_IS_BETTER, defaultMinimumChange, p, FrameAnalysis::sortedLatenciesMs);
    }

    /** Every built-in figure, in the order reports list them. */
    public static List<Metric> builtIn() {
        return List.of(FRAME_LOSS_RATE, GAP_EVENTS_PER_MINUTE, LATENCY_MEAN, LATENCY_P50, LATENCY_P95, LATENCY_P99,
                NACK_RATE, PACKET_LOSS_RATE, FREEZES_PER_MINUTE, FROZEN_TIME);
    }

    /** The stable {@code snake_case} key, e.g. {@code frame_loss_rate_pct}. */
    public String key() {
        return key;
    }

    /** The figure in the user's words, e.g. {@code frame loss rate}. */
    public String name() {
        return name;
    }

    /** The unit, e.g. {@code %}. */
    public String unit() {
        return unit;
    }

    /** Which direction is better. */
    public Direction direction() {
        return direction;
    }

    /** The smallest difference that matters unless a comparison sets its own, in {@link #unit()}. */
    public double defaultMinimumChange() {
        return defaultMinimumChange;
    }

    /** The figure over the whole measurement window of {@code run}. */
    public double of(Run run) {
        return of(run, Scope.whole(run));
    }

    /** The figure over {@code scope} of {@code run}; {@code NaN} when the scope holds no data. */
    public double of(Run run, Scope scope) {
        return estimator(List.of(measure(run, scope))).value(new int[] {1});
    }

    /** Whether this is a ratio figure, whose blocks add up as numerators and denominators. */
    public boolean isRatio() {
        return ratio != null;
    }

    /**
     * The numerator and denominator of a ratio figure over {@code scope} of {@code run}, e.g. to
     * store a run's blocks.
     *
     * @throws IllegalStateException for a percentile figure, which has no numerator
     */
    public Ratio ratio(Run run, Scope scope) {
        if (ratio == null) {
            throw new IllegalStateException("Metric [" + key + "] is a percentile, not a ratio; check isRatio() first");
        }
        return (Ratio) measure(run, scope);
    }

    /** What one block contributes: a {@link Ratio} or the block's sorted values. */
    Object measure(Run run, Scope scope) {
        if (ratio != null) {
            return Objects.requireNonNull(ratio.measure(run, scope), "ratio of metric " + key);
        }
        double[] v = values.measure(run, scope).clone();
        Arrays.sort(v);
        return v;
    }

    /** The figure of a weighted multiset of blocks (weights = how often each block was drawn). */
    Estimator estimator(List<Object> measures) {
        if (ratio != null) {
            double[] num = new double[measures.size()];
            double[] den = new double[measures.size()];
            for (int b = 0; b < num.length; b++) {
                Ratio r = (Ratio) measures.get(b);
                num[b] = r.numerator();
                den[b] = r.denominator();
            }
            return weights -> {
                double n = 0;
                double d = 0;
                for (int b = 0; b < num.length; b++) {
                    if (weights[b] != 0) {
                        n += weights[b] * num[b];
                        d += weights[b] * den[b];
                    }
                }
                return d == 0 ? Double.NaN : n / d;
            };
        }
        List<double[]> blocks = new ArrayList<>();
        for (Object m : measures) {
            blocks.add((double[]) m);
        }
        return new PooledPercentile(blocks, fraction);
    }

    /** Whether this is a pooled percentile (its figure is one of the observed values). */
    boolean isPercentile() {
        return values != null;
    }

    /** A percentile's fraction (0.95 for p95); {@code NaN} for a ratio figure. */
    double fraction() {
        return fraction;
    }

    @Override
    public String toString() {
        return name + " (" + unit + ", " + direction + ")";
    }

    private static double minutes(Scope scope) {
        return scope.durationUs() / 60e6;
    }

    private static double seconds(Scope scope) {
        return scope.durationUs() / 1e6;
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Metric " + what + " must not be blank");
        }
        return text;
    }

    /** The figure of blocks drawn with multiplicities. */
    @FunctionalInterface
    interface Estimator {
        /** The figure when block {@code b} is taken {@code weights[b]} times; {@code NaN} without data. */
        double value(int[] weights);
    }
}
