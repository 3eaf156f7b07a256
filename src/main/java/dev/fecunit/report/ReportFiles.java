package dev.fecunit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Report#write} wrote into a report directory.
 *
 * @param directory   the report directory
 * @param png         {@code fec_report.png}, or null when JFreeChart could not draw it (then
 *                    {@code problems} says why)
 * @param summaryText {@code summary.txt}: the table as the CLI prints it; never null
 * @param summaryJson {@code summary.json}: the {@code --json} document; never null
 * @param html        {@code index.html}; never null
 * @param problems    what could not be drawn, one sentence each; empty when all went well
 */
public record ReportFiles(Path directory, Path png, Path summaryText, Path summaryJson, Path html,
                          List<String> problems) {

    /** Creates the record; {@code problems} is copied. */
    public ReportFiles {
        problems = List.copyOf(problems);
    }

    /** Every file written, PNG first. */
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
