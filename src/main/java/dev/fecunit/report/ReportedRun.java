package dev.fecunit.report;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run in a report, with its figures computed once for every part of the report (table, JSON,
 * HTML, chart), so no part recomputes them.
 *
 * <pre>{@code
 * List<ReportedRun> runs = ReportedRun.of(List.of(baseline, fec));
 * runs.get(1).summary().framesLost();
 * }</pre>
 *
 * @param run     the run; never null
 * @param summary the figures of its whole measurement window; never null
 */
record ReportedRun(Run run, RunSummary summary) {

    /** Creates the record; neither part may be null. */
    public ReportedRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(summary, "summary");
    }

    /** {@code run} with the figures of its whole measurement window. */
    public static ReportedRun of(Run run) {
        return new ReportedRun(run, RunSummary.of(run));
    }

    /** Every run of {@code runs}, in order, with its figures. */
    public static List<ReportedRun> of(List<Run> runs) {
        List<ReportedRun> reported = new ArrayList<>(runs.size());
        for (Run run : runs) {
            reported.add(of(run));
        }
        return List.copyOf(reported);
    }

    /** The run's name (its directory's base name). */
    public String name() {
        return run.name();
    }
}
