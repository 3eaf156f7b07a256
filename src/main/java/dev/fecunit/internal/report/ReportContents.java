package dev.fecunit.internal.report;

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
 * @param chartData the chart's panels as the JSON document the page's interactive charts draw, or null
 *                  when the chart could not be drawn
 */
public record ReportContents(List<ReportedRun> runs, String chartFile, List<String> problems, String chartData) {

    /** Creates the record; the lists are copied. */
    public ReportContents {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }

    /** Contents without interactive chart data (the page then shows the PNG only). */
    public ReportContents(List<ReportedRun> runs, String chartFile, List<String> problems) {
        this(runs, chartFile, problems, null);
    }

    /** The chart's file name relative to the report directory, when it was drawn. */
    public Optional<String> chart() {
        return Optional.ofNullable(chartFile);
    }
}
