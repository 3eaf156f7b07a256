package dev.fecunit.report;

import java.util.List;
import java.util.Optional;

/**
 * What one report shows, handed to every {@link HtmlSection}: the runs with their figures, the
 * chart file (when it could be drawn) and what could not be drawn.
 *
 * @param runs      the runs in order (with two, the first is the baseline); never null
 * @param chartFile the chart's file name relative to the report directory, or null when the chart
 *                  could not be drawn
 * @param problems  what could not be drawn, one sentence each; never null
 */
public record ReportContents(List<ReportedRun> runs, String chartFile, List<String> problems) {

    /** Creates the record; the lists are copied. */
    public ReportContents {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }

    /** The chart's file name relative to the report directory, when it was drawn. */
    public Optional<String> chart() {
        return Optional.ofNullable(chartFile);
    }
}
