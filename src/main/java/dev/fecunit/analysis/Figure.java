package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.Percentiles;
import dev.fecunit.internal.format.NumberText;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * One figure of the catalogue ({@link Figures}): its key, its name in words, its unit, which direction
 * is better (or that it is reported, not judged), how tables print it, its default minimum relevant
 * change and baseline tolerance, and how it is computed over any {@link Scope} of a run.
 *
 * <p>A figure is computed in one of three ways, and the way says how scopes (blocks, runs) combine:
 * <ul>
 *   <li>a <b>count</b>: a run summary's count over the scope ({@code frames_lost}, {@code nack_total});</li>
 *   <li>a <b>ratio of sums</b>: each scope gives a numerator and a denominator ({@link Ratio}), and the
 *       figure of several scopes is {@code Σ numerators / Σ denominators};</li>
 *   <li>a <b>pooled percentile</b>: each scope gives values, and the figure is the nearest-rank percentile
 *       ({@link Percentiles#nearestRank}) of all values pooled.</li>
 * </ul>
 *
 * <pre>{@code
 * Figures.FRAME_LOSS_RATE.of(run, Scope.bursts(run));   // 4.1
 * Figures.FRAME_LOSS_RATE.key();                         // "frame_loss_rate_pct"
 * Figures.LATENCY_P95.format(61.25);                     // "61.2", as the seed's table prints it
 * }</pre>
 *
 * <p>Instances are immutable; the built-in ones are the constants of {@link Figures}.
 */
public final class Figure {

    /** How a figure is computed over a scope, and so how scopes combine. */
    enum Computation {
        /** A count of a run summary over the scope. */
        COUNT,
        /** {@code Σ numerators / Σ denominators} over scopes. */
        RATIO_OF_SUMS,
        /** The nearest-rank percentile of all scopes' values pooled. */
        POOLED_PERCENTILE
    }

    private final String key;
    private final String name;
    private final String unit;
    private final Direction direction;
    private final int decimals;
    private final double defaultMinimumChange;
    private final double defaultTolerance;
    private final String definition;
    private final Computation computation;
    private final ToDoubleFunction<RunSummary> count;
    private final BiFunction<Run, Scope, Ratio> sums;
    private final BiFunction<Run, Scope, double[]> values;
    private final double fraction;
    private final String summaryKey;
    private final ToDoubleFunction<RunSummary> summaryValue;

    private Figure(Builder b) {
        this.key = requireText(b.key, "key");
        this.name = requireText(b.name, "name");
        this.unit = Objects.requireNonNull(b.unit, "unit");
        this.direction = Objects.requireNonNull(b.direction, "direction");
        if (!(b.defaultMinimumChange >= 0)) {
            throw new IllegalArgumentException("Minimum change of figure [" + b.key + "] must be zero or positive but was ["
                    + b.defaultMinimumChange + "]");
        }
        this.decimals = b.decimals;
        this.defaultMinimumChange = b.defaultMinimumChange;
        this.defaultTolerance = b.defaultTolerance;
        this.definition = b.definition == null ? "" : b.definition;
        this.computation = b.computation;
        this.count = b.count;
        this.sums = b.sums;
        this.values = b.values;
        this.fraction = b.fraction;
        this.summaryKey = b.summaryKey == null ? b.key : b.summaryKey;
        this.summaryValue = b.summaryValue;
    }

    /**
     * A count of the run summary over a scope, e.g. frames lost.
     *
     * @param key   the {@code snake_case} key
     * @param name  the figure in words
     * @param unit  e.g. {@code frames}, {@code packets}
     * @param count the count in a run summary (of the whole run or of a scope)
     */
    static Builder count(String key, String name, String unit, ToDoubleFunction<RunSummary> count) {
        Builder b = new Builder(key, name, unit, Computation.COUNT);
        b.count = Objects.requireNonNull(count, "count");
        b.summaryValue = count;
        return b;
    }

    /**
     * A ratio of sums over scopes, e.g. frames lost per frame expected, in percent.
     *
     * @param key      a stable {@code snake_case} key (stored baselines use it)
     * @param name     the figure in the user's words, e.g. {@code frame loss rate}
     * @param unit     e.g. {@code %}, {@code ms}, {@code /min}
     * @param measure  the numerator and denominator of one scope
     * @return a builder; {@link Builder#build()} makes the figure
     */
    static Builder ratio(String key, String name, String unit, BiFunction<Run, Scope, Ratio> measure) {
        Builder b = new Builder(key, name, unit, Computation.RATIO_OF_SUMS);
        b.sums = Objects.requireNonNull(measure, "measure");
        return b;
    }

    /**
     * A pooled percentile: the nearest-rank percentile {@code p} of all scopes' values together.
     *
     * @param p       the fraction, 0..1 (0.95 for p95)
     * @param measure the values of one scope
     * @return a builder; {@link Builder#build()} makes the figure
     */
    static Builder percentile(String key, String name, String unit, double p, BiFunction<Run, Scope, double[]> measure) {
        Percentiles.checkFraction(p);
        Builder b = new Builder(key, name, unit, Computation.POOLED_PERCENTILE);
        b.values = Objects.requireNonNull(measure, "measure");
        b.fraction = p;
        return b;
    }

    /**
     * A figure of one's own that is a ratio of sums over scopes, e.g. pauses per minute.
     *
     * @param key           a stable {@code snake_case} key (stored baselines use it)
     * @param name          the figure in the user's words, e.g. {@code frame loss rate}
     * @param unit          e.g. {@code %}, {@code ms}, {@code /min}
     * @param direction     which way is better
     * @param minimumChange the smallest difference that matters, in the figure's unit
     * @param measure       the numerator and denominator of one scope of a run
     */
    public static Figure ratio(String key, String name, String unit, Direction direction, double minimumChange,
                               BiFunction<Run, Scope, Ratio> measure) {
        return ratio(key, name, unit, measure).direction(direction).minimumChange(minimumChange).build();
    }

    /**
     * A figure of one's own that is a pooled percentile: the nearest-rank percentile {@code p} of all scopes'
     * values together.
     *
     * @param p       the fraction, 0..1 (0.95 for p95)
     * @param measure the values (any order) of one scope of a run
     */
    public static Figure percentile(String key, String name, String unit, Direction direction, double minimumChange,
                                    double p, BiFunction<Run, Scope, double[]> measure) {
        return percentile(key, name, unit, p, measure).direction(direction).minimumChange(minimumChange).build();
    }

    /** The stable {@code snake_case} key, e.g. {@code frame_loss_rate_pct}: JSON and stored baselines use it. */
    public String key() {
        return key;
    }

    /**
     * The key of this figure in a run summary ({@code summary} of the JSON, the printed table): the
     * same as {@link #key()} except where the summary's older name is kept ({@code frame_loss_pct}).
     */
    public String summaryKey() {
        return summaryKey;
    }

    /** The figure in the user's words, e.g. {@code frame loss rate}. */
    public String name() {
        return name;
    }

    /** The unit, e.g. {@code %}, {@code ms}, {@code /s}, {@code frames}. */
    public String unit() {
        return unit;
    }

    /** Which direction is better, or {@link Direction#NOT_JUDGED}. */
    public Direction direction() {
        return direction;
    }

    /** Digits after the point when a table prints this figure (the seed's table: 0 for counts, 1 for latencies). */
    public int decimals() {
        return decimals;
    }

    /** {@code value} as tables print this figure ({@code 40.2}, {@code 1670}, {@code nan}). */
    public String format(double value) {
        return NumberText.fixed(value, decimals);
    }

    /** The smallest difference that matters in a comparison unless it sets its own, in {@link #unit()}. */
    public double defaultMinimumChange() {
        return defaultMinimumChange;
    }

    /**
     * The tolerance a new stored baseline gets for this figure, in {@link #unit()}; {@code NaN} when
     * stored baselines do not hold it.
     */
    public double defaultTolerance() {
        return defaultTolerance;
    }

    /** How it is defined, in a sentence naming the counters or columns it reads (for documentation). */
    public String definition() {
        return definition;
    }

    /** How it is computed over a scope, and so how scopes combine. */
    Computation computation() {
        return computation;
    }

    /** Whether it is a ratio of sums over scopes ({@link #sums(Run, Scope)}). */
    public boolean isRatioOfSums() {
        return computation == Computation.RATIO_OF_SUMS;
    }

    /** Whether it is a pooled percentile of values over scopes ({@link #sortedValues(Run, Scope)}). */
    public boolean isPooledPercentile() {
        return computation == Computation.POOLED_PERCENTILE;
    }

    /**
     * Whether the figure is a count of frames or gaps, always a whole number (JSON writes it without a
     * point); counter figures are doubles, as Prometheus counters are.
     */
    public boolean isFrameCount() {
        return computation == Computation.COUNT && (unit.equals("frames") || unit.equals("gaps"));
    }

    /** For a pooled percentile, the fraction (0.95 for p95); {@code NaN} otherwise. */
    public double fraction() {
        return fraction;
    }

    /** The figure over the whole measurement window of {@code run}. */
    public double of(Run run) {
        return of(run, Scope.whole(run));
    }

    /** The figure over {@code scope} of {@code run}; {@code NaN} when a ratio or percentile has no data. */
    public double of(Run run, Scope scope) {
        return switch (computation) {
            case COUNT -> count.applyAsDouble(RunSummary.of(run, scope));
            case RATIO_OF_SUMS -> sums(run, scope).value();
            case POOLED_PERCENTILE -> Percentiles.nearestRank(sortedValues(run, scope), fraction);
        };
    }

    /** Whether a run summary holds this figure ({@link #of(RunSummary)}). */
    public boolean inSummary() {
        return summaryValue != null;
    }

    /**
     * This figure as a run summary holds it.
     *
     * @throws IllegalStateException when the summary does not hold it ({@link #inSummary()})
     */
    public double of(RunSummary summary) {
        if (summaryValue == null) {
            throw new IllegalStateException("A run summary does not hold figure [" + key + "]; use of(run, scope)");
        }
        return summaryValue.applyAsDouble(summary);
    }

    /**
     * The numerator and denominator of a ratio figure over {@code scope} of {@code run}.
     *
     * @throws IllegalStateException for a figure that is not a ratio of sums
     */
    public Ratio sums(Run run, Scope scope) {
        if (sums == null) {
            throw new IllegalStateException("Figure [" + key + "] is a " + computation.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ", not a ratio of sums");
        }
        return Objects.requireNonNull(sums.apply(run, scope), "sums of figure " + key);
    }

    /**
     * The values of a pooled percentile figure over {@code scope} of {@code run}, ascending (a copy).
     *
     * @throws IllegalStateException for a figure that is not a pooled percentile
     */
    public double[] sortedValues(Run run, Scope scope) {
        if (values == null) {
            throw new IllegalStateException("Figure [" + key + "] is not a pooled percentile");
        }
        double[] v = values.apply(run, scope).clone();
        Arrays.sort(v);
        return v;
    }

    /** This figure, judged in {@code direction} instead (e.g. a not-judged figure a team wants judged). */
    public Figure judged(Direction direction) {
        Builder b = toBuilder();
        b.direction = Objects.requireNonNull(direction, "direction");
        return b.build();
    }

    /** This figure with another default minimum relevant change. */
    public Figure withDefaultMinimumChange(double change) {
        Builder b = toBuilder();
        b.defaultMinimumChange = change;
        return b.build();
    }

    @Override
    public String toString() {
        return name + " (" + unit + ", " + direction + ")";
    }

    private Builder toBuilder() {
        Builder b = new Builder(key, name, unit, computation);
        b.direction = direction;
        b.decimals = decimals;
        b.defaultMinimumChange = defaultMinimumChange;
        b.defaultTolerance = defaultTolerance;
        b.definition = definition;
        b.count = count;
        b.sums = sums;
        b.values = values;
        b.fraction = fraction;
        b.summaryKey = summaryKey;
        b.summaryValue = summaryValue;
        return b;
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Figure " + what + " must not be blank");
        }
        return text;
    }

    /** Describes a figure before it is made; {@link #build()} checks it. */
    static final class Builder {
        private final String key;
        private final String name;
        private final String unit;
        private final Computation computation;
        private Direction direction = Direction.NOT_JUDGED;
        private int decimals = 1;
        private double defaultMinimumChange;
        private double defaultTolerance = Double.NaN;
        private String definition;
        private ToDoubleFunction<RunSummary> count;
        private BiFunction<Run, Scope, Ratio> sums;
        private BiFunction<Run, Scope, double[]> values;
        private double fraction = Double.NaN;
        private String summaryKey;
        private ToDoubleFunction<RunSummary> summaryValue;

        private Builder(String key, String name, String unit, Computation computation) {
            this.key = key;
            this.name = name;
            this.unit = unit;
            this.computation = computation;
        }

        /** Which way is better (default: reported, not judged). */
        Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        /** Digits after the point in tables (default 1). */
        Builder decimals(int decimals) {
            this.decimals = decimals;
            return this;
        }

        /** The default minimum relevant change, in the figure's unit (default 0). */
        Builder minimumChange(double change) {
            this.defaultMinimumChange = change;
            return this;
        }

        /** The tolerance a new stored baseline gets (default: none, not stored). */
        Builder tolerance(double tolerance) {
            this.defaultTolerance = tolerance;
            return this;
        }

        /** The definition in a sentence, naming the counters or columns it reads. */
        Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        /** The figure as a run summary holds it, under the summary's own key. */
        Builder inSummary(String summaryKey, ToDoubleFunction<RunSummary> value) {
            this.summaryKey = summaryKey;
            this.summaryValue = value;
            return this;
        }

        /** The figure. */
        Figure build() {
            return new Figure(this);
        }
    }
}
