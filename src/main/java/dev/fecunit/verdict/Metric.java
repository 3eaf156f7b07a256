package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.analysis.Direction;
import dev.fecunit.analysis.Figure;
import dev.fecunit.analysis.Figures;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.analysis.Ratio;
import dev.fecunit.analysis.Scope;
import dev.fecunit.internal.analysis.Percentiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A figure that can be compared between runs: a view of an entry of the figure catalogue
 * ({@link Figures}), which says how to measure it on one block (a {@link Scope}) of a run, how blocks
 * combine into the figure, which direction is better, and the default minimum relevant change.
 *
 * <p>Two kinds exist, and every built-in figure is one of them:
 * <ul>
 *   <li>a <b>ratio</b> ({@link #ratio}): each block contributes a numerator and a denominator that
 *       add up, and the figure of several blocks (or runs) is {@code sum(numerators) / sum(denominators)};
 *       frame loss rate, gap events per minute, latency mean, NACK and packet-loss rates, the FEC recovery
 *       figures and the network loss;</li>
 *   <li>a <b>pooled percentile</b> ({@link #percentile}): each block contributes values, and the
 *       figure is the nearest-rank percentile ({@link Percentiles#nearestRank}) of all values pooled.</li>
 * </ul>
 * A figure whose direction is {@link Direction#NOT_JUDGED} (FEC overhead, network loss, packet loss rate)
 * is reported: a relevant move is {@link Verdict#CHANGED}, never better or worse, unless
 * {@link #judged(Direction)} gives it a direction.
 * Each block's numbers come from {@code dev.fecunit.analysis}, where every figure is defined once.
 * Every comparable figure of the catalogue is a built-in metric ({@link #builtIn()}); a figure of your own
 * plugs in the same way, e.g. NACKs per lost frame:
 *
 * <pre>{@code
 * Metric nacksPerLostFrame = Metric.ratio("nacks_per_lost_frame", "NACKs per lost frame", "NACKs",
 *         Direction.LOWER_IS_BETTER, 0.5,
 *         (run, scope) -> new Ratio(Figures.NACK_TOTAL.of(run, scope), Figures.FRAMES_LOST.of(run, scope)));
 * }</pre>
 */
public final class Metric {

    /**
     * Every comparable figure of the catalogue ({@link Figures#comparable()}), in its order: a figure added
     * there is a built-in metric, compared, stored in baselines and charted in histories without a line here.
     * Declared first, so that the constants below are these same objects.
     */
    private static final List<Metric> BUILT_IN = Figures.comparable().stream().map(Metric::new).toList();

    /** Frames lost in percent of frames expected, {@code 100 · Σlost / Σexpected}; lower is better ({@link Figures#FRAME_LOSS_RATE}). */
    public static final Metric FRAME_LOSS_RATE = forFigure(Figures.FRAME_LOSS_RATE);
    /** Frame-id gaps (a run of consecutive lost frames counts once) per minute; lower is better. */
    public static final Metric GAP_EVENTS_PER_MINUTE = forFigure(Figures.GAP_EVENTS_PER_MINUTE);
    /** Mean capture-to-receive latency in ms, {@code Σlatency / Σframes}; lower is better. */
    public static final Metric LATENCY_MEAN = forFigure(Figures.LATENCY_MEAN);
    /** Median latency in ms (nearest rank over all frames pooled); lower is better. */
    public static final Metric LATENCY_P50 = forFigure(Figures.LATENCY_P50);
    /** 95th-percentile latency in ms (nearest rank over all frames pooled); lower is better. */
    public static final Metric LATENCY_P95 = forFigure(Figures.LATENCY_P95);
    /** 99th-percentile latency in ms (nearest rank over all frames pooled); lower is better. */
    public static final Metric LATENCY_P99 = forFigure(Figures.LATENCY_P99);
    /** NACKs ({@code livekit_nack_total}, all series) per second; lower is better. */
    public static final Metric NACK_RATE = forFigure(Figures.NACK_RATE);
    /**
     * Packets reported lost ({@code livekit_packet_loss_total}, all series) per second. It depends on the
     * amount sent (a lower FEC rate sends, so loses, fewer FEC packets), so it is reported, not judged by
     * default; {@link #NETWORK_LOSS} says what the network did, {@link #RESIDUAL_LOSS_RATE} what FEC left.
     */
    public static final Metric PACKET_LOSS_RATE = forFigure(Figures.PACKET_LOSS_RATE);
    /** Freezes (webrtc-stats {@code freezeCount}, see {@link FreezeAnalysis}) per minute; lower is better. */
    public static final Metric FREEZES_PER_MINUTE = forFigure(Figures.FREEZES_PER_MINUTE);
    /**
     * Frozen time in percent of the time compared: {@code 100 · Σ totalFreezesDuration / Σ length}, each
     * freeze counted whole in the block of the frame that ends it (so blocks add up); lower is better.
     */
    public static final Metric FROZEN_TIME = forFigure(Figures.FROZEN_TIME);
    /**
     * FEC recovery attempts that succeeded, in percent ({@code fec_recovery_success_pct}): recovered /
     * recovery attempts of {@code livekit_flexfec_packet_total}; higher is better ({@link Figures#RECOVERY_SUCCESS}).
     */
    public static final Metric RECOVERY_SUCCESS = forFigure(Figures.RECOVERY_SUCCESS);
    /**
     * Packets FEC recovered per packet lost at the SFU, in percent ({@code loss_repaired_by_fec_pct}):
     * {@code livekit_flexfec_packet_total{state="recovered"}} / incoming {@code livekit_packet_loss_total};
     * higher is better ({@link Figures#LOSS_REPAIRED_BY_FEC}).
     */
    public static final Metric LOSS_REPAIRED_BY_FEC = forFigure(Figures.LOSS_REPAIRED_BY_FEC);
    /**
     * Media packets recovered per FEC packet received, in percent ({@code recovery_rate_pct}, the sweep's
     * definition); higher is better ({@link Figures#RECOVERY_RATE}).
     */
    public static final Metric RECOVERY_RATE = forFigure(Figures.RECOVERY_RATE);
    /**
     * Lost packets FEC did not repair, per second ({@code residual_loss_per_second}): incoming
     * {@code livekit_packet_loss_total} minus recovered; lower is better ({@link Figures#RESIDUAL_LOSS_RATE}).
     */
    public static final Metric RESIDUAL_LOSS_RATE = forFigure(Figures.RESIDUAL_LOSS_RATE);
    /**
     * FEC packets per media packet received, in percent ({@code fec_overhead_pct}): a cost, reported, not
     * judged by default ({@link Figures#FEC_OVERHEAD}).
     */
    public static final Metric FEC_OVERHEAD = forFigure(Figures.FEC_OVERHEAD);
    /**
     * What the network did: media packets lost in percent of those sent to the SFU ({@code network_loss_pct},
     * lost / (received + lost)); reported, not judged. Every comparison checks that both sides faced
     * comparable network loss ({@link Figures#NETWORK_LOSS}).
     */
    public static final Metric NETWORK_LOSS = forFigure(Figures.NETWORK_LOSS);

    private final Figure figure;
    private final Direction direction;

    private Metric(Figure figure) {
        this.figure = Objects.requireNonNull(figure, "figure");
        if (!figure.isRatioOfSums() && !figure.isPooledPercentile()) {
            throw new IllegalArgumentException("Figure [" + figure.key() + "] is a count; a comparison needs a ratio"
                    + " or a pooled percentile (runs of different lengths must compare)");
        }
        this.direction = figure.direction();
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
                               double defaultMinimumChange, BiFunction<Run, Scope, Ratio> measure) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(direction, "direction");
        return new Metric(Figure.ratio(key, name, unit, direction, defaultMinimumChange,
                (run, scope) -> Objects.requireNonNull(measure.apply(run, scope), "ratio of metric " + key)));
    }

    /**
     * A pooled percentile: the nearest-rank percentile {@code p} of all blocks' values together.
     *
     * @param p       the fraction, 0..1 (0.95 for p95)
     * @param measure the values of one block
     */
    public static Metric percentile(String key, String name, String unit, Direction direction,
                                    double defaultMinimumChange, double p, BiFunction<Run, Scope, double[]> measure) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(direction, "direction");
        return new Metric(Figure.percentile(key, name, unit, direction, defaultMinimumChange, p,
                measure));
    }

    /**
     * A latency percentile in ms (lower is better), e.g. {@code Metric.latencyPercentile(0.90, 10.0)}: named
     * {@code latency p90}, key {@code latency_p90_ms} ({@code latency p99.9}, {@code latency_p99_9_ms} for 0.999).
     *
     * @param p                    the fraction, 0..1
     * @param defaultMinimumChange the smallest difference that matters, ms
     */
    public static Metric latencyPercentile(double p, double defaultMinimumChange) {
        Figure catalogued = Figures.latencyPercentile(p, defaultMinimumChange);
        return forFigure(catalogued.defaultMinimumChange() == defaultMinimumChange ? catalogued
                : catalogued.withDefaultMinimumChange(defaultMinimumChange));
    }

    /** The comparison figure of a catalogue entry (a ratio of sums or a pooled percentile). */
    public static Metric forFigure(Figure figure) {
        for (Metric m : BUILT_IN) {
            if (m.figure == figure) {
                return m;
            }
        }
        return new Metric(figure);
    }

    /** Every built-in figure, in the order reports list them (the catalogue's {@link Figures#comparable()}). */
    public static List<Metric> builtIn() {
        return BUILT_IN;
    }

    /** This figure judged in {@code direction}, e.g. {@code Metric.FEC_OVERHEAD.judged(Direction.LOWER_IS_BETTER)}. */
    public Metric judged(Direction direction) {
        return new Metric(figure.judged(direction));
    }

    /** The catalogue's entry: key, words, unit, direction, precision, defaults, computation. */
    public Figure figure() {
        return figure;
    }

    /** The stable {@code snake_case} key, e.g. {@code frame_loss_rate_pct}. */
    public String key() {
        return figure.key();
    }

    /** The figure in the user's words, e.g. {@code frame loss rate}. */
    public String name() {
        return figure.name();
    }

    /** The unit, e.g. {@code %}. */
    public String unit() {
        return figure.unit();
    }

    /** Which direction is better, or {@link Direction#NOT_JUDGED}. */
    public Direction direction() {
        return direction;
    }

    /** The smallest difference that matters unless a comparison sets its own, in {@link #unit()}. */
    public double defaultMinimumChange() {
        return figure.defaultMinimumChange();
    }

    /** The figure over the whole measurement window of {@code run}. */
    public double of(Run run) {
        return of(run, Scope.whole(run));
    }

    /** The figure over {@code scope} of {@code run}; {@code NaN} when the scope holds no data. */
    public double of(Run run, Scope scope) {
        return figure.of(run, scope);
    }

    /** Whether this is a ratio figure, whose blocks add up as numerators and denominators. */
    public boolean isRatio() {
        return figure.isRatioOfSums();
    }

    /**
     * The numerator and denominator of a ratio figure over {@code scope} of {@code run}, e.g. to
     * store a run's blocks.
     *
     * @throws IllegalStateException for a percentile figure, which has no numerator
     */
    public Ratio ratio(Run run, Scope scope) {
        if (!isRatio()) {
            throw new IllegalStateException("Metric [" + key() + "] is a percentile, not a ratio; check isRatio() first");
        }
        return figure.sums(run, scope);
    }

    /** What one block contributes: a {@link Ratio} or the block's sorted values. */
    Object measure(Run run, Scope scope) {
        return isRatio() ? ratio(run, scope) : figure.sortedValues(run, scope);
    }

    /** The figure of a weighted multiset of blocks (weights = how often each block was drawn). */
    Estimator estimator(List<Object> measures) {
        if (isRatio()) {
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
        return new PooledPercentile(blocks, figure.fraction());
    }

    /** Whether this is a pooled percentile (its figure is one of the observed values). */
    boolean isPercentile() {
        return figure.isPooledPercentile();
    }

    /** A percentile's fraction (0.95 for p95); {@code NaN} for a ratio figure. */
    double fraction() {
        return isPercentile() ? figure.fraction() : Double.NaN;
    }

    @Override
    public String toString() {
        return name() + " (" + unit() + ", " + direction + ")";
    }

    /** The figure of blocks drawn with multiplicities. */
    @FunctionalInterface
    interface Estimator {
        /** The figure when block {@code b} is taken {@code weights[b]} times; {@code NaN} without data. */
        double value(int[] weights);
    }
}
