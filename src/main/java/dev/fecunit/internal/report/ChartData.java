package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.FlexFecState;
import dev.fecunit.internal.analysis.FrameGap;
import dev.fecunit.internal.analysis.Series;
import dev.fecunit.internal.format.JsonWriter;
import dev.fecunit.internal.format.NumberText;

import java.awt.Color;
import java.util.List;
import java.util.Map;

import org.jfree.data.xy.YIntervalSeries;

/**
 * The four panels of {@link FecChart} as the JSON document the interactive page draws
 * ({@code index.html}, with uPlot): the same series, reduced to a per-column minimum and maximum
 * over {@value #COLUMNS} columns across the time axis, so a 24-hour run (2.3 M frames) gives at
 * most {@code 2 x COLUMNS} points per series and the page opens in a moment.
 *
 * <pre>{@code
 * String json = ChartData.json(panels, "FlexFEC publisher→SFU recovery", null);
 * }</pre>
 *
 * <p>The document: {@code {"title", "differences", "xLabel", "xMin", "xMax", "columnS", "bursts":[[from,to]…],
 * "panels":[{"id", "title", "yLabel", "note", "series":[{"label", "colour", "points", "width", "dash",
 * "x":[…], "y":[…], and for a dense series "fill", "lo":[…], "hi":[…]}…], "gaps":[[x, width, colour]…],
 * "bands":[[from, to, colour]…]}…]}}; times in seconds since each run's measurement start, as on the PNG.
 * A series with more than {@value ColumnStatistics#DENSE_POINTS_PER_COLUMN} points per column (a long run)
 * is given as each column's mean (latency: median, and p95 as a line of its own) with its lowest and
 * highest value as {@code lo} and {@code hi}, which the page shades.
 */
public final class ChartData {

    /** Columns across the time axis: a few thousand, about one per pixel of a wide screen, twice over. */
    static final int COLUMNS = 4000;

    private ChartData() {
    }

    /** The document for {@code data}; {@code differences} (how the runs differ) may be null. */
    public static String json(FecChart.Panels data, String title, String differences) {
        List<Run> runs = data.runList();
        Map<Run, Color> colours = FecChart.colours(runs);
        double xMin = data.xMin;
        double xMax = data.xMax;
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("{\"title\":").append(string(title))
                .append(",\"differences\":").append(differences == null ? "null" : string(differences))
                .append(",\"xLabel\":").append(string("seconds since measurement start"))
                .append(",\"xMin\":").append(number(xMin)).append(",\"xMax\":").append(number(xMax))
                .append(",\"columnS\":").append(number((xMax - xMin) / COLUMNS))
                .append(",\"bursts\":[");
        for (int i = 0; i < data.bursts.size(); i++) {
            double[] burst = data.bursts.get(i);
            out.append(i == 0 ? "" : ",").append('[').append(number(burst[0])).append(',').append(number(burst[1])).append(']');
        }
        out.append("],\"panels\":[");

        // Latency: each run's frames as dots, the lowest and highest of each column; frame-id gaps as lines.
        Panel latency = new Panel(out, "latency", FecChart.LATENCY_TITLE, "capture\u2192receive latency (ms)");
        for (Run run : runs) {
            Series frames = data.latency.get(run);
            if (ColumnStatistics.dense(frames, COLUMNS)) {
                // Dots in every column would fill the panel: each column's median with its range, and its p95.
                ColumnStatistics statistics = ColumnStatistics.of(frames, xMin, xMax, COLUMNS);
                latency.band(data.label(run) + " latency p50", colours.get(run), 1f, 1.2f, false, statistics.median("p50"));
                latency.band(data.label(run) + " latency p95", colours.get(run), 0.6f, 0.8f, false,
                        statistics.percentile("p95", 0.95, false));
            } else {
                latency.series(data.label(run) + " latency", colours.get(run), 0.7f, true, 3, false, reduce(frames, xMin, xMax));
            }
        }
        latency.endSeries();
        out.append(",\"gaps\":[");
        boolean first = true;
        for (Run run : runs) {
            String colour = css(colours.get(run), 0.5f);
            double[] widest = new double[COLUMNS];
            double[] at = new double[COLUMNS];
            for (FrameGap gap : data.gaps.get(run)) {
                double x = run.secondsSinceStart(gap.receiveUs());
                int c = column(x, xMin, xMax);
                if (gap.missing() > widest[c]) {
                    widest[c] = gap.missing();
                    at[c] = x;
                }
            }
            for (int c = 0; c < COLUMNS; c++) {
                if (widest[c] > 0) {
                    // The seed's line width in points, min(0.5 + n * 0.3, 3).
                    out.append(first ? "" : ",").append('[').append(number(at[c])).append(',')
                            .append(number(Math.min(0.5 + widest[c] * 0.3, 3.0))).append(',').append(colour).append(']');
                    first = false;
                }
            }
        }
        out.append(']');
        latency.end(data.latencyMin > data.latencyMax ? "no frames with a capture time in these runs" : null);

        Panel fec = new Panel(out, "fec", FecChart.FEC_TITLE, "FEC packets/s");
        int fecRun = 0;
        for (Map.Entry<Run, Map<FlexFecState, Series>> entry : data.fec.entrySet()) {
            for (FecChart.StateStyle style : FecChart.STATE_STYLES) {
                fec.line(data.label(entry.getKey()) + " " + style.state().label() + "/s", style.colour(), style.alpha(),
                        style.width(), fecRun > 0, entry.getValue().get(style.state()), xMin, xMax);
            }
            fecRun++;
        }
        fec.endSeries();
        fec.end(data.fec.isEmpty() ? FecChart.NO_FEC_NOTE : null);

        Panel loss = new Panel(out, "loss", FecChart.LOSS_TITLE, "packets/s");
        for (Run run : runs) {
            loss.line(data.label(run) + " nack/s", colours.get(run), 1f, 1.2f, false, data.nack.get(run), xMin, xMax);
            loss.line(data.label(run) + " packet_loss/s", colours.get(run), 0.7f, 1.2f, true, data.packetLoss.get(run), xMin, xMax);
        }
        loss.endSeries();
        loss.end(null);

        Panel fps = new Panel(out, "fps", FecChart.FPS_TITLE, "frames/s");
        for (Run run : runs) {
            fps.line(data.label(run) + " fps", colours.get(run), 1f, 1.2f, false, data.fps.get(run), xMin, xMax);
        }
        fps.endSeries();
        out.append(",\"bands\":[");
        first = true;
        for (Run run : runs) {
            String colour = css(colours.get(run), 0.35f);
            for (double[] freeze : data.freezes.get(run)) {
                out.append(first ? "" : ",").append('[').append(number(freeze[0])).append(',').append(number(freeze[1]))
                        .append(',').append(colour).append(']');
                first = false;
            }
        }
        out.append(']');
        fps.end(null);
        out.append("]}");
        return out.toString();
    }

    /** Writes one panel object. */
    private static final class Panel {
        private final StringBuilder out;
        private boolean firstSeries = true;

        Panel(StringBuilder out, String id, String title, String yLabel) {
            this.out = out;
            if (out.charAt(out.length() - 1) != '[') {
                out.append(',');
            }
            out.append("{\"id\":").append(string(id)).append(",\"title\":").append(string(title))
                    .append(",\"yLabel\":").append(string(yLabel)).append(",\"series\":[");
        }

        void series(String label, Color colour, float alpha, boolean points, float width, boolean dash, Series reduced) {
            out.append(firstSeries ? "" : ",").append("{\"label\":").append(string(label))
                    .append(",\"colour\":").append(css(colour, alpha)).append(",\"points\":").append(points)
                    .append(",\"width\":").append(number(width)).append(",\"dash\":").append(dash).append(",\"x\":[");
            for (int i = 0; i < reduced.size(); i++) {
                out.append(i == 0 ? "" : ",").append(number(reduced.xs()[i]));
            }
            out.append("],\"y\":[");
            for (int i = 0; i < reduced.size(); i++) {
                out.append(i == 0 ? "" : ",").append(number(reduced.ys()[i]));
            }
            out.append("]}");
            firstSeries = false;
        }

        /**
         * A line: its points reduced to each column's lowest and highest, or, where the series has more than
         * {@value ColumnStatistics#DENSE_POINTS_PER_COLUMN} points per column, each column's mean with its range.
         */
        void line(String label, Color colour, float alpha, float width, boolean dash, Series series, double xMin, double xMax) {
            if (ColumnStatistics.dense(series, COLUMNS)) {
                band(label, colour, alpha, width, dash, ColumnStatistics.of(series, xMin, xMax, COLUMNS).mean(label));
            } else {
                series(label, colour, alpha, false, width, dash, reduce(series, xMin, xMax));
            }
        }

        /** A line of per-column values with each column's lowest and highest as {@code lo} and {@code hi}. */
        void band(String label, Color colour, float alpha, float width, boolean dash, YIntervalSeries columns) {
            int n = columns.getItemCount();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = columns.getX(i).doubleValue();
                ys[i] = columns.getYValue(i);
            }
            series(label, colour, alpha, false, width, dash, new Series(xs, ys));
            out.setLength(out.length() - 1);
            boolean envelope = false;
            for (int i = 0; i < n && !envelope; i++) {
                envelope = columns.getYLowValue(i) != columns.getYHighValue(i);
            }
            if (envelope) {
                out.append(",\"fill\":").append(css(colour, 0.18f)).append(",\"lo\":[");
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ",").append(number(columns.getYLowValue(i)));
                }
                out.append("],\"hi\":[");
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ",").append(number(columns.getYHighValue(i)));
                }
                out.append(']');
            }
            out.append('}');
        }

        void endSeries() {
            out.append(']');
        }

        void end(String note) {
            out.append(",\"note\":").append(note == null ? "null" : string(note)).append('}');
        }
    }

    /**
     * {@code series} reduced to the lowest and the highest point of each of {@link #COLUMNS} columns
     * (real points, in x order: columns split x, so the result is ascending; one point when lowest and
     * highest are the same), whatever the order of the series' points; points
     * that cannot be drawn ({@link PixelEnvelope#drawable}) are left out.
     */
    static Series reduce(Series series, double xMin, double xMax) {
        int[] low = new int[COLUMNS];
        int[] high = new int[COLUMNS];
        java.util.Arrays.fill(low, -1);
        double[] xs = series.xs();
        double[] ys = series.ys();
        for (int i = 0; i < xs.length; i++) {
            if (!PixelEnvelope.drawable(xs[i], ys[i])) {
                continue;
            }
            int c = column(xs[i], xMin, xMax);
            if (low[c] < 0) {
                low[c] = i;
                high[c] = i;
            } else if (ys[i] < ys[low[c]]) {
                low[c] = i;
            } else if (ys[i] > ys[high[c]]) {
                high[c] = i;
            }
        }
        int n = 0;
        for (int c = 0; c < COLUMNS; c++) {
            if (low[c] >= 0) {
                n += low[c] == high[c] ? 1 : 2;
            }
        }
        double[] px = new double[n];
        double[] py = new double[n];
        int k = 0;
        for (int c = 0; c < COLUMNS; c++) {
            if (low[c] < 0) {
                continue;
            }
            int a = low[c];
            int b = high[c];
            if (a != b && xs[b] < xs[a]) {
                int swap = a;
                a = b;
                b = swap;
            }
            px[k] = xs[a];
            py[k++] = ys[a];
            if (a != b) {
                px[k] = xs[b];
                py[k++] = ys[b];
            }
        }
        return new Series(px, py);
    }

    private static int column(double x, double xMin, double xMax) {
        int c = (int) Math.floor((x - xMin) / (xMax - xMin) * COLUMNS);
        return Math.max(0, Math.min(COLUMNS - 1, c));
    }

    /** A CSS colour with {@code alpha}, as a JSON string: {@code "rgba(31,119,180,0.7)"}. */
    private static String css(Color colour, float alpha) {
        return "\"rgba(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ","
                + number(Math.round(alpha * 100) / 100.0) + ")\"";
    }

    /** A number on the page: at most three decimals ({@link NumberText#thousandths}), {@code null} when not finite. */
    static String number(double value) {
        return NumberText.thousandths(value, "null");
    }

    /** A string on the page, inside its {@code <script>} element ({@link JsonWriter#quotedForScript}). */
    static String string(String text) {
        return JsonWriter.quotedForScript(text);
    }
}
