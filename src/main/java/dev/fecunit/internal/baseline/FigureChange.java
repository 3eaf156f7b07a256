package dev.fecunit.internal.baseline;

import dev.fecunit.analysis.Direction;
import dev.fecunit.verdict.Interval;
import dev.fecunit.verdict.Metric;

/**
 * A figure that moved between the stored baseline and the run: beyond the noise of the stored blocks
 * (a {@code WORSE} or {@code BETTER} verdict, with {@link #interval()}), or beyond its tolerance when
 * the baseline has no blocks for it.
 *
 * @param metric    the figure
 * @param stored    its value in the baseline ({@code NaN} when the baseline has none)
 * @param received  its value in the run ({@code NaN} when the run has no data)
 * @param tolerance the largest move that still matches ({@code NaN} when compared statistically)
 * @param interval  the 95 % interval of the move when compared statistically, bounds {@code NaN} otherwise
 */
public record FigureChange(Metric metric, double stored, double received, double tolerance, Interval interval) {

    /** A figure that moved beyond its tolerance. */
    public FigureChange(Metric metric, double stored, double received, double tolerance) {
        this(metric, stored, received, tolerance, new Interval(Double.NaN, Double.NaN));
    }

    /** Whether the move was judged against the stored blocks' noise rather than a tolerance. */
    public boolean statistical() {
        return !Double.isNaN(interval.lower());
    }

    /** {@code received - stored}. */
    public double difference() {
        return received - stored;
    }

    /** {@code worse}, {@code better}, or {@code changed} when one side has no value or the figure is not judged. */
    public String direction() {
        double d = difference();
        if (Double.isNaN(d) || metric.direction() == Direction.NOT_JUDGED) {
            return "changed";
        }
        boolean up = d > 0;
        return up == (metric.direction() == Direction.LOWER_IS_BETTER) ? "worse" : "better";
    }
}
