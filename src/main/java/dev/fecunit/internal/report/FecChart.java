package dev.fecunit.internal.report;

import dev.fecunit.BurstWindow;
import dev.fecunit.Run;
import dev.fecunit.RunMeta;
import dev.fecunit.internal.analysis.Freeze;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.internal.analysis.CounterMath;
import dev.fecunit.internal.analysis.FlexFecState;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameGap;
import dev.fecunit.internal.analysis.Series;

import dev.fecunit.report.Report;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The seed's four stacked panels, drawn with JFreeChart on one shared time axis (seconds since
 * the start of each run's measurement window): frame latency with frame-id gaps and burst shading,
 * FlexFEC at the SFU, NACK and reported packet loss, delivered frame rate.
 *
 * <p>Every value drawn comes from {@code dev.fecunit.analysis}; this class only reduces series to
 * the chart's pixel resolution ({@link PixelEnvelope}) and styles them as {@code plot_fec.py} did.
 * Sizes are in points and the image is drawn at the seed's 130 dpi, so a 14 x 16 inch figure is
 * 1820 x 2080 pixels and the fonts read as in the seed's picture.
 *
 * <pre>{@code
 * List<String> problems = new ArrayList<>();
 * BufferedImage image = FecChart.render(List.of(baseline, fec), problems);
 * }</pre>
 */
public final class FecChart {

    /** Width of the image in pixels (the seed's 14 in at 130 dpi). */
    public static final int WIDTH_PX = 1820;
    /** Narrowest freeze band on the fps panel, in pixels. */
    static final int FREEZE_MIN_PX = 3;
    /** Height of the image in pixels (the seed's 16 in at 130 dpi). */
    public static final int HEIGHT_PX = 2080;
    /** Pixels per point: the seed's 130 dpi over 72 points per inch. */
    static final double SCALE = 130.0 / 72.0;
    /**
     * Cell size, in pixels, of the latency panel's reduction grid: half a dot's diameter (~4 px), so
     * the dots kept cover every pixel the full scatter would, at a fraction of the drawing time.
     */
    static final int LATENCY_CELL_PX = 2;
    /**
     * Column width, in pixels, for dashed lines: a dash period is ~11 px, so finer columns add no
     * visible detail, only thousands of tiny dashes to draw.
     */
    static final int DASHED_COLUMN_PX = 3;
    /**
     * Marks (frame-id gap lines, freeze bands, burst shading) closer than this many pixels on average are
     * too dense to draw: they would cover the panel. A 60-minute run's few dozen bursts are drawn; a
     * 24-hour run's thousands are not, and the panel says so (the page's zoomable charts show them).
     */
    static final int DENSE_MARKS_EVERY_PX = 4;
    /** Pixel height of one panel's plot area, about; the latency grid's rows follow from it. */
    static final int PANEL_HEIGHT_PX = 420;

    /** Panel titles, top to bottom, as the seed words them. */
    static final String LATENCY_TITLE =
            "Frame latency (vertical lines: frame-id gaps = lost frames, red shading: loss bursts)";
    static final String FEC_TITLE = "FlexFEC at the SFU";
    static final String LOSS_TITLE = "NACK and reported packet loss";
    static final String FPS_TITLE = "Delivered frame rate at subscriber";
    static final String NO_FEC_NOTE = "no FlexFEC packets in these runs";
    /** Added to the time axis' label when a panel is drawn as per-column statistics (a long run). */
    static final String DENSE_NOTE = "; each pixel column: line = mean (latency: p50, thin p95), shade = lowest to highest";

    static final Color BASELINE_GREY = new Color(0x888888);
    private static final Color FEC_BLUE = new Color(0x1f77b4);
    /** Colours for runs named neither baseline nor fec: matplotlib's cycle without blue and red. */
    private static final Color[] OTHER_RUNS = {
        new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x9467bd), new Color(0x8c564b),
        new Color(0xe377c2), new Color(0xbcbd22), new Color(0x17becf), new Color(0x7f7f7f), new Color(0xd62728),
    };
    private static final Color BURST_SHADE = new Color(1f, 0f, 0f, 0.08f);
    private static final String FONT = "DejaVu Sans";

    private FecChart() {
    }

    /** One FlexFEC state line of the FEC panel: the seed's colour, width and opacity. */
    record StateStyle(FlexFecState state, Color colour, float width, float alpha) {
    }

    static final List<StateStyle> STATE_STYLES = List.of(
            new StateStyle(FlexFecState.RECEIVED, new Color(0x1f77b4), 1.0f, 1f),
            new StateStyle(FlexFecState.RECOVERED, new Color(0x2ca02c), 1.8f, 1f),
            new StateStyle(FlexFecState.RECOVERY_FAILED, new Color(0xd62728), 1.2f, 1f),
            new StateStyle(FlexFecState.UNUSED, new Color(0x9467bd), 0.8f, 0.6f));

    /**
     * Draws the chart of {@code runs} into a new {@value #WIDTH_PX} x {@value #HEIGHT_PX} image.
     * Never throws for odd data: panels without data show a note, and what could not be drawn is
     * added to {@code problems} as a sentence.
     */
    public static BufferedImage render(List<ReportedRun> runs, List<String> problems) {
        return render(runs, problems, null);
    }

    /** {@link #render(List, List)}, recording where each panel was drawn (in points) into {@code info}. */
    public static BufferedImage render(List<ReportedRun> runs, List<String> problems, ChartRenderingInfo info) {
        return render(Panels.of(runs, problems), info);
    }

    /** The chart of series already computed (the report hands the same series to its interactive page). */
    public static BufferedImage render(Panels data, ChartRenderingInfo info) {
        JFreeChart chart = chart(data);
        BufferedImage image = new BufferedImage(WIDTH_PX, HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
        draw(chart, image, info);
        return image;
    }

    /**
     * Draws the chart of no runs into a small image, so that Java2D, the fonts and the JFreeChart
     * classes are loaded and initialised (a few hundred milliseconds in a fresh JVM) while the
     * caller still reads the runs; see {@link Report#warmUp()}.
     */
    public static void warmUp() {
        draw(chart(List.of(), new ArrayList<>()), new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), null);
    }

    /** Draws {@code chart} at the chart's full size into {@code image} (clipped to its size). */
    private static void draw(JFreeChart chart, BufferedImage image, ChartRenderingInfo info) {
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, WIDTH_PX, HEIGHT_PX);
            g2.scale(SCALE, SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH_PX / SCALE, HEIGHT_PX / SCALE), info);
        } finally {
            g2.dispose();
        }
    }

    /** The suptitle: loss profile and codec of the last run, in the seed's words. */
    public static String title(List<Run> runs) {
        String title = "FlexFEC publisher\u2192SFU recovery";
        if (runs.isEmpty()) {
            return title;
        }
        RunMeta meta = runs.get(runs.size() - 1).meta();
        return title + " \u2014 " + meta.lossProfile().description() + ", codec " + meta.codec();
    }

    /** The chart of {@code runs}: four panels on one time axis. */
    public static JFreeChart chart(List<ReportedRun> reported, List<String> problems) {
        return chart(Panels.of(reported, problems));
    }

    /** The chart of series already computed. */
    private static JFreeChart chart(Panels data) {
        List<Run> runs = data.runList();
        Map<Run, Color> colours = colours(runs);

        NumberAxis time = new NumberAxis("seconds since measurement start");
        styleAxis(time);
        time.setRange(data.xMin, data.xMax);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);
        PixelEnvelope columns = new PixelEnvelope(data.xMin, data.xMax, WIDTH_PX);

        XYPlot latency = panel(LATENCY_TITLE, "capture\u2192receive latency (ms)");
        XYPlot fec = panel(FEC_TITLE, "FEC packets/s");
        XYPlot loss = panel(LOSS_TITLE, "packets/s");
        XYPlot fps = panel(FPS_TITLE, "frames/s");
        for (XYPlot panel : List.of(latency, fec, loss, fps)) {
            shadeBursts(panel, data.bursts);
            plot.add(panel, 1);
        }
        drawLatency(latency, data, colours, columns);
        drawFec(fec, data, columns);
        drawLoss(loss, data, colours, columns);
        drawFps(fps, data, colours, columns);
        if (data.dense) {
            time.setLabel(time.getLabel() + DENSE_NOTE);
        }
        legend(latency, RectangleAnchor.TOP_RIGHT, data);
        legend(fec, RectangleAnchor.TOP_RIGHT, data);
        legend(loss, RectangleAnchor.TOP_RIGHT, data);
        legend(fps, RectangleAnchor.BOTTOM_RIGHT, data);

        JFreeChart chart = new JFreeChart(title(runs), new Font(FONT, Font.PLAIN, 12), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 8, 4, 12));
        chart.getTitle().setPadding(new RectangleInsets(6, 0, 2, 0));
        // Which meta.env values set the runs apart (FEC_RATE=30 against 5): the title alone names only the last run's.
        RunDifferences.describe(runs).ifPresent(line -> {
            TextTitle differences = new TextTitle(line, new Font(FONT, Font.PLAIN, 10));
            differences.setPaint(new Color(0x333333));
            differences.setPadding(new RectangleInsets(0, 0, 2, 0));
            chart.addSubtitle(differences);
        });
        return chart;
    }

    /** Colour per run: the seed's grey for {@code baseline}, blue for {@code fec}, distinct others. */
    static Map<Run, Color> colours(List<Run> runs) {
        Map<Run, Color> colours = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        int next = 0;
        for (Run run : runs) {
            // A second run of the same name (e.g. two "fec" runs of different pairs) gets its own colour.
            boolean first = named.add(run.name());
            Color colour;
            if (first && run.name().equals("baseline")) {
                colour = BASELINE_GREY;
            } else if (first && run.name().equals("fec")) {
                colour = FEC_BLUE;
            } else {
                colour = OTHER_RUNS[next++ % OTHER_RUNS.length];
            }
            colours.putIfAbsent(run, colour);
        }
        return colours;
    }

    /** The series of one run, computed by the analysis package. */
    private record RunSeries(Series latency, List<FrameGap> gaps, Series fps, List<double[]> freezes, Series nack,
                             Series packetLoss, Map<FlexFecState, Series> fec) {

        public static RunSeries of(ReportedRun reported) {
            Run run = reported.run();
            Map<FlexFecState, Series> fec = null;
            if (reported.summary().fecReceived() > 0) {
                fec = new LinkedHashMap<>();
                for (StateStyle style : STATE_STYLES) {
                    fec.put(style.state(), CounterMath.rate(run, FlexFecState.FAMILY, style.state().series()));
                }
            }
            // Each freeze as [from, to] seconds since start, for the fps panel's bands.
            List<double[]> freezes = new ArrayList<>();
            for (Freeze freeze : FreezeAnalysis.freezes(run)) {
                freezes.add(new double[] {run.secondsSinceStart(freeze.fromUs()), run.secondsSinceStart(freeze.toUs())});
            }
            return new RunSeries(FrameAnalysis.latencySeries(run), FrameAnalysis.gaps(run), FrameAnalysis.fpsSeries(run),
                    freezes, CounterMath.rate(run, RunSummary.NACK_FAMILY, CounterMath.ALL),
                    CounterMath.rate(run, RunSummary.PACKET_LOSS_FAMILY, CounterMath.ALL), fec);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Every series of the four panels, computed once by the analysis package, for the PNG and for the
     * interactive page ({@link ChartData}).
     */
    public static final class Panels {
        final List<ReportedRun> runs;
        final Map<Run, Series> latency = new LinkedHashMap<>();
        final Map<Run, List<FrameGap>> gaps = new LinkedHashMap<>();
        final Map<Run, Series> fps = new LinkedHashMap<>();
        final Map<Run, List<double[]>> freezes = new LinkedHashMap<>();
        final Map<Run, Series> nack = new LinkedHashMap<>();
        final Map<Run, Series> packetLoss = new LinkedHashMap<>();
        final Map<Run, Map<FlexFecState, Series>> fec = new LinkedHashMap<>();
        final List<double[]> bursts = new ArrayList<>();
        double xMin = 0;
        double xMax = 1;
        double latencyMin = Double.POSITIVE_INFINITY;
        double latencyMax = Double.NEGATIVE_INFINITY;
        /** Whether a panel was drawn as per-column statistics (set while drawing; the axis label says so). */
        boolean dense;

        final Map<Run, String> labels = new LinkedHashMap<>();

        private Panels(List<ReportedRun> runs) {
            this.runs = runs;
            Map<String, Integer> named = new HashMap<>();
            for (ReportedRun r : runs) {
                named.merge(r.name(), 1, Integer::sum);
            }
            for (ReportedRun r : runs) {
                // Two runs of one name (burst-ab/fec and uniform-ab/fec) are told apart by their parent directory.
                Path parent = r.run().path().toAbsolutePath().normalize().getParent();
                boolean shared = named.get(r.name()) > 1 && parent != null && parent.getFileName() != null;
                labels.put(r.run(), shared ? parent.getFileName() + "/" + r.name() : r.name());
            }
        }

        /** The runs, in order. */
        public List<Run> runList() {
            List<Run> list = new ArrayList<>();
            for (ReportedRun r : runs) {
                list.add(r.run());
            }
            return list;
        }

        /** The run's name in legends: its directory name, with the parent's when two runs share it. */
        String label(Run run) {
            return labels.get(run);
        }

        private static void startDaemon(Runnable task) {
            Thread thread = new Thread(task, "fecunit-chart-series");
            thread.setDaemon(true);
            thread.start();
        }

        public static Panels of(List<ReportedRun> runs, List<String> problems) {
            Panels p = new Panels(runs);
            double lo = 0;
            double hi = Double.NEGATIVE_INFINITY;
            // Each run's series on its own core: the runs after the first on daemon threads of their own
            // (never the common pool, which a user's parallel tests share).
            List<CompletableFuture<RunSeries>> computing = new ArrayList<>();
            for (int r = 1; r < runs.size(); r++) {
                ReportedRun reported = runs.get(r);
                computing.add(CompletableFuture.supplyAsync(() -> RunSeries.of(reported), Panels::startDaemon));
            }
            for (int r = 0; r < runs.size(); r++) {
                ReportedRun reported = runs.get(r);
                RunSeries series = r == 0 ? RunSeries.of(reported) : join(computing.get(r - 1));
                Run run = reported.run();
                Series latency = series.latency();
                p.latency.put(run, latency);
                p.gaps.put(run, series.gaps());
                p.fps.put(run, series.fps());
                p.freezes.put(run, series.freezes());
                p.nack.put(run, series.nack());
                p.packetLoss.put(run, series.packetLoss());
                if (series.fec() != null) {
                    p.fec.put(run, series.fec());
                }
                for (int i = 0; i < latency.size(); i++) {
                    double y = latency.ys()[i];
                    if (PixelEnvelope.drawable(latency.xs()[i], y)) {
                        p.latencyMin = Math.min(p.latencyMin, y);
                        p.latencyMax = Math.max(p.latencyMax, y);
                    }
                }
                reportUndrawable(problems, run, "latency", List.of(latency));
                reportUndrawable(problems, run, "nack/s", List.of(series.nack()));
                reportUndrawable(problems, run, "packet_loss/s", List.of(series.packetLoss()));
                if (series.fec() != null) {
                    reportUndrawable(problems, run, "FlexFEC", List.copyOf(series.fec().values()));
                }
                if (run.frames().isEmpty()) {
                    problems.add("Run [" + run.name() + "] has no frames in its measurement window;"
                            + " the latency and fps panels show nothing for it");
                }
                if (run.families().isEmpty()) {
                    problems.add("Run [" + run.name() + "] has no Prometheus counters (prom.tsv);"
                            + " the FlexFEC and NACK panels show nothing for it");
                }
                for (Series s : List.of(latency, p.fps.get(run), p.nack.get(run), p.packetLoss.get(run))) {
                    for (int i = 0; i < s.size(); i++) {
                        if (PixelEnvelope.drawable(s.xs()[i], s.ys()[i])) {
                            lo = Math.min(lo, s.xs()[i]);
                            hi = Math.max(hi, s.xs()[i]);
                        }
                    }
                }
            }
            if (!runs.isEmpty()) {
                // The seed shades the bursts of the last run on every panel.
                Run last = runs.get(runs.size() - 1).run();
                for (BurstWindow burst : last.bursts()) {
                    double start = last.secondsSinceStart(burst.startUs());
                    double end = last.secondsSinceStart(burst.endUs());
                    p.bursts.add(new double[] {start, end});
                    lo = Math.min(lo, start);
                    hi = Math.max(hi, end);
                }
            }
            if (!(hi > lo)) {
                hi = lo + 1;
            }
            double margin = (hi - lo) * 0.025;
            p.xMin = lo - margin;
            p.xMax = hi + margin;
            return p;
        }
    }

    /**
     * One problem line for the points of {@code series} that cannot be drawn ({@link PixelEnvelope#drawable}):
     * they are left out and the rest of the panel is drawn.
     */
    private static void reportUndrawable(List<String> problems, Run run, String what, List<Series> series) {
        int skipped = 0;
        for (Series s : series) {
            skipped += PixelEnvelope.undrawable(s);
        }
        if (skipped > 0) {
            problems.add("Run [" + run.name() + "]: " + skipped + " " + what + (skipped == 1 ? " point is" : " points are")
                    + " not a finite number (or too large to draw) and left out of the chart");
        }
    }

    private static XYPlot panel(String title, String rangeLabel) {
        NumberAxis range = new NumberAxis(rangeLabel);
        styleAxis(range);
        range.setAutoRangeIncludesZero(false);
        // Margins on both sides as matplotlib's, so a line along zero stays visible above the axis.
        range.setAutoRangeStickyZero(false);
        XYPlot panel = new XYPlot();
        panel.setRangeAxis(range);
        // A label-only axis above the panel is its title, so JFreeChart reserves the space for it.
        NumberAxis titleAxis = new NumberAxis(title);
        titleAxis.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        titleAxis.setTickLabelsVisible(false);
        titleAxis.setTickMarksVisible(false);
        titleAxis.setMinorTickMarksVisible(false);
        titleAxis.setAxisLineVisible(false);
        titleAxis.setLabelInsets(new RectangleInsets(2, 0, 3, 0));
        panel.setDomainAxis(1, titleAxis, false);
        panel.setDomainAxisLocation(1, AxisLocation.TOP_OR_LEFT, false);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setOutlinePaint(Color.BLACK);
        panel.setOutlineStroke(new BasicStroke(0.8f));
        Color grid = new Color(0f, 0f, 0f, 0.12f);
        panel.setDomainGridlinePaint(grid);
        panel.setRangeGridlinePaint(grid);
        panel.setDomainGridlineStroke(new BasicStroke(0.8f));
        panel.setRangeGridlineStroke(new BasicStroke(0.8f));
        panel.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // Runs drawn in the order given, later on top, as the seed (JFreeChart's default is reverse).
        panel.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return panel;
    }

    private static void styleAxis(NumberAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 10));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
        axis.setTickLabelPaint(Color.BLACK);
        axis.setLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setTickMarkPaint(Color.BLACK);
        axis.setTickMarkOutsideLength(3.5f);
    }

    private static void drawLatency(XYPlot panel, Panels data, Map<Run, Color> colours, PixelEnvelope columns) {
        boolean dense = false;
        for (Series latency : data.latency.values()) {
            dense |= ColumnStatistics.dense(latency, WIDTH_PX);
        }
        if (dense) {
            drawDenseLatency(panel, data, colours, columns);
            return;
        }
        PixelEnvelope cells = new PixelEnvelope(data.xMin, data.xMax, WIDTH_PX / LATENCY_CELL_PX);
        DefaultXYDataset points = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Shape dot = new Ellipse2D.Double(-0.9, -0.9, 1.8, 1.8);
        int series = 0;
        for (ReportedRun reported : data.runs) {
            Run run = reported.run();
            Color colour = colours.get(run);
            Series reduced = cells.points(data.latency.get(run), data.latencyMin, data.latencyMax,
                    PANEL_HEIGHT_PX / LATENCY_CELL_PX);
            add(points, data.label(run) + " latency", reduced);
            renderer.setSeriesPaint(series, withAlpha(colour, 0.7f));
            renderer.setSeriesShape(series, dot);
            renderer.setLegendShape(series, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            series++;
            drawGaps(panel, data.gaps.get(run), run, colour, columns);
        }
        showLatency(panel, data, points, renderer);
    }

    /**
     * The latency of a long run (more than {@value ColumnStatistics#DENSE_POINTS_PER_COLUMN} frames per pixel
     * column, where dots would fill the panel): per pixel column, each run's median as a line with its
     * lowest-to-highest range shaded, and its p95 as a thin line.
     */
    private static void drawDenseLatency(XYPlot panel, Panels data, Map<Run, Color> colours, PixelEnvelope columns) {
        data.dense = true;
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        renderer.setLegendLine(new java.awt.geom.Line2D.Double(-9, 0, 9, 0));
        int series = 0;
        for (ReportedRun reported : data.runs) {
            Run run = reported.run();
            Color colour = colours.get(run);
            ColumnStatistics statistics = ColumnStatistics.of(data.latency.get(run), data.xMin, data.xMax, WIDTH_PX);
            bands.addSeries(statistics.median(data.label(run) + " latency p50"));
            renderer.setSeriesPaint(series, colour);
            renderer.setSeriesFillPaint(series, colour);
            renderer.setSeriesStroke(series, new BasicStroke(1.0f));
            series++;
            bands.addSeries(statistics.percentile(data.label(run) + " latency p95", 0.95, false));
            renderer.setSeriesPaint(series, withAlpha(colour, 0.6f));
            renderer.setSeriesFillPaint(series, withAlpha(colour, 0f));
            renderer.setSeriesStroke(series, new BasicStroke(0.6f));
            series++;
            drawGaps(panel, data.gaps.get(run), run, colour, columns);
        }
        showLatency(panel, data, bands, renderer);
    }

    /** Puts the latency layer, dots or bands, on its panel; notes when no run has a frame with a capture time. */
    private static void showLatency(XYPlot panel, Panels data, XYDataset latency, XYItemRenderer renderer) {
        panel.setDataset(0, latency);
        panel.setRenderer(0, renderer);
        if (data.latencyMin > data.latencyMax) {
            note(panel, "no frames with a capture time in these runs");
        }
    }

    /**
     * A vertical line per frame-id gap, as wide as the seed's {@code min(0.5 + n * 0.3, 3)} points;
     * of several gaps in one pixel column only the widest is drawn (they would overlap).
     */
    private static void drawGaps(XYPlot panel, List<FrameGap> gaps, Run run, Color colour, PixelEnvelope columns) {
        Map<Integer, double[]> widest = new LinkedHashMap<>();
        for (FrameGap gap : gaps) {
            double x = run.secondsSinceStart(gap.receiveUs());
            double[] kept = widest.get(columns.column(x));
            if (kept == null || gap.missing() > kept[1]) {
                widest.put(columns.column(x), new double[] {x, gap.missing()});
            }
        }
        if (widest.size() > WIDTH_PX / DENSE_MARKS_EVERY_PX) {
            // Lines in most pixel columns would hide the latency; say where they are instead.
            topNote(panel, run.name() + ": frame-id gaps in " + widest.size() + " of " + WIDTH_PX
                    + " pixel columns, too dense to mark (see the per-burst table)");
            return;
        }
        Color line = withAlpha(colour, 0.5f);
        for (double[] gap : widest.values()) {
            float width = (float) Math.min(0.5 + gap[1] * 0.3, 3.0);
            // Behind the dots (the seed draws them on top): in a long run with many gaps the lines
            // would otherwise hide the latency they explain.
            panel.addDomainMarker(0, new ValueMarker(gap[0], line, new BasicStroke(width)), Layer.BACKGROUND, false);
        }
    }

    /** One line of a panel: its legend text, its full series, colour, width in points and whether dashed. */
    private record Line(String label, Series series, Color paint, float width, boolean dashed) {
    }

    private static void drawFec(XYPlot panel, Panels data, PixelEnvelope columns) {
        List<Line> lines = new ArrayList<>();
        int fecRun = 0;
        for (Map.Entry<Run, Map<FlexFecState, Series>> entry : data.fec.entrySet()) {
            for (StateStyle style : STATE_STYLES) {
                // The seed draws every FEC run alike; a second one is dashed so both can be told apart.
                lines.add(new Line(data.label(entry.getKey()) + " " + style.state().label() + "/s",
                        entry.getValue().get(style.state()), withAlpha(style.colour(), style.alpha()), style.width(), fecRun > 0));
            }
            fecRun++;
        }
        drawLines(panel, data, lines, columns);
        if (data.fec.isEmpty()) {
            note(panel, NO_FEC_NOTE);
        }
    }

    private static void drawLoss(XYPlot panel, Panels data, Map<Run, Color> colours, PixelEnvelope columns) {
        List<Line> lines = new ArrayList<>();
        for (ReportedRun reported : data.runs) {
            Run run = reported.run();
            Color colour = colours.get(run);
            lines.add(new Line(data.label(run) + " nack/s", data.nack.get(run), colour, 1.2f, false));
            lines.add(new Line(data.label(run) + " packet_loss/s", data.packetLoss.get(run), withAlpha(colour, 0.7f), 1.2f, true));
        }
        if (!drawLines(panel, data, lines, columns)) {
            note(panel, "no NACK or packet-loss counters in these runs");
        }
    }

    private static void drawFps(XYPlot panel, Panels data, Map<Run, Color> colours, PixelEnvelope columns) {
        markFreezes(panel, data, colours);
        List<Line> lines = new ArrayList<>();
        for (ReportedRun reported : data.runs) {
            Run run = reported.run();
            lines.add(new Line(data.label(run) + " fps", data.fps.get(run), colours.get(run), 1.2f, false));
        }
        if (!drawLines(panel, data, lines, columns)) {
            note(panel, "no frames in these runs");
        }
    }

    /**
     * Draws {@code lines} as dataset 0 of {@code panel}: reduced to the pixel columns' envelopes
     * ({@link PixelEnvelope#line}), or, in a long run where a line has more than
     * {@value ColumnStatistics#DENSE_POINTS_PER_COLUMN} points per pixel column, as each column's mean
     * with its lowest-to-highest range shaded ({@link ColumnStatistics}). Returns whether any point was drawn.
     */
    private static boolean drawLines(XYPlot panel, Panels data, List<Line> lines, PixelEnvelope columns) {
        boolean dense = false;
        for (Line line : lines) {
            dense |= ColumnStatistics.dense(line.series(), WIDTH_PX);
        }
        boolean any = false;
        if (dense) {
            data.dense = true;
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            DeviationRenderer renderer = new DeviationRenderer(true, false);
            renderer.setAlpha(0.18f);
            renderer.setLegendLine(new java.awt.geom.Line2D.Double(-9, 0, 9, 0));
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                YIntervalSeries mean = ColumnStatistics.of(line.series(), data.xMin, data.xMax, WIDTH_PX).mean(line.label());
                bands.addSeries(mean);
                renderer.setSeriesPaint(i, line.paint());
                renderer.setSeriesFillPaint(i, line.paint());
                renderer.setSeriesStroke(i, line.dashed() ? dashed(line.width()) : new BasicStroke(line.width()));
                any |= mean.getItemCount() > 0;
            }
            panel.setDataset(0, bands);
            panel.setRenderer(0, renderer);
            return any;
        }
        DefaultXYDataset dataset = new DefaultXYDataset();
        LineRenderer renderer = lineRenderer();
        PixelEnvelope dashColumns = new PixelEnvelope(data.xMin, data.xMax, WIDTH_PX / DASHED_COLUMN_PX);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Series reduced = (line.dashed() ? dashColumns : columns).line(line.series());
            add(dataset, line.label(), reduced);
            renderer.setSeriesPaint(i, line.paint());
            if (line.dashed()) {
                renderer.setDashed(i, line.width(), reduced, data.xMax - data.xMin);
            } else {
                renderer.setSeriesStroke(i, new BasicStroke(line.width()));
            }
            any |= !reduced.isEmpty();
        }
        panel.setDataset(0, dataset);
        panel.setRenderer(0, renderer);
        return any;
    }

    /** Adds a series under its legend text; a repeated text (two runs of one name) gets a number. */
    private static void add(DefaultXYDataset dataset, String label, Series series) {
        String key = label;
        for (int n = 2; dataset.indexOf(key) >= 0; n++) {
            key = label + " (" + n + ")";
        }
        dataset.addSeries(key, new double[][] {series.xs(), series.ys()});
    }

    /**
     * Lines drawn segment by segment: one long anti-aliased path over a dense series makes Java2D
     * sort thousands of crossing edges per scan line (seconds for a 60-minute run); segments cost
     * only the pixels they cover.
     */
    private static final class LineRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final Map<Integer, Stroke> legendStrokes = new HashMap<>();

        LineRenderer() {
            super(true, false);
        }

        /**
         * A dashed series, as the seed's {@code "--"}. Where its points lie closer than one dash
         * period, dashes cannot show along the line (it is a band of short strokes) and would cost
         * tens of thousands of dash pieces; it is then drawn solid, and the legend stays dashed.
         */
        void setDashed(int series, float width, Series drawn, double xSpan) {
            Stroke dashed = dashed(width);
            legendStrokes.put(series, dashed);
            int n = drawn.size();
            double spacingPx = n < 2 ? Double.POSITIVE_INFINITY
                    : WIDTH_PX * (drawn.xs()[n - 1] - drawn.xs()[0]) / xSpan / (n - 1);
            double dashPeriodPx = (3.7 + 1.6) * width * SCALE;
            setSeriesStroke(series, spacingPx >= dashPeriodPx ? dashed : new BasicStroke(width));
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            LegendItem item = super.getLegendItem(datasetIndex, series);
            Stroke legend = legendStrokes.get(series);
            if (item != null && legend != null) {
                item.setLineStroke(legend);
            }
            return item;
        }
    }

    private static LineRenderer lineRenderer() {
        LineRenderer renderer = new LineRenderer();
        renderer.setLegendLine(new java.awt.geom.Line2D.Double(-9, 0, 9, 0));
        return renderer;
    }

    /**
     * Each run's freezes ({@link FreezeAnalysis#freezes}) as light bands in the run's colour behind the
     * fps lines, at least {@value #FREEZE_MIN_PX} px wide so a 200 ms freeze on an hour-long axis still shows;
     * bands that overlap at that width are merged.
     */
    private static void markFreezes(XYPlot panel, Panels data, Map<Run, Color> colours) {
        double minWidth = FREEZE_MIN_PX * (data.xMax - data.xMin) / WIDTH_PX;
        for (ReportedRun reported : data.runs) {
            List<double[]> freezes = data.freezes.get(reported.run());
            if (freezes.size() > WIDTH_PX / DENSE_MARKS_EVERY_PX) {
                // Bands at least 3 px wide every few pixels would cover the panel.
                topNote(panel, reported.run().name() + ": " + freezes.size()
                        + " freezes, too dense to mark (see the Freezes table)");
                continue;
            }
            Color band = withAlpha(colours.get(reported.run()), 0.35f);
            // Freezes come in time order; bands that touch once widened are drawn as one (an hour-long run has
            // hundreds of freezes but only 1820 pixel columns, and overlapping translucent bands would darken).
            double from = Double.NaN;
            double to = Double.NaN;
            for (double[] freeze : data.freezes.get(reported.run())) {
                double pad = Math.max(0, (minWidth - (freeze[1] - freeze[0])) / 2);
                if (!Double.isNaN(from) && freeze[0] - pad <= to) {
                    to = Math.max(to, freeze[1] + pad);
                    continue;
                }
                if (!Double.isNaN(from)) {
                    panel.addDomainMarker(0, new FreezeMarker(from, to, band), Layer.BACKGROUND, false);
                }
                from = freeze[0] - pad;
                to = freeze[1] + pad;
            }
            if (!Double.isNaN(from)) {
                panel.addDomainMarker(0, new FreezeMarker(from, to, band), Layer.BACKGROUND, false);
            }
        }
    }

    /** A freeze band: an interval marker of its own type, so it is never mistaken for a burst's shading. */
    static final class FreezeMarker extends IntervalMarker {
        private static final long serialVersionUID = 1L;

        FreezeMarker(double fromS, double toS, Color band) {
            super(fromS, toS, band, new BasicStroke(0f), null, null, 1f);
        }
    }

    private static void shadeBursts(XYPlot panel, List<double[]> bursts) {
        if (bursts.size() > WIDTH_PX / DENSE_MARKS_EVERY_PX) {
            // A burst every few pixels would tint the whole panel: the per-burst table and the page show them.
            return;
        }
        Set<Long> drawn = new HashSet<>();
        for (double[] burst : bursts) {
            // Identical windows (the same burst twice) would darken the shade; draw each once.
            if (drawn.add(Double.doubleToLongBits(burst[0]) * 31 + Double.doubleToLongBits(burst[1]))) {
                panel.addDomainMarker(0, new IntervalMarker(burst[0], burst[1], BURST_SHADE, new BasicStroke(0f), null, null, 1f),
                        Layer.BACKGROUND, false);
            }
        }
    }

    /**
     * The panel's own legend inside a corner: the seed's corner unless the legend would hide more
     * data points there than in another corner (the seed's lower-right fps legend hides the drop of
     * a freeze at the end of a run).
     */
    private static void legend(XYPlot panel, RectangleAnchor preferred, Panels data) {
        LegendItemCollection items = panel.getLegendItems();
        if (items.getItemCount() == 0) {
            return;
        }
        int longest = 0;
        for (int i = 0; i < items.getItemCount(); i++) {
            longest = Math.max(longest, items.get(i).getLabel().length());
        }
        RectangleAnchor corner = legendCorner(panel.getDataset(0), preferred, data.xMin, data.xMax,
                items.getItemCount(), longest);
        LegendTitle legend = new LegendTitle(panel);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 8));
        legend.setBackgroundPaint(new Color(1f, 1f, 1f, 0.8f));
        legend.setFrame(new BlockBorder(0.6, 0.6, 0.6, 0.6, new Color(0xcccccc)));
        legend.setPadding(new RectangleInsets(3, 4, 3, 4));
        legend.setItemLabelPadding(new RectangleInsets(1, 4, 1, 2));
        legend.setLegendItemGraphicPadding(new RectangleInsets(1, 2, 1, 2));
        boolean right = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.BOTTOM_RIGHT;
        boolean top = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.TOP_LEFT;
        XYTitleAnnotation annotation = new XYTitleAnnotation(right ? 0.992 : 0.008, top ? 0.985 : 0.015, legend, corner);
        annotation.setMaxWidth(0.45);
        panel.addAnnotation(annotation, false);
    }

    /**
     * The corner of a panel's legend ({@link LegendCorner}): {@code preferred} unless another covers fewer
     * points. The box size is estimated from the legend's lines and longest label at the chart's fixed size.
     */
    static RectangleAnchor legendCorner(XYDataset dataset, RectangleAnchor preferred, double xMin, double xMax,
                                        int lines, int longestLabel) {
        // About 4.6 pt per character at 8 pt, a 30 pt line sample; the data area is ~920 x ~235 pt.
        double width = (longestLabel * 4.6 + 30) / 920.0 + 0.008;
        double height = (lines * 10.5 + 8) / 235.0 + 0.015;
        return LegendCorner.of(dataset, width, height, xMin, xMax, LegendCorner.POINTS, LegendCorner.preferring(preferred));
    }

    /** A note at the top centre of a panel, e.g. about marks too dense to draw; several stack downwards. */
    private static void topNote(XYPlot panel, String text) {
        int existing = 0;
        for (Object annotation : panel.getAnnotations()) {
            if (annotation instanceof XYTitleAnnotation t && t.getTitleAnchor() == RectangleAnchor.TOP) {
                existing++;
            }
        }
        TextTitle title = new TextTitle(text, new Font(FONT, Font.ITALIC, 8));
        title.setPaint(new Color(0x555555));
        title.setBackgroundPaint(new Color(1f, 1f, 1f, 0.8f));
        panel.addAnnotation(new XYTitleAnnotation(0.5, 0.985 - 0.06 * existing, title, RectangleAnchor.TOP), false);
    }

    /** A note centred in a panel that has nothing to draw. */
    private static void note(XYPlot panel, String text) {
        TextTitle title = new TextTitle(text, new Font(FONT, Font.ITALIC, 10));
        title.setPaint(new Color(0x555555));
        panel.addAnnotation(new XYTitleAnnotation(0.5, 0.5, title, RectangleAnchor.CENTER), false);
    }

    private static Stroke dashed(float width) {
        // matplotlib's "--": dashes of 3.7 and gaps of 1.6 line widths.
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {3.7f * width, 1.6f * width}, 0f);
    }

    private static Color withAlpha(Color colour, float alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255));
    }
}
