package dev.fecunit.verdict;

/**
 * A confidence interval {@code [lower, upper]}; bounds are {@code NaN} when there was no data.
 *
 * @param lower lower bound
 * @param upper upper bound
 */
public record Interval(double lower, double upper) {

    /** Whether {@code value} lies in the interval (bounds included). */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }
}
