package dev.fecunit.internal.report;

import dev.fecunit.history.ChangePoint;
import dev.fecunit.history.FigureHistory;
import dev.fecunit.history.HistoryRun;
import dev.fecunit.history.Segment;
import dev.fecunit.verdict.Interval;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws {@code history.png}: one panel per figure, the runs in time order along x (labelled by night),
 * each run's value with its block interval, each segment's level as a horizontal line, and each change
 * point as a vertical line labelled with the first run after it (red for a regression, green otherwise).
 */
final class HistoryChart {

    static final int WIDTH = 1600;
    static final int PANEL_HEIGHT = 330;
    private static final int TOP = 60;
    private static final Color POINT = new Color(31, 119, 180);
    private static final Color LEVEL = new Color(255, 127, 14);
    private static final Color REGRESSION = new Color(214, 39, 40);
    private static final Color IMPROVEMENT = new Color(44, 160, 44);
    private static final Color GRID = new Color(230, 230, 230);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
    private static final Font PANEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private HistoryChart() {
    }

    /** The chart of {@code figures} (at least one) under {@code title}. */
    static BufferedImage render(String title, List<FigureHistory> figures) {
        int height = TOP + PANEL_HEIGHT * figures.size() + 10;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ChartCanvas.titled(image, title, TITLE_FONT, 40);
        try {
            for (int i = 0; i < figures.size(); i++) {
                panel(figures.get(i)).draw(g, new Rectangle2D.Double(10, TOP + i * PANEL_HEIGHT, WIDTH - 20, PANEL_HEIGHT - 10));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static JFreeChart panel(FigureHistory figure) {
        List<HistoryRun> runs = figure.runs();
        XYIntervalSeries points = new XYIntervalSeries("runs");
        for (int i = 0; i < figure.size(); i++) {
            double v = figure.value(i);
            if (Double.isFinite(v)) {
                Interval interval = figure.interval(i);
                double lo = Double.isFinite(interval.lower()) ? interval.lower() : v;
                double hi = Double.isFinite(interval.upper()) ? interval.upper() : v;
                points.add(i, i, i, v, Math.min(lo, v), Math.max(hi, v));
            }
        }
        XYIntervalSeriesCollection pointData = new XYIntervalSeriesCollection();
        pointData.addSeries(points);
        XYErrorRenderer pointRenderer = new XYErrorRenderer();
        pointRenderer.setDrawXError(false);
        pointRenderer.setErrorPaint(new Color(31, 119, 180, 110));
        pointRenderer.setErrorStroke(new BasicStroke(2f));
        pointRenderer.setCapLength(6);
        pointRenderer.setSeriesPaint(0, POINT);
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        pointRenderer.setSeriesLinesVisible(0, false);

        XYSeriesCollection levels = new XYSeriesCollection();
        XYLineAndShapeRenderer levelRenderer = new XYLineAndShapeRenderer(true, false);
        int s = 0;
        for (Segment segment : figure.segments()) {
            if (!Double.isFinite(segment.level())) {
                continue;
            }
            XYSeries line = new XYSeries("segment " + s, false, true);
            line.add(segment.from() - 0.4, segment.level());
            line.add(segment.to() - 0.6, segment.level());
            levels.addSeries(line);
            levelRenderer.setSeriesPaint(s, LEVEL);
            levelRenderer.setSeriesStroke(s, new BasicStroke(3f));
            s++;
        }

        String[] labels = runs.stream().map(HistoryRun::label).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(null, labels);
        x.setTickLabelFont(TICK_FONT);
        x.setVerticalTickLabels(labels.length > 12);
        x.setGridBandsVisible(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        x.setRange(-0.7, Math.max(0.7, labels.length - 0.3));
        if (labels.length > 40) {
            x.setTickLabelsVisible(false);
            x.setLabel("runs 1 to " + labels.length + " (" + labels[0] + " .. " + labels[labels.length - 1] + ")");
        }
        String unit = figure.metric().unit().isEmpty() ? "" : " (" + figure.metric().unit() + ")";
        NumberAxis y = new NumberAxis(figure.metric().name() + unit);
        y.setAutoRangeIncludesZero(false);
        y.setLabelFont(TICK_FONT);
        y.setTickLabelFont(TICK_FONT);

        XYPlot plot = new XYPlot(pointData, x, y, pointRenderer);
        plot.setDataset(1, levels);
        plot.setRenderer(1, levelRenderer);
        ChartCanvas.onWhite(plot, GRID);
        plot.setNoDataMessage("no run has data for this figure");
        for (ChangePoint change : figure.changePoints()) {
            ValueMarker marker = new ValueMarker(change.index() - 0.5);
            marker.setPaint(change.regression() ? REGRESSION : IMPROVEMENT);
            marker.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
            marker.setLabel(change.run());
            marker.setLabelFont(MARKER_FONT);
            marker.setLabelPaint(change.regression() ? REGRESSION : IMPROVEMENT);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 230));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        String title = figure.metric().name() + " (" + figure.metric().direction() + ")"
                + (figure.changePoints().isEmpty() ? ": no change point"
                : ": " + figure.changePoints().size() + (figure.changePoints().size() == 1 ? " change point" : " change points"))
                + figure.latest().map(r -> "; latest " + r.verdict()).orElse("");
        return ChartCanvas.panel(plot, title, PANEL_FONT);
    }
}
