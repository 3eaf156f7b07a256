package dev.fecunit.verdict;

import dev.fecunit.Run;

import java.util.Objects;

/**
 * One run's figure with the interval its blocks give: the same blocks a {@link Comparison} reads
 * (burst and steady windows, or fixed blocks), each compared with the other blocks of its kind, and a
 * 95 % t interval with the degrees of freedom they carry. It shows how precisely one run measured the
 * figure, e.g. beside each night of a history; blocks at different places of the loss schedule differ
 * by more than chance, so it errs wide.
 *
 * <pre>{@code
 * Estimate loss = Estimate.of(Metric.FRAME_LOSS_RATE, run);
 * System.out.println(loss.value() + " % [" + loss.interval().lower() + ", " + loss.interval().upper() + "]");
 * }</pre>
 *
 * @param value    the figure over the run's whole window ({@link Metric#of(Run)}); {@code NaN} without data
 * @param interval the 95 % interval of the figure; bounds {@code NaN} without data or with a single block
 */
public record Estimate(double value, Interval interval) {

    /** The figure of {@code run} and its 95 % block interval. */
    public static Estimate of(Metric metric, Run run) {
        Objects.requireNonNull(metric, "metric");
        Side side = new Side(RunSet.of(run), metric, Blocking.WINDOWS, Comparison.DEFAULT_BLOCK_LENGTH.toNanos() / 1000);
        Spread spread = side.spread(metric, 0.95, "run");
        double value = metric.of(run);
        Spread.Component noise = spread.problem == null ? spread.withinRunsByKind() : Spread.Component.NONE;
        if (!noise.known()) {
            return new Estimate(value, new Interval(Double.NaN, Double.NaN));
        }
        double half = noise.variance() > 0
                ? StudentT.quantile(0.975, noise.degreesOfFreedom()) * Math.sqrt(noise.variance()) : 0;
        return new Estimate(value, new Interval(spread.figure - half, spread.figure + half));
    }
}
