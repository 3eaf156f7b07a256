package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.internal.analysis.BurstFigures;
import dev.fecunit.internal.analysis.Freeze;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.internal.analysis.FreezeFigures;
import dev.fecunit.internal.analysis.RecoveryTime;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;
import dev.fecunit.internal.analysis.SteadyRange;
import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.internal.analysis.WindowFigures;
import dev.fecunit.internal.format.JsonWriter;
import dev.fecunit.internal.format.NumberText;

import dev.fecunit.report.Report;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The per-burst table and the freeze figures as parts of the report: two sections of
 * {@code index.html} and four members of each run's object in {@code summary.json}. All figures come
 * from {@link BurstBreakdown} and {@link FreezeAnalysis}; this class only lays them out.
 *
 * <pre>{@code
 * Report.standard();   // already holds them: HtmlSections.standard(), SummaryJson.standardMembers()
 * HtmlSection table = BurstSections.burstTable();
 * RunJsonMember bursts = BurstSections.burstsMember();
 * }</pre>
 */
public final class BurstSections {

    /** More bursts than this, and the table's rows are data the page's script pages through. */
    static final int HTML_ROWS = 200;
    /** Rows on one page of a paged table (the page's script shows as many). */
    static final int PAGE_ROWS = 50;

    private BurstSections() {
    }

    /** The {@code bursts} section: one table per run, a row per burst, then "all bursts" and "all steady". */
    public static HtmlSection burstTable() {
        return HtmlSection.of("bursts", "Per-burst figures", (contents, html) -> {
            html.element("p", "One row per loss burst, numbered from 1 (burst_on to burst_off, seconds since T0_US); frame and"
                    + " counter figures are attributed as in the README (Per-burst figures and freezes). Time to"
                    + " recover: whole seconds after burst_off until the first 1 s bucket with normal fps and p95"
                    + " latency.", "class", "note");
            for (ReportedRun run : contents.runs()) {
                BurstBreakdown breakdown = BurstBreakdown.of(run.run());
                html.element("h3", run.name() + " (" + breakdown.bursts().size() + " bursts)");
                html.element("p", normal(breakdown.steadyRange()), "class", "note");
                if (breakdown.bursts().isEmpty()) {
                    html.element("p", "No loss burst in the measurement window (no burst_on in events.csv).", "class", "note");
                }
                html.open("table", "class", "bursts").open("thead").open("tr");
                for (String column : List.of("burst", "start\u2013end s", "expected", "lost", "gap events",
                        "longest gap frames", "longest gap ms", "FEC received", "FEC recovered", "FEC failed",
                        "NACKs", "p95 latency ms", "freezes", "time to recover")) {
                    html.element("th", column, "class", column.equals("burst") ? "" : "num");
                }
                html.close("tr").close("thead").open("tbody").newline();
                List<BurstFigures> bursts = breakdown.bursts();
                // A long run's thousands of rows would take the browser seconds to lay out: the first page is
                // HTML, every row is data the page's script shows 50 at a time (and summary.json holds them all).
                boolean paged = bursts.size() > HTML_ROWS;
                for (BurstFigures burst : paged ? bursts.subList(0, PAGE_ROWS) : bursts) {
                    // The burst's window in seconds, for the page's script: a click on the row zooms the charts to it.
                    html.open("tr", "data-from", ChartData.number(burst.figures().startS()),
                            "data-to", ChartData.number(burst.figures().endS()));
                    cells(html, cellTexts(burst));
                }
                row(html, "all bursts", breakdown.allBursts(), breakdown.longestRecoveryS().isPresent()
                        ? "longest " + seconds(breakdown.longestRecoveryS().getAsDouble()) : "\u2013");
                row(html, "all steady", breakdown.steady(), "\u2013");
                html.close("tbody").close("table").newline();
                if (paged) {
                    StringBuilder rows = new StringBuilder(bursts.size() * 128).append('[');
                    for (BurstFigures burst : bursts) {
                        rows.append(rows.length() == 1 ? "" : ",\n").append('[')
                                .append(ChartData.number(burst.figures().startS())).append(',')
                                .append(ChartData.number(burst.figures().endS()));
                        for (String text : cellTexts(burst)) {
                            rows.append(',').append(ChartData.string(text));
                        }
                        rows.append(']');
                    }
                    html.open("script", "type", "application/json", "class", "burst-rows")
                            .markup(rows.append(']').toString()).close("script").newline();
                }
            }
        });
    }

    /** The {@code freezes} section: the freeze figures of each run, whole window, during and outside bursts. */
    public static HtmlSection freezeTable() {
        return HtmlSection.of("freezes", "Freezes", (contents, html) -> {
            html.element("p", "As W3C webrtc-stats and libwebrtc's VideoQualityObserver define them, on receive"
                    + " times: a freeze is an inter-frame delay of at least max(3 \u00d7 avg, avg + 150 ms) over the"
                    + " last 30 delays; a pause (over 5 s) is counted apart. Freezes are marked on the fps panel"
                    + " of the chart.", "class", "note");
            List<ReportedRun> runs = contents.runs();
            html.open("table", "class", "freezes").open("thead").open("tr").element("th", "figure");
            for (ReportedRun run : runs) {
                html.element("th", run.name(), "class", "num");
            }
            html.close("tr").close("thead").open("tbody").newline();
            // Each run's three freeze figures (whole window, during and outside bursts), computed once for all rows.
            List<FreezeFigures[]> figures = new java.util.ArrayList<>();
            for (ReportedRun run : runs) {
                Run r = run.run();
                figures.add(new FreezeFigures[] {FreezeAnalysis.of(r), FreezeAnalysis.of(r, Scope.bursts(r)),
                        FreezeAnalysis.of(r, Scope.outsideBursts(r))});
            }
            freezeRow(html, figures, "freezes", 0, f -> Long.toString(f.freezeCount()));
            freezeRow(html, figures, "total freeze time s", 0, f -> NumberText.fixed(f.totalFreezesDurationS(), 2));
            freezeRow(html, figures, "freeze ratio %", 0, f -> NumberText.fixed(100 * f.freezeRatio(), 2));
            freezeRow(html, figures, "mean freeze s", 0, f -> NumberText.fixed(f.meanFreezeDurationS(), 3));
            freezeRow(html, figures, "mean time between freezes s", 0, f -> NumberText.fixed(f.meanTimeBetweenFreezesS(), 2));
            freezeRow(html, figures, "harmonic framerate fps", 0, f -> NumberText.fixed(f.harmonicFramerateFps(), 2));
            freezeRow(html, figures, "pauses (over 5 s)", 0, f -> Long.toString(f.pauseCount()));
            freezeRow(html, figures, "total pause time s", 0, f -> NumberText.fixed(f.totalPausesDurationS(), 2));
            freezeRow(html, figures, "freezes ending during bursts", 1, f -> Long.toString(f.freezeCount()));
            freezeRow(html, figures, "freezes ending outside bursts", 2, f -> Long.toString(f.freezeCount()));
            html.close("tbody").close("table").newline();
        });
    }

    /**
     * {@code "bursts"}: one object per burst in time order: {@code burst} (its number, from 1), the window
     * figures ({@code start_s}, {@code end_s}, {@code duration_s}, the summary keys, {@code longest_gap_frames},
     * {@code longest_gap_ms}, {@code freeze_count}, {@code total_freezes_duration_s}), then {@code recovery}
     * ({@code recovered}, {@code not_before_next_burst}, {@code not_before_end}, {@code no_steady_state}),
     * {@code time_to_recover_s} ({@code null} unless recovered) and {@code recovery_limit_s}.
     */
    public static RunJsonMember burstsMember() {
        return RunJsonMember.of("bursts", (run, json) -> {
            json.beginArray();
            for (BurstFigures burst : BurstBreakdown.of(run.run()).bursts()) {
                json.beginObject().name("burst").value(burst.window().index() + 1);
                writeWindowMembers(json, burst.figures());
                RecoveryTime r = burst.recovery();
                json.name("recovery").value(r.outcome().name().toLowerCase(Locale.ROOT))
                        .name("time_to_recover_s").value(r.seconds())
                        .name("recovery_limit_s").value(r.limitS());
                json.endObject();
            }
            json.endArray();
        });
    }

    /** {@code "burst_totals"}: the figures over all bursts together. */
    public static RunJsonMember burstTotalsMember() {
        return RunJsonMember.of("burst_totals", (run, json) -> writeWindow(json, BurstBreakdown.of(run.run()).allBursts()));
    }

    /** {@code "steady_totals"}: the figures over all steady time together. */
    public static RunJsonMember steadyTotalsMember() {
        return RunJsonMember.of("steady_totals", (run, json) -> writeWindow(json, BurstBreakdown.of(run.run()).steady()));
    }

    /**
     * {@code "freezes"}: the whole window's freeze figures, the counts during and outside bursts, and
     * every freeze as {@code {"from_s", "to_s", "duration_s"}}.
     */
    public static RunJsonMember freezesMember() {
        return RunJsonMember.of("freezes", (run, json) -> {
            Run r = run.run();
            json.beginObject();
            writeFreezeMembers(json, FreezeAnalysis.of(r));
            json.name("during_bursts").beginObject();
            writeFreezeMembers(json, FreezeAnalysis.of(r, Scope.bursts(r)));
            json.endObject().name("outside_bursts").beginObject();
            writeFreezeMembers(json, FreezeAnalysis.of(r, Scope.outsideBursts(r)));
            json.endObject().name("list").beginArray();
            for (Freeze freeze : FreezeAnalysis.freezes(r)) {
                json.beginObject().name("from_s").value(r.secondsSinceStart(freeze.fromUs()))
                        .name("to_s").value(r.secondsSinceStart(freeze.toUs()))
                        .name("duration_s").value(freeze.durationS()).endObject();
            }
            json.endArray().endObject();
        });
    }

    /**
     * The lines the {@code summary} command prints after the seed's table (never inside it), e.g.
     * <pre>
     * freezes: baseline 7 (2.35 s), fec 3 (0.80 s)
     * frames lost in bursts: baseline 120 of 900, fec 4 of 900
     * bursts recovered: baseline 10 of 12 (longest 3 s), fec 12 of 12 (longest 1 s)
     * </pre>
     * Each line ends with a newline; empty when there is no run.
     */
    public static String summaryLines(List<Run> runs) {
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder freezes = new StringBuilder("freezes:");
        StringBuilder lost = new StringBuilder("frames lost in bursts:");
        StringBuilder recovered = new StringBuilder("bursts recovered:");
        String separator = " ";
        for (Run run : runs) {
            SummaryCells cells = summaryCells(run);
            freezes.append(separator).append(run.name()).append(' ').append(cells.freezes());
            lost.append(separator).append(run.name()).append(' ').append(cells.lost());
            recovered.append(separator).append(run.name()).append(' ').append(cells.recovered());
            separator = ", ";
        }
        return freezes + "\n" + lost + "\n" + recovered + "\n";
    }

    /** One run's part of the three summary lines. */
    private record SummaryCells(String freezes, String lost, String recovered) {
    }

    /** One run's cells, from the figures held with the run (the CLI computes them on the run's loading thread). */
    private static SummaryCells summaryCells(Run run) {
        // Only the figures the lines show (not the whole BurstBreakdown): summary must stay fast from cold.
        FreezeFigures f = FreezeAnalysis.of(run);
        List<RecoveryTime> recoveries = RecoveryTime.afterEachBurst(run);
        long ok = recoveries.stream().filter(RecoveryTime::recovered).count();
        RunSummary inBursts = RunSummary.of(run, Scope.bursts(run));
        String recovered = ok + " of " + recoveries.size();
        OptionalDouble longest = recoveries.stream().filter(RecoveryTime::recovered)
                .mapToDouble(RecoveryTime::seconds).max();
        if (longest.isPresent()) {
            recovered += " (longest " + seconds(longest.getAsDouble()) + ")";
        }
        return new SummaryCells(f.freezeCount() + " (" + NumberText.fixed(f.totalFreezesDurationS(), 2) + " s)",
                inBursts.framesLost() + " of " + inBursts.framesExpected(), recovered);
    }

    private static void writeWindow(JsonWriter json, WindowFigures figures) {
        json.beginObject();
        writeWindowMembers(json, figures);
        json.endObject();
    }

    private static void writeWindowMembers(JsonWriter json, WindowFigures figures) {
        json.name("start_s").value(figures.startS()).name("end_s").value(figures.endS())
                .name("duration_s").value(figures.durationS());
        for (SummaryFigure figure : SummaryFigure.values()) {
            json.name(figure.key());
            if (figure.isFrameCount()) {
                json.value((long) figure.of(figures.summary()));
            } else {
                json.value(figure.of(figures.summary()));
            }
        }
        json.name("longest_gap_frames").value(figures.longestGapFrames())
                .name("longest_gap_ms").value(figures.longestGapMs())
                .name("freeze_count").value(figures.freezes().freezeCount())
                .name("total_freezes_duration_s").value(figures.freezes().totalFreezesDurationS());
    }

    private static void writeFreezeMembers(JsonWriter json, FreezeFigures f) {
        json.name("freeze_count").value(f.freezeCount())
                .name("total_freezes_duration_s").value(f.totalFreezesDurationS())
                .name("freeze_ratio").value(f.freezeRatio())
                .name("mean_freeze_duration_s").value(f.meanFreezeDurationS())
                .name("mean_time_between_freezes_s").value(f.meanTimeBetweenFreezesS())
                .name("harmonic_framerate_fps").value(f.harmonicFramerateFps())
                .name("pause_count").value(f.pauseCount())
                .name("total_pauses_duration_s").value(f.totalPausesDurationS())
                .name("frames").value(f.frames())
                .name("inter_frame_delays").value(f.interFrameDelays());
    }

    private static void row(HtmlWriter html, String label, WindowFigures w, String recovery) {
        html.open("tr");
        cells(html, cellTexts(label, w, recovery));
    }

    /** The cells of a row already opened (the first a label, the others numbers), and its end. */
    private static void cells(HtmlWriter html, List<String> texts) {
        html.element("td", texts.get(0));
        for (String text : texts.subList(1, texts.size())) {
            html.element("td", text, "class", "num");
        }
        html.close("tr").newline();
    }

    private static List<String> cellTexts(BurstFigures burst) {
        return cellTexts(Integer.toString(burst.window().index() + 1), burst.figures(), recovery(burst.recovery()));
    }

    /** The texts of a row's cells, in the table's column order. */
    private static List<String> cellTexts(String label, WindowFigures w, String recovery) {
        RunSummary s = w.summary();
        return List.of(label,
                NumberText.fixed(w.startS(), 1) + "\u2013" + NumberText.fixed(w.endS(), 1),
                Long.toString(s.framesExpected()),
                Long.toString(s.framesLost()),
                Long.toString(s.gapEvents()),
                Long.toString(w.longestGapFrames()),
                Double.isNaN(w.longestGapMs()) ? "\u2013" : NumberText.fixed(w.longestGapMs(), 1),
                NumberText.fixed(s.fecReceived(), 0),
                NumberText.fixed(s.fecRecovered(), 0),
                NumberText.fixed(s.fecRecoveryFailed(), 0),
                NumberText.fixed(s.nackTotal(), 0),
                NumberText.fixed(s.latencyP95Ms(), 1),
                Long.toString(w.freezes().freezeCount()),
                recovery);
    }

    /** The time to recover as the table shows it, e.g. {@code 2 s} or {@code not before next burst (4.0 s)}. */
    static String recovery(RecoveryTime r) {
        return switch (r.outcome()) {
            case RECOVERED -> seconds(r.seconds());
            case NOT_BEFORE_NEXT_BURST -> "not before next burst (" + NumberText.fixed(r.limitS(), 1) + " s)";
            case NOT_BEFORE_END -> "not before end (" + NumberText.fixed(r.limitS(), 1) + " s)";
            case NO_STEADY_STATE -> "no steady state";
        };
    }

    private static String seconds(double s) {
        return NumberText.fixed(s, 0) + " s";
    }

    private static String normal(SteadyRange range) {
        if (range.isEmpty()) {
            return "No whole steady second: there is no normal delivery to recover to.";
        }
        String latency = Double.isNaN(range.medianLatencyP95Ms()) ? "no latency data"
                : "p95 latency \u2264 " + NumberText.fixed(range.latencyP95HighMs(), 1) + " ms";
        return "Normal delivery: " + NumberText.fixed(range.fpsLow(), 1) + "\u2013" + NumberText.fixed(range.fpsHigh(), 1)
                + " fps, " + latency + " (from the medians of " + range.seconds() + " steady seconds).";
    }

    /** A row of the freeze table: {@code value} of each run's figures number {@code which} (0 whole, 1 bursts, 2 outside). */
    private static void freezeRow(HtmlWriter html, List<FreezeFigures[]> figures, String label, int which,
                                  java.util.function.Function<FreezeFigures, String> value) {
        html.open("tr").element("td", label);
        for (FreezeFigures[] f : figures) {
            html.element("td", value.apply(f[which]), "class", "num");
        }
        html.close("tr").newline();
    }
}
