package dev.fecunit.internal.report;

import dev.fecunit.report.Report;
import dev.fecunit.report.ReportFiles;
import dev.fecunit.sweep.SweepFigures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the sweep report into a directory: {@code sweep_report.png} ({@link SweepChart}) and
 * {@code sweep_summary.csv} ({@link SweepSummaryCsv}), as the sweep script does.
 *
 * <p>Users call {@link Report#writeSweep}.
 */
public final class SweepReport {

    /** Name of the chart file. */
    public static final String PNG = "sweep_report.png";
    /** Name of the CSV file. */
    public static final String CSV = SweepSummaryCsv.FILE;

    private SweepReport() {
    }


    /**
     * Writes the PNG and CSV of {@code figures} into {@code directory} (created if missing).
     *
     * @throws IllegalArgumentException when no cell is usable or {@code directory} is a file
     * @throws UncheckedIOException     when the files cannot be written
     */
    public static ReportFiles write(SweepFigures figures, Path directory) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("no usable cells found in " + figures.sweep().path().toAbsolutePath()
                    + "; every cell's run directory is missing or has no frames in its window");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("Report directory " + directory.toAbsolutePath()
                    + " is a file; pass a directory (it is created if missing)");
        }
        Path png = directory.resolve(PNG);
        Path csv = directory.resolve(CSV);
        try {
            Files.createDirectories(directory);
            Files.writeString(csv, SweepSummaryCsv.render(figures), StandardCharsets.UTF_8);
            PngFile.write(SweepChart.render(figures), png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sweep report into " + directory.toAbsolutePath()
                    + ": " + e, e);
        }
        return new ReportFiles(directory, png, csv, null, null, List.of());
    }
}
