package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run in a report. Its figures are the run's own, held with it ({@link RunSummary#of(Run)}): computed once, whichever part
 * of the report (table, JSON, HTML, chart), the CLI or an assertion asks first, and shared by all of them.
 *
 * <pre>{@code
 * List<ReportedRun> runs = ReportedRun.of(List.of(baseline, fec));
 * runs.get(1).summary().framesLost();
 * }</pre>
 *
 * @param run the run; never null
 */
public record ReportedRun(Run run) {

    /** Creates the record; the run may not be null. */
    public ReportedRun {
        Objects.requireNonNull(run, "run");
    }

    /** {@code run} in a report. */
    public static ReportedRun of(Run run) {
        return new ReportedRun(run);
    }

    /** The figures of the run's whole measurement window ({@link RunSummary#of(Run)}, held with the run). */
    public RunSummary summary() {
        return RunSummary.of(run);
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
