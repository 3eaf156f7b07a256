package dev.fecunit.internal.report;

import dev.fecunit.internal.format.PythonFormat;

import dev.fecunit.Diagnostic;
import dev.fecunit.analysis.Figure;
import dev.fecunit.analysis.Figures;
import dev.fecunit.internal.report.BurstSections;
import dev.fecunit.internal.report.FecChart;
import dev.fecunit.internal.report.HtmlSection;
import dev.fecunit.internal.report.ReportedRun;
import dev.fecunit.internal.report.SummaryTable;

import dev.fecunit.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standard sections of {@code index.html}: the chart, the summary table, the per-burst table and
 * freezes ({@link BurstSections}), each run's metadata, the diagnostics and what could not be drawn.
 */
public final class HtmlSections {

    private HtmlSections() {
    }

    /** The standard sections, in page order. */
    public static List<HtmlSection> standard() {
        return List.of(chart(), summary(), BurstSections.burstTable(), BurstSections.freezeTable(), runs(), diagnostics(),
                problems());
    }

    /**
     * The chart: the four panels as linked, zoomable charts drawn in the page (uPlot, inlined, from the
     * data in the page), then the PNG, linked relatively so the report directory can be moved.
     */
    public static HtmlSection chart() {
        return HtmlSection.of("chart", "Chart", (contents, html) -> {
            if (contents.chartData() != null) {
                html.open("div", "id", "fecunit-charts").close("div").newline();
                html.open("script", "type", "application/json", "id", "fecunit-chart-data")
                        .markup(contents.chartData()).close("script").newline();
            }
            if (contents.chart().isPresent()) {
                String file = contents.chart().get();
                boolean interactive = contents.chartData() != null;
                if (interactive) {
                    html.open("details", "class", "static-chart")
                            .element("summary", "The same chart as a picture: " + file + " (for IDEs and attachments)");
                }
                html.open("a", "href", file)
                        .empty("img", "src", file, "alt", "fec_report.png: latency, FlexFEC, NACK and frame rate over time",
                                "width", Integer.toString(FecChart.WIDTH_PX), "height", Integer.toString(FecChart.HEIGHT_PX))
                        .close("a");
                if (interactive) {
                    html.close("details");
                }
            } else {
                html.element("p", "The chart could not be drawn; see the problems below.", "class", "note");
            }
        });
    }

    /**
     * The summary table (the figure catalogue's summary figures, {@link Figures#summary()}: the CLI's table,
     * the loss and recovery rates, the FEC recovery figures and the network loss) and the A/B lines.
     */
    public static HtmlSection summary() {
        return HtmlSection.of("summary", "Summary", (contents, html) -> {
            List<ReportedRun> runs = contents.runs();
            html.open("table", "class", "figures").open("thead").open("tr").element("th", "metric");
            for (ReportedRun run : runs) {
                html.element("th", run.name(), "class", "num");
            }
            html.close("tr").close("thead").open("tbody").newline();
            for (Figure figure : Figures.summary()) {
                html.open("tr").element("td", figure.summaryKey());
                for (ReportedRun run : runs) {
                    double value = figure.inSummary() ? figure.of(run.summary()) : figure.of(run.run());
                    String text = figure.format(value);
                    html.element("td", text, "class", "num");
                }
                html.close("tr").newline();
            }
            html.close("tbody").close("table").newline();
            if (runs.size() == 2) {
                List<String> lines = new ArrayList<>();
                SummaryTable.comparison(runs.get(0).summary(), runs.get(1).summary()).lines()
                        .filter(line -> !line.isEmpty()).forEach(lines::add);
                if (!lines.isEmpty()) {
                    html.open("ul", "class", "comparison");
                    for (String line : lines) {
                        html.element("li", line);
                    }
                    html.close("ul").newline();
                }
            }
        });
    }

    /** Each run's directory and {@code meta.env} values. */
    public static HtmlSection runs() {
        return HtmlSection.of("runs", "Runs", (contents, html) -> {
            html.open("div", "class", "runs");
            for (ReportedRun run : contents.runs()) {
                html.open("div", "class", "run").element("h3", run.name())
                        .element("p", run.run().path().toAbsolutePath().normalize().toString(), "class", "path");
                Map<String, String> meta = run.run().meta().values();
                if (meta.isEmpty()) {
                    html.element("p", "meta.env has no values.", "class", "note");
                } else {
                    html.open("table", "class", "meta").open("tbody");
                    for (Map.Entry<String, String> e : meta.entrySet()) {
                        html.open("tr").element("th", e.getKey()).element("td", e.getValue()).close("tr");
                    }
                    html.close("tbody").close("table");
                }
                html.close("div").newline();
            }
            html.close("div");
        });
    }

    /** Every line of every run that was skipped or corrected while reading. */
    public static HtmlSection diagnostics() {
        return HtmlSection.of("diagnostics", "Diagnostics", (contents, html) -> {
            for (ReportedRun run : contents.runs()) {
                List<Diagnostic> diagnostics = run.run().diagnostics();
                html.element("h3", run.name() + " (" + diagnostics.size() + ")");
                if (diagnostics.isEmpty()) {
                    html.element("p", "Every line was read as written.", "class", "note");
                    continue;
                }
                html.open("table", "class", "diagnostics").open("thead").open("tr")
                        .element("th", "file").element("th", "line", "class", "num").element("th", "message")
                        .close("tr").close("thead").open("tbody").newline();
                for (Diagnostic d : diagnostics) {
                    html.open("tr").element("td", d.file())
                            .element("td", d.line() > 0 ? Long.toString(d.line()) : "", "class", "num")
                            .element("td", d.message()).close("tr").newline();
                }
                html.close("tbody").close("table").newline();
            }
        });
    }

    /** What the report could not draw. */
    public static HtmlSection problems() {
        return HtmlSection.of("problems", "Report problems", (contents, html) -> {
            if (contents.problems().isEmpty()) {
                html.element("p", "None: everything was drawn.", "class", "note");
                return;
            }
            html.open("ul", "class", "problems");
            for (String problem : contents.problems()) {
                html.element("li", problem);
            }
            html.close("ul");
        });
    }
}
