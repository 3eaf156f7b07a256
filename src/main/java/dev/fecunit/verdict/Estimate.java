package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.analysis.Percentiles;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One run's figure with the interval its blocks give: the same blocks a {@link Comparison} resamples
 * (burst and steady windows, or fixed blocks), drawn with replacement within their kind, and the
 * central 95 % of the figures of the resamples. It shows how precisely one run measured the figure,
 * e.g. beside each night of a history.
 *
 * <pre>{@code
 * Estimate loss = Estimate.of(Metric.FRAME_LOSS_RATE, run);
 * System.out.println(loss.value() + " % [" + loss.interval().lower() + ", " + loss.interval().upper() + "]");
 * }</pre>
 *
 * @param value    the figure over the run's whole window ({@link Metric#of(Run)}); {@code NaN} without data
 * @param interval the 95 % block-bootstrap interval of the figure; bounds {@code NaN} without data
 */
public record Estimate(double value, Interval interval) {

    /** Resamples drawn for a single run's interval (it is shown, not decided on). */
    static final int RESAMPLES = 1000;

    /** The figure of {@code run} and its 95 % block interval, seeded as comparisons are. */
    public static Estimate of(Metric metric, Run run) {
        Objects.requireNonNull(metric, "metric");
        Side side = new Side(RunSet.of(run), metric, Blocking.WINDOWS,
                Comparison.DEFAULT_BLOCK_LENGTH.toNanos() / 1000);
        SplittableRandom random = new SplittableRandom(Comparison.DEFAULT_SEED);
        double[] figures = new double[RESAMPLES];
        int[] weights = new int[side.blockCount];
        int n = 0;
        for (int i = 0; i < RESAMPLES; i++) {
            double f = side.resample(Method.WINDOWS, random, weights);
            if (!Double.isNaN(f)) {
                figures[n++] = f;
            }
        }
        if (n == 0) {
            return new Estimate(metric.of(run), new Interval(Double.NaN, Double.NaN));
        }
        double[] sorted = Arrays.copyOf(figures, n);
        Arrays.sort(sorted);
        return new Estimate(metric.of(run),
                new Interval(Percentiles.nearestRank(sorted, 0.025), Percentiles.nearestRank(sorted, 0.975)));
    }
}
