package dev.fecunit.assertj;

import dev.fecunit.internal.format.NumberText;
import java.util.Objects;

/**
 * How much worse than the baseline a figure may be before a comparison fails, for figures whose
 * noise makes a strict comparison flaky: an absolute amount in the figure's unit (frames, ms,
 * percentage points, packets), or a fraction of the baseline's figure.
 *
 * <pre>{@code
 * assertThat(fec).losesNoMoreFramesThan(baseline, Tolerance.absolute(3));          // up to 3 frames more
 * assertThat(fec).hasNoMoreNacksThan(baseline, Tolerance.relative(0.10));          // up to 10 % more
 * assertThat(fec).hasLatencyPercentileNoHigherThan(0.95, baseline, absoluteTolerance(5)); // 5 ms
 * }</pre>
 *
 * <p>Instances are immutable values.
 */
public final class Tolerance {

    private static final Tolerance NONE = new Tolerance(0.0, false, true);

    private final double amount;
    private final boolean relative;
    private final boolean none;

    private Tolerance(double amount, boolean relative, boolean none) {
        this.amount = amount;
        this.relative = relative;
        this.none = none;
    }

    /**
     * A fixed allowance in the figure's unit, added to the baseline's figure.
     *
     * <pre>{@code
     * assertThat(fec).losesNoMoreFramesThan(baseline, Tolerance.absolute(3)); // fec lost <= baseline lost + 3
     * }</pre>
     *
     * @param amount frames, milliseconds, percentage points or packets; not negative
     * @return the tolerance
     * @throws IllegalArgumentException when {@code amount} is negative or not finite
     */
    public static Tolerance absolute(double amount) {
        check(amount, "Absolute tolerance", "e.g. Tolerance.absolute(3) for 3 frames");
        return new Tolerance(amount, false, false);
    }

    /**
     * An allowance proportional to the baseline's figure: {@code fraction * |baseline figure|}.
     *
     * <pre>{@code
     * assertThat(fec).hasNoMoreNacksThan(baseline, Tolerance.relative(0.10)); // at most 10 % more NACKs
     * }</pre>
     *
     * @param fraction 0.10 for 10 %; not negative
     * @return the tolerance
     * @throws IllegalArgumentException when {@code fraction} is negative or not finite
     */
    public static Tolerance relative(double fraction) {
        check(fraction, "Relative tolerance", "a fraction of the baseline, e.g. Tolerance.relative(0.10) for 10 %");
        return new Tolerance(fraction, true, false);
    }

    /** No allowance: the comparisons without a tolerance argument use it. */
    static Tolerance none() {
        return NONE;
    }

    private static void check(double value, String what, String hint) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number that is not negative ("
                    + hint + ") but was [" + value + "]");
        }
    }

    /**
     * The allowance over {@code baselineValue}: the amount itself, or the fraction of the baseline's value.
     *
     * <pre>{@code
     * Tolerance.relative(0.10).allowanceOver(30); // 3.0
     * Tolerance.absolute(2).allowanceOver(30);    // 2.0
     * }</pre>
     *
     * @param baselineValue the baseline's figure
     * @return how much the compared figure may exceed it
     */
    public double allowanceOver(double baselineValue) {
        return relative ? amount * Math.abs(baselineValue) : amount;
    }

    /**
     * Whether the amount is a fraction of the baseline.
     *
     * <pre>{@code
     * Tolerance.relative(0.10).isRelative(); // true
     * }</pre>
     *
     * @return true for {@link #relative(double)}, false for {@link #absolute(double)}
     */
    public boolean isRelative() {
        return relative;
    }

    /**
     * The amount: a figure's unit when absolute, a fraction when relative.
     *
     * <pre>{@code
     * Tolerance.relative(0.10).amount(); // 0.1
     * }</pre>
     *
     * @return the amount as given
     */
    public double amount() {
        return amount;
    }

    boolean isNone() {
        return none;
    }

    /** As failure messages word it: {@code 2} or {@code 10% of the baseline}. */
    String describe() {
        return relative ? NumberText.plain(amount * 100) + "% of the baseline" : NumberText.plain(amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tolerance t && t.amount == amount && t.relative == relative && t.none == none;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, relative, none);
    }

    @Override
    public String toString() {
        return none ? "Tolerance[none]" : "Tolerance[" + (relative ? "relative " : "absolute ") + amount + "]";
    }
}
