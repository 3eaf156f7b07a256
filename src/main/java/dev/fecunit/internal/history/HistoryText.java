package dev.fecunit.internal.history;

import dev.fecunit.analysis.Direction;
import dev.fecunit.history.ChangePoint;
import dev.fecunit.history.FigureHistory;
import dev.fecunit.internal.format.NumberText;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Metric;


/**
 * A history's findings in words, one line each, as the CLI prints them and the report and failure
 * messages show them:
 *
 * <pre>
 * NACK rate: change at 2026-11-17 (run 17 of 24): 11.61 /s -&gt; 15.44 /s (+3.833 /s, +33.02 %), regression, p = 0.005
 * NACK rate: latest 2026-11-24 vs runs 2026-11-17 .. 2026-11-23: SAME, difference -0.416 /s [95 % interval -7.325, +8.262]
 * </pre>
 */
public final class HistoryText {

    private HistoryText() {
    }

    /** One change point: where, the levels before and after, the size, whether it is a regression. */
    public static String changePoint(ChangePoint change, int runCount) {
        Metric metric = change.metric();
        String unit = unit(metric);
        String kind = change.regression() ? "regression"
                : metric.direction() == Direction.NOT_JUDGED ? "a change (the figure is reported, not judged)"
                : isWorse(metric, change.difference()) ? "worse, below the minimum relevant change" : "improvement";
        return metric.name() + ": change at " + change.run() + " (run " + (change.index() + 1) + " of " + runCount + "): "
                + NumberText.figure(change.before()) + unit + " -> " + NumberText.figure(change.after()) + unit + " ("
                + NumberText.signedFigure(change.difference()) + unit + ", " + NumberText.signedFigure(100 * change.relative()) + " %), " + kind
                + ", p = " + NumberText.figure(change.pValue());
    }

    /** The verdict on the latest run(s), with the interval and, when inconclusive, what more data would decide. */
    public static String latest(FigureHistory figure) {
        Metric metric = figure.metric();
        if (figure.latest().isEmpty()) {
            return metric.name() + ": latest " + figure.runs().get(figure.size() - 1).label()
                    + ": no earlier run to compare with";
        }
        ComparisonResult r = figure.latest().get();
        String unit = unit(metric);
        int percent = (int) Math.round(r.confidence() * 100);
        String text = metric.name() + ": latest " + r.candidate().name() + " vs " + r.baseline().name() + ": "
                + r.verdict() + ", difference " + NumberText.signedFigure(r.difference()) + unit + " [" + percent + " % interval "
                + NumberText.signedFigure(r.differenceInterval().lower()) + ", " + NumberText.signedFigure(r.differenceInterval().upper()) + "]";
        return r.moreDataAdvice().map(advice -> text + "; to decide: " + advice).orElse(text);
    }

    /** Whether moving by {@code difference} is worse for {@code metric}; never for a figure that is not judged. */
    public static boolean isWorse(Metric metric, double difference) {
        return switch (metric.direction()) {
            case LOWER_IS_BETTER -> difference > 0;
            case HIGHER_IS_BETTER -> difference < 0;
            case NOT_JUDGED -> false;
        };
    }

    private static String unit(Metric metric) {
        return metric.unit().isEmpty() ? "" : " " + metric.unit();
    }
}
