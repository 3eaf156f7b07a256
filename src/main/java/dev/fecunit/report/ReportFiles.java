package dev.fecunit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Report} wrote into a report directory: the report of runs ({@link Report#write}), of a sweep
 * ({@link Report#writeSweep}) or of a history ({@link Report#writeHistory}).
 *
 * @param directory   the report directory
 * @param png         the chart ({@code fec_report.png}, {@code sweep_report.png}, {@code history.png}), or
 *                    null when JFreeChart could not draw it (then {@code problems} says why)
 * @param summaryText the table as text: {@code summary.txt} (as the CLI prints it), {@code sweep_summary.csv}
 *                    or {@code history.csv}; never null
 * @param summaryJson the JSON document ({@code summary.json}, {@code history.json}); null for a sweep
 * @param html        the page, {@code index.html}; null for a sweep
 * @param problems    what could not be drawn, one sentence each; empty when all went well
 */
public record ReportFiles(Path directory, Path png, Path summaryText, Path summaryJson, Path html,
                          List<String> problems) {

    /** Creates the record; {@code problems} is copied. */
    public ReportFiles {
        problems = List.copyOf(problems);
    }

    /** Every file written, PNG first, then the page, the table and the JSON. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path p : new Path[] {png, html, summaryText, summaryJson}) {
            if (p != null) {
                files.add(p);
            }
        }
        return files;
    }
}
