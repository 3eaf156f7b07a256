package dev.fecunit.report;

import dev.fecunit.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the report of one or more runs into a directory: {@code summary.txt} and
 * {@code summary.json} (and, with the chart renderer, {@code fec_report.png} and {@code index.html}).
 * With two runs the first is the baseline, as in the seed.
 *
 * <pre>{@code
 * ReportFiles files = Report.write(List.of(baseline, fec), Path.of("target/report"));
 * System.out.println(files.png());
 * }</pre>
 *
 * <p>Rendering never throws for odd data: what it cannot draw is listed in
 * {@link ReportFiles#problems()}. Only an unwritable directory is an error.
 */
public final class Report {

    /** Name of the chart file. */
    public static final String PNG = "fec_report.png";
    /** Name of the table file. */
    public static final String SUMMARY_TXT = "summary.txt";
    /** Name of the JSON file. */
    public static final String SUMMARY_JSON = "summary.json";
    /** Name of the HTML page. */
    public static final String INDEX_HTML = "index.html";

    private Report() {
    }

    /**
     * Writes the report of {@code runs} into {@code directory} (created if missing).
     *
     * @throws IllegalArgumentException when {@code runs} is empty or {@code directory} is a file
     * @throws UncheckedIOException     when the directory cannot be written
     */
    public static ReportFiles write(List<Run> runs, Path directory) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("A report needs at least one run");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("Report directory " + directory.toAbsolutePath()
                    + " is a file; pass a directory (it is created if missing)");
        }
        List<String> problems = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            Path txt = directory.resolve(SUMMARY_TXT);
            Files.writeString(txt, SummaryTable.render(runs), StandardCharsets.UTF_8);
            Path json = directory.resolve(SUMMARY_JSON);
            Files.writeString(json, SummaryJson.render(runs), StandardCharsets.UTF_8);
            return new ReportFiles(directory, null, txt, json, null, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report into " + directory.toAbsolutePath() + ": " + e, e);
        }
    }
}
