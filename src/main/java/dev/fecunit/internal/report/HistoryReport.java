package dev.fecunit.internal.report;

import dev.fecunit.Diagnostic;
import dev.fecunit.history.ChangePoint;
import dev.fecunit.history.FigureHistory;
import dev.fecunit.history.HistoryRun;
import dev.fecunit.history.RunHistory;
import dev.fecunit.internal.format.JsonWriter;
import dev.fecunit.internal.format.NumberText;
import dev.fecunit.internal.history.HistoryText;
import dev.fecunit.internal.report.HtmlWriter;
import dev.fecunit.report.ReportFiles;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Metric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report of a {@link RunHistory} into a directory: {@code history.png} (one panel per
 * figure: each run's value with its interval, the segments' levels, the change points labelled with the
 * run), {@code history.csv} (one row per run, one column per figure), {@code history.json} (as the
 * CLI's {@code --json}) and {@code index.html} (the table of change points and the verdict on the latest
 * run per figure, with the chart).
 *
 * <pre>{@code
 * ReportFiles files = HistoryReport.write(RunHistory.matching(root, "nightly/*&#47;fec"), Metric.builtIn(), Path.of("out"));
 * }</pre>
 */
public final class HistoryReport {

    /** The chart's file name. */
    public static final String PNG = "history.png";
    /** The table's file name. */
    public static final String CSV = "history.csv";
    /** The JSON document's file name. */
    public static final String JSON = "history.json";
    /** The page's file name. */
    public static final String HTML = "index.html";

    private HistoryReport() {
    }

    /**
     * Writes the four files for {@code metrics} into {@code directory} (created if missing).
     *
     * @return the files, in a {@link ReportFiles} whose {@code summaryText} is {@code history.csv} and whose
     *         {@code summaryJson} is {@code history.json}; {@code png} is null (and {@code problems} says why)
     *         when the chart could not be drawn
     * @throws UncheckedIOException when a file cannot be written, naming it
     */
    public static ReportFiles write(RunHistory history, List<Metric> metrics, Path directory) {
        List<FigureHistory> figures = history.figures(metrics);
        List<String> problems = new ArrayList<>();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the report directory [" + directory.toAbsolutePath() + "]: " + e, e);
        }
        Path png = directory.resolve(PNG);
        if (history.size() == 0 || figures.isEmpty()) {
            png = null;
            problems.add(PNG + ": no run could be read, so there is no trend to draw");
        } else {
            try {
                PngFile.write(HistoryChart.render(title(history), figures), png);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write [" + png.toAbsolutePath() + "]: " + e, e);
            } catch (RuntimeException | LinkageError e) {
                png = null;
                problems.add(PNG + ": the chart could not be drawn: " + e);
            }
        }
        Path csv = writeText(directory.resolve(CSV), csv(history, figures));
        Path json = writeText(directory.resolve(JSON), json(history, figures));
        Path html = writeText(directory.resolve(HTML), html(history, figures, png != null, problems));
        return new ReportFiles(directory, png, csv, json, html, problems);
    }

    /** The chart's title: the history and its span. */
    static String title(RunHistory history) {
        List<HistoryRun> runs = history.runs();
        return "history of " + history.description() + ": " + runs.size() + (runs.size() == 1 ? " run" : " runs")
                + (runs.isEmpty() ? "" : ", " + runs.get(0).label() + " .. " + runs.get(runs.size() - 1).label());
    }

    /**
     * The JSON document: {@code {"runs":[{"name","path","t0_us"}], "skipped":[...], "figures":[{"key", "values",
     * "intervals", "segments", "change_points":[{"index","run","before","after","regression",...}],
     * "latest":{"verdict","difference","interval":[lo,hi],...}}]}}.
     */
    public static String json(RunHistory history, List<FigureHistory> figures) {
        JsonWriter json = new JsonWriter();
        json.beginObject().name("history").value(history.description());
        json.name("detector").value(history.detector().toString());
        json.name("runs").beginArray();
        for (HistoryRun run : history.runs()) {
            json.beginObject().name("name").value(run.label()).name("path").value(run.path().toString())
                    .name("t0_us").value(run.t0Us()).endObject();
        }
        json.endArray();
        json.name("skipped").beginArray();
        for (Diagnostic d : history.skipped()) {
            json.beginObject().name("path").value(d.file()).name("message").value(d.message()).endObject();
        }
        json.endArray();
        json.name("figures").beginArray();
        for (FigureHistory figure : figures) {
            Metric metric = figure.metric();
            json.beginObject().name("key").value(metric.key()).name("name").value(metric.name())
                    .name("unit").value(metric.unit()).name("direction").value(metric.direction().toString());
            json.name("values").beginArray();
            for (double v : figure.values()) {
                json.value(v);
            }
            json.endArray();
            json.name("intervals").beginArray();
            for (int i = 0; i < figure.size(); i++) {
                json.beginArray().value(figure.interval(i).lower()).value(figure.interval(i).upper()).endArray();
            }
            json.endArray();
            json.name("segments").beginArray();
            figure.segments().forEach(s -> json.beginObject().name("from").value(s.from()).name("to").value(s.to())
                    .name("level").value(s.level()).endObject());
            json.endArray();
            json.name("change_points").beginArray();
            for (ChangePoint c : figure.changePoints()) {
                json.beginObject().name("index").value(c.index()).name("run").value(c.run())
                        .name("before").value(c.before()).name("after").value(c.after())
                        .name("regression").value(c.regression()).name("difference").value(c.difference())
                        .name("relative").value(c.relative()).name("p_value").value(c.pValue()).endObject();
            }
            json.endArray();
            json.name("latest");
            if (figure.latest().isEmpty()) {
                json.value((String) null);
            } else {
                ComparisonResult r = figure.latest().get();
                json.beginObject().name("verdict").value(r.verdict().name()).name("difference").value(r.difference())
                        .name("interval").beginArray().value(r.differenceInterval().lower())
                        .value(r.differenceInterval().upper()).endArray()
                        .name("candidate").value(r.candidate().name()).name("baseline").value(r.baseline().name())
                        .name("candidate_figure").value(r.candidateFigure()).name("baseline_figure").value(r.baselineFigure())
                        .name("minimum_change").value(r.minimumChange())
                        .name("to_decide").value(r.moreDataAdvice().orElse(null))
                        .name("text").value(HistoryText.latest(figure)).endObject();
            }
            json.endObject();
        }
        json.endArray();
        return json.endObject().toString();
    }

    /** One row per run: label, path, T0_US, then each figure's value (empty without data). */
    static String csv(RunHistory history, List<FigureHistory> figures) {
        StringBuilder out = new StringBuilder("run,path,t0_us");
        figures.forEach(f -> out.append(',').append(f.metric().key()));
        out.append('\n');
        List<HistoryRun> runs = history.runs();
        for (int i = 0; i < runs.size(); i++) {
            out.append(csvCell(runs.get(i).label())).append(',').append(csvCell(runs.get(i).path().toString()))
                    .append(',').append(runs.get(i).t0Us());
            for (FigureHistory f : figures) {
                double v = f.value(i);
                out.append(',').append(Double.isFinite(v) ? NumberText.shortestPlain(v) : "");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String html(RunHistory history, List<FigureHistory> figures, boolean chart, List<String> problems) {
        HtmlWriter html = new HtmlWriter();
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
        html.text(title(history)).markup("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + ".regression{color:#d62728;font-weight:bold}.WORSE{color:#d62728;font-weight:bold}"
                + ".BETTER{color:#2ca02c}img{max-width:100%}</style></head><body>\n");
        html.element("h1", title(history)).newline();
        html.element("h2", "Change points").newline();
        html.open("table").open("tr");
        for (String head : List.of("figure", "first run after", "before", "after", "change", "relative", "kind", "p")) {
            html.element("th", head);
        }
        html.close("tr").newline();
        int changes = 0;
        for (FigureHistory f : figures) {
            for (ChangePoint c : f.changePoints()) {
                changes++;
                html.open("tr", "class", c.regression() ? "regression" : "change");
                html.element("td", f.metric().name()).element("td", c.run() + " (run " + (c.index() + 1) + ")")
                        .element("td", NumberText.figure(c.before())).element("td", NumberText.figure(c.after()))
                        .element("td", NumberText.signedFigure(c.difference()) + " " + f.metric().unit())
                        .element("td", NumberText.signedFigure(100 * c.relative()) + " %")
                        .element("td", c.regression() ? "regression" : "no regression")
                        .element("td", NumberText.figure(c.pValue()));
                html.close("tr").newline();
            }
        }
        html.close("table").newline();
        if (changes == 0) {
            html.element("p", "No figure changed level over these runs.").newline();
        }
        html.element("h2", "The latest run against the runs since the last change point").newline();
        html.open("ul");
        for (FigureHistory f : figures) {
            html.element("li", HistoryText.latest(f), "class", f.latest().map(r -> r.verdict().name()).orElse("none"));
        }
        html.close("ul").newline();
        if (chart) {
            html.empty("img", "src", PNG, "alt", "trend of each figure over the runs, with change points").newline();
        }
        if (!history.skipped().isEmpty() || !problems.isEmpty()) {
            html.element("h2", "Left out").newline().open("ul");
            history.skipped().forEach(d -> html.element("li", d.toString()));
            problems.forEach(p -> html.element("li", p));
            html.close("ul").newline();
        }
        html.markup("<p>Data: <a href=\"" + CSV + "\">" + CSV + "</a>, <a href=\"" + JSON + "\">" + JSON
                + "</a>. Change points: " + HtmlWriter.escape(history.detector().toString()) + ".</p>\n");
        html.markup("</body></html>\n");
        return html.toString();
    }


    private static Path writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write [" + file.toAbsolutePath() + "]: " + e, e);
        }
    }
}
