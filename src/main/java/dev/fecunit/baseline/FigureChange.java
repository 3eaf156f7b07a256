package dev.fecunit.baseline;

import dev.fecunit.verdict.Direction;
import dev.fecunit.verdict.Metric;

/**
 * A figure that moved beyond its tolerance between the stored baseline and the run.
 *
 * @param metric    the figure
 * @param stored    its value in the baseline ({@code NaN} when the baseline has none)
 * @param received  its value in the run ({@code NaN} when the run has no data)
 * @param tolerance the largest move that still matches
 */
public record FigureChange(Metric metric, double stored, double received, double tolerance) {

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
