package dev.fecunit.history;

import dev.fecunit.verdict.Metric;

/**
 * A shift in the level of one figure across a history: plain values, as the report, the JSON, the CLI
 * and the assertions show them.
 *
 * @param metric     the figure
 * @param index      the index (into {@link RunHistory#runs()}) of the first run after the change
 * @param run        that run's label, e.g. {@code 2026-11-30}
 * @param before     the level before: the mean of the figure over the runs since the previous change point
 * @param after      the level after: the mean over the runs up to the next change point
 * @param difference {@code after - before}, in the figure's unit
 * @param relative   {@code difference / before} ({@code ±∞} or {@code NaN} when {@code before} is 0)
 * @param regression whether the figure moved in its worse direction by at least its minimum relevant
 *                   change ({@link Metric#defaultMinimumChange()}); never for a figure reported, not judged
 * @param pValue     the significance test's p-value when the change point was accepted
 */
public record ChangePoint(Metric metric, int index, String run, double before, double after, double difference,
                          double relative, boolean regression, double pValue) {
}
