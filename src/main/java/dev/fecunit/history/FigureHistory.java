package dev.fecunit.history;

import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Interval;
import dev.fecunit.verdict.Metric;

import java.util.List;
import java.util.Optional;

/**
 * One figure across a {@link RunHistory}: its value and block interval per run, the segments between
 * its change points with their levels, the change points, and the verdict on the latest run(s) against
 * the runs since the last change point before them.
 *
 * <pre>{@code
 * FigureHistory loss = history.figure(Metric.FRAME_LOSS_RATE);
 * for (ChangePoint change : loss.changePoints()) {
 *     System.out.println(change.run() + ": " + change.before() + " -> " + change.after());
 * }
 * loss.latest().ifPresent(verdict -> System.out.println(verdict.describe()));
 * }</pre>
 */
public final class FigureHistory {

    private final Metric metric;
    private final List<HistoryRun> runs;
    private final double[] values;
    private final Interval[] intervals;
    private final List<Segment> segments;
    private final List<ChangePoint> changePoints;
    private final ComparisonResult latest;

    FigureHistory(Metric metric, List<HistoryRun> runs, double[] values, Interval[] intervals, List<Segment> segments,
                  List<ChangePoint> changePoints, ComparisonResult latest) {
        this.metric = metric;
        this.runs = runs;
        this.values = values;
        this.intervals = intervals;
        this.segments = List.copyOf(segments);
        this.changePoints = List.copyOf(changePoints);
        this.latest = latest;
    }

    /** The figure. */
    public Metric metric() {
        return metric;
    }

    /** The runs, in time order (the same list as {@link RunHistory#runs()}). */
    public List<HistoryRun> runs() {
        return runs;
    }

    /** Number of runs. */
    public int size() {
        return values.length;
    }

    /** The figure of run {@code index} over its whole window; {@code NaN} when the run has no data for it. */
    public double value(int index) {
        return values[index];
    }

    /** The figure of every run, in time order (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The 95 % block interval of run {@code index}'s figure ({@link dev.fecunit.verdict.Estimate}). */
    public Interval interval(int index) {
        return intervals[index];
    }

    /** The runs between change points, oldest first; one segment when the figure never changed. */
    public List<Segment> segments() {
        return segments;
    }

    /** The change points, oldest first. */
    public List<ChangePoint> changePoints() {
        return changePoints;
    }

    /** The last change point, if any. */
    public Optional<ChangePoint> lastChangePoint() {
        return changePoints.isEmpty() ? Optional.empty() : Optional.of(changePoints.get(changePoints.size() - 1));
    }

    /**
     * The verdict on the latest run(s) against the runs since the last change point before them
     * ({@link ComparisonResult#describe()} says it in words); empty when the history has no run before them.
     */
    public Optional<ComparisonResult> latest() {
        return Optional.ofNullable(latest);
    }
}
