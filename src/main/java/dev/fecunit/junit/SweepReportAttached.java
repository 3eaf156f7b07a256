package dev.fecunit.junit;

import dev.fecunit.report.ReportFiles;
import dev.fecunit.sweep.Sweep;

import java.nio.file.Path;

/**
 * Attached to a failing test's exception as a suppressed exception when the test used a sweep: where
 * the sweep report was written, e.g.
 * {@code fecunit sweep report of [runs/sweep-small]: /repo/target/fecunit-reports/…/sweep_report.png (also sweep_summary.csv)}.
 * It carries no stack trace: it points to files, not to code.
 */
final class SweepReportAttached extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReportFiles files;

    SweepReportAttached(Sweep sweep, ReportFiles files) {
        super("fecunit sweep report of [" + sweep.path() + "]: " + files.png().toAbsolutePath() + " (also "
                + files.summaryText().getFileName() + ")", null, false, false);
        this.files = files;
    }

    /** The files written; never null. */
    ReportFiles files() {
        return files;
    }

    /** The chart, the file a person opens first. */
    Path png() {
        return files.png().toAbsolutePath();
    }
}
