package dev.fecunit.report;

import dev.fecunit.Run;
import dev.fecunit.history.RunHistory;
import dev.fecunit.internal.report.ChartData;
import dev.fecunit.internal.report.FecChart;
import dev.fecunit.internal.report.HistoryReport;
import dev.fecunit.internal.report.HtmlPage;
import dev.fecunit.internal.report.HtmlSection;
import dev.fecunit.internal.report.HtmlSections;
import dev.fecunit.internal.report.PngFile;
import dev.fecunit.internal.report.ReportContents;
import dev.fecunit.internal.report.ReportedRun;
import dev.fecunit.internal.report.RunDifferences;
import dev.fecunit.internal.report.RunJsonMember;
import dev.fecunit.internal.report.SummaryJson;
import dev.fecunit.internal.report.SummaryTable;
import dev.fecunit.internal.report.SweepReport;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.verdict.Metric;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Renders the report of one or more runs into a directory: {@code fec_report.png} (the seed's four
 * panels), {@code summary.txt} (the table as the CLI prints it), {@code summary.json} (the
 * {@code --json} document) and {@code index.html} (one page with all of it). With two runs the
 * first is the baseline, as in the seed.
 *
 * <pre>{@code
 * ReportFiles files = Report.write(List.of(baseline, fec), Path.of("target/report"));
 * System.out.println(files.html());
 * files.problems().forEach(System.err::println);
 * }</pre>
 *
 * <p>Rendering never throws for odd data (no frames, no counters, no runs at all): what it cannot
 * draw is listed in {@link ReportFiles#problems()}. Only a directory that cannot be written is an
 * error.
 *
 * <p>The same class writes the report of a sweep ({@link #writeSweep}) and of a nightly history
 * ({@link #writeHistory}).
 *
 * <p>A {@code Report} is immutable and safe to share between threads.
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

    private final List<HtmlSection> htmlSections;
    private final List<RunJsonMember> jsonMembers;

    private Report(List<HtmlSection> htmlSections, List<RunJsonMember> jsonMembers) {
        this.htmlSections = List.copyOf(htmlSections);
        this.jsonMembers = List.copyOf(jsonMembers);
    }

    /** The standard report: {@link HtmlSections#standard()} and {@link SummaryJson#standardMembers()}. */
    static Report standard() {
        return new Report(HtmlSections.standard(), SummaryJson.standardMembers());
    }

    /** This report with {@code section} added at the end of {@code index.html}. */
    Report withHtmlSection(HtmlSection section) {
        List<HtmlSection> sections = new ArrayList<>(htmlSections);
        sections.add(section);
        return new Report(sections, jsonMembers);
    }

    /** This report with {@code member} added to every run's object in {@code summary.json}. */
    Report withJsonMember(RunJsonMember member) {
        List<RunJsonMember> members = new ArrayList<>(jsonMembers);
        members.add(member);
        return new Report(htmlSections, members);
    }

    /** The sections of {@code index.html}, in order. */
    List<HtmlSection> htmlSections() {
        return htmlSections;
    }

    /** The members of each run's object in {@code summary.json}, in order. */
    List<RunJsonMember> jsonMembers() {
        return jsonMembers;
    }

    /**
     * Loads and initialises what drawing the chart needs (Java2D, fonts, JFreeChart) without
     * drawing anything that is kept. A command line that starts this on a background thread
     * while it reads the runs saves that time from its {@link #write}; calling it is never needed.
     *
     * <pre>{@code
     * Thread warmUp = new Thread(Report::warmUp);
     * warmUp.setDaemon(true);
     * warmUp.start();
     * List<Run> runs = loadRuns();
     * Report.write(runs, dir);
     * }</pre>
     */
    public static void warmUp() {
        try {
            FecChart.warmUp();
        } catch (RuntimeException e) {
            // Only a head start: a real failure shows (as a problem) when the chart is drawn.
        }
    }

    /**
     * Writes the standard report of {@code runs} into {@code directory} (created if missing).
     *
     * @throws IllegalArgumentException when {@code directory} is a file
     * @throws UncheckedIOException     when the directory cannot be created or written
     */
    public static ReportFiles write(List<Run> runs, Path directory) {
        return standard().writeTo(runs, directory);
    }

    /**
     * Writes the report of a parameter sweep into {@code directory} (created if missing):
     * {@code sweep_report.png} (frame loss against loss level, one line per config) and
     * {@code sweep_summary.csv}, as the sweep script does; the files the {@code sweep} command and a failing
     * {@code @SweepDir} test write.
     *
     * <pre>{@code
     * ReportFiles files = Report.writeSweep(Sweep.load(Path.of("runs/sweep-small")), Path.of("target/sweep"));
     * files.png();          // target/sweep/sweep_report.png
     * files.summaryText();  // target/sweep/sweep_summary.csv
     * }</pre>
     *
     * @throws IllegalArgumentException when no cell of the sweep is usable or {@code directory} is a file
     * @throws UncheckedIOException     when the files cannot be written
     */
    public static ReportFiles writeSweep(Sweep sweep, Path directory) {
        return SweepReport.write(sweep.figures(), directory);
    }

    /**
     * Writes the report of a nightly history into {@code directory} (created if missing): {@code history.png}
     * (one panel per figure, with its change points), {@code history.csv}, {@code history.json} and
     * {@code index.html}; the files the {@code history} command and a failing test on a {@code RunHistory}
     * write.
     *
     * <pre>{@code
     * RunHistory history = RunHistory.matching(Path.of("runs"), "nightly/*&#47;fec");
     * Report.writeHistory(history, Metric.builtIn(), Path.of("target/history"));
     * }</pre>
     *
     * @param figures the figures to chart and judge, e.g. {@code Metric.builtIn()}
     * @throws UncheckedIOException when a file cannot be written, naming it
     */
    public static ReportFiles writeHistory(RunHistory history, List<Metric> figures, Path directory) {
        return HistoryReport.write(history, figures, directory);
    }

    /**
     * Writes this report of {@code runs} into {@code directory} (created if missing): the four
     * files, whatever the runs hold.
     *
     * @throws IllegalArgumentException when {@code directory} is a file
     * @throws UncheckedIOException     when the directory cannot be created or written
     */
    ReportFiles writeTo(List<Run> runs, Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("Report directory [" + directory.toAbsolutePath()
                    + "] is a file; pass a directory (it is created if missing)");
        }
        List<String> problems = new ArrayList<>();
        if (runs.isEmpty()) {
            problems.add("The report has no runs; pass at least one run directory");
        }
        List<ReportedRun> reported = ReportedRun.of(runs);
        try {
            Files.createDirectories(directory);
            // The chart draws on its own thread while this one writes the table and the JSON (whose
            // per-burst and freeze figures the page then reuses): two cores, one report.
            List<String> chartProblems = new ArrayList<>();
            CompletableFuture<DrawnChart> chart = CompletableFuture.supplyAsync(() -> {
                try {
                    return writeChart(reported, directory.resolve(PNG), chartProblems);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, Report::startDaemon);
            Path txt = directory.resolve(SUMMARY_TXT);
            Files.writeString(txt, SummaryTable.renderColumns(columns(reported)), StandardCharsets.UTF_8);
            Path json = directory.resolve(SUMMARY_JSON);
            Files.writeString(json, SummaryJson.render(reported, jsonMembers), StandardCharsets.UTF_8);
            DrawnChart drawn = join(chart);
            Path png = drawn.png();
            problems.addAll(chartProblems);
            Path html = directory.resolve(INDEX_HTML);
            ReportContents contents = new ReportContents(reported, png == null ? null : PNG, problems, drawn.data());
            Files.writeString(html, HtmlPage.render(contents, FecChart.title(runs), htmlSections),
                    StandardCharsets.UTF_8);
            return new ReportFiles(directory, png, txt, json, html, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report into [" + directory.toAbsolutePath() + "]: "
                    + e.getClass().getSimpleName() + " " + e.getMessage()
                    + "; check that the directory can be created and written", e);
        }
    }

    private static List<SummaryTable.Column> columns(List<ReportedRun> runs) {
        List<SummaryTable.Column> columns = new ArrayList<>();
        for (ReportedRun run : runs) {
            columns.add(new SummaryTable.Column(run.name(), run.summary()));
        }
        return columns;
    }

    /** Runs {@code task} on a daemon thread of its own (the chart), so a report never keeps a JVM alive. */
    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "fecunit-chart");
        thread.setDaemon(true);
        thread.start();
    }

    private static DrawnChart join(CompletableFuture<DrawnChart> chart) throws IOException {
        try {
            return chart.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** The chart file (null when it could not be drawn) and the page's chart data (null when not computed). */
    private record DrawnChart(Path png, String data) {
    }

    /**
     * Computes the panels' series once, then draws and writes the PNG and builds the page's chart data from
     * them; a drawing failure becomes a problem, a write failure an error.
     */
    private static DrawnChart writeChart(List<ReportedRun> runs, Path png, List<String> problems) throws IOException {
        FecChart.Panels panels;
        BufferedImage image;
        try {
            panels = FecChart.Panels.of(runs, problems);
            image = FecChart.render(panels, null);
        } catch (RuntimeException e) {
            // JFreeChart is not ours: a failure inside it must not cost the user the table and the page.
            problems.add(PNG + " could not be drawn: " + e);
            Files.deleteIfExists(png);
            return new DrawnChart(null, null);
        }
        PngFile.write(image, png);
        List<Run> list = panels.runList();
        try {
            return new DrawnChart(png, ChartData.json(panels, FecChart.title(list), RunDifferences.describe(list).orElse(null)));
        } catch (RuntimeException e) {
            problems.add("The page's interactive charts could not be built (the PNG is shown instead): " + e);
            return new DrawnChart(png, null);
        }
    }
}
