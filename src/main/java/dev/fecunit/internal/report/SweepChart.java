package dev.fecunit.internal.report;

import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.internal.report.LegendCorner;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.SweepCell;
import dev.fecunit.sweep.SweepFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * {@code sweep_report.png}: four panels against the loss level, as the sweep script draws them — frame
 * loss % and p99 latency for every config, FEC recovery rate % and packets recovered for the FEC
 * configs. The baseline is grey and dashed; the FEC configs take distinct colours along the viridis
 * colour map, in config order; every point has a marker.
 *
 * <pre>{@code
 * BufferedImage image = SweepChart.render(sweep.figures());
 * PngFile.write(image, Path.of("sweep_report.png"));
 * }</pre>
 */
final class SweepChart {

    /** The figure's title, as the sweep script writes it. */
    public static final String TITLE = "FlexFEC parameter sweep \u2014 baseline (no FEC) vs FEC configs";
    /** The x-axis label when the loss levels are uniform drops injected at the SFU ({@code DEBUG_DROP}). */
    public static final String X_INJECTED_DROP = "injected packet drop (%)";
    /** The x-axis label when the loss levels are burst loss fractions of the shaper. */
    public static final String X_BURST_LOSS = "burst loss fraction";

    /** Image size: the script's 13 x 9.5 inch figure at 150 dpi. */
    static final int WIDTH = 1950;
    static final int HEIGHT = 1430;

    private static final Color BASELINE_GREY = new Color(128, 128, 128);
    private static final Color GRID = new Color(230, 230, 230);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
    private static final Font PANEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    /** matplotlib's 256-entry viridis colour map, so the FEC configs take the script's exact colours. */
    private static final int[] VIRIDIS = {
0x440154, 0x440256, 0x450457, 0x450559, 0x46075a, 0x46085c, 0x460a5d, 0x460b5e,
        0x470d60, 0x470e61, 0x471063, 0x471164, 0x471365, 0x481467, 0x481668, 0x481769,
        0x48186a, 0x481a6c, 0x481b6d, 0x481c6e, 0x481d6f, 0x481f70, 0x482071, 0x482173,
        0x482374, 0x482475, 0x482576, 0x482677, 0x482878, 0x482979, 0x472a7a, 0x472c7a,
        0x472d7b, 0x472e7c, 0x472f7d, 0x46307e, 0x46327e, 0x46337f, 0x463480, 0x453581,
        0x453781, 0x453882, 0x443983, 0x443a83, 0x443b84, 0x433d84, 0x433e85, 0x423f85,
        0x424086, 0x424186, 0x414287, 0x414487, 0x404588, 0x404688, 0x3f4788, 0x3f4889,
        0x3e4989, 0x3e4a89, 0x3e4c8a, 0x3d4d8a, 0x3d4e8a, 0x3c4f8a, 0x3c508b, 0x3b518b,
        0x3b528b, 0x3a538b, 0x3a548c, 0x39558c, 0x39568c, 0x38588c, 0x38598c, 0x375a8c,
        0x375b8d, 0x365c8d, 0x365d8d, 0x355e8d, 0x355f8d, 0x34608d, 0x34618d, 0x33628d,
        0x33638d, 0x32648e, 0x32658e, 0x31668e, 0x31678e, 0x31688e, 0x30698e, 0x306a8e,
        0x2f6b8e, 0x2f6c8e, 0x2e6d8e, 0x2e6e8e, 0x2e6f8e, 0x2d708e, 0x2d718e, 0x2c718e,
        0x2c728e, 0x2c738e, 0x2b748e, 0x2b758e, 0x2a768e, 0x2a778e, 0x2a788e, 0x29798e,
        0x297a8e, 0x297b8e, 0x287c8e, 0x287d8e, 0x277e8e, 0x277f8e, 0x27808e, 0x26818e,
        0x26828e, 0x26828e, 0x25838e, 0x25848e, 0x25858e, 0x24868e, 0x24878e, 0x23888e,
        0x23898e, 0x238a8d, 0x228b8d, 0x228c8d, 0x228d8d, 0x218e8d, 0x218f8d, 0x21908d,
        0x21918c, 0x20928c, 0x20928c, 0x20938c, 0x1f948c, 0x1f958b, 0x1f968b, 0x1f978b,
        0x1f988b, 0x1f998a, 0x1f9a8a, 0x1e9b8a, 0x1e9c89, 0x1e9d89, 0x1f9e89, 0x1f9f88,
        0x1fa088, 0x1fa188, 0x1fa187, 0x1fa287, 0x20a386, 0x20a486, 0x21a585, 0x21a685,
        0x22a785, 0x22a884, 0x23a983, 0x24aa83, 0x25ab82, 0x25ac82, 0x26ad81, 0x27ad81,
        0x28ae80, 0x29af7f, 0x2ab07f, 0x2cb17e, 0x2db27d, 0x2eb37c, 0x2fb47c, 0x31b57b,
        0x32b67a, 0x34b679, 0x35b779, 0x37b878, 0x38b977, 0x3aba76, 0x3bbb75, 0x3dbc74,
        0x3fbc73, 0x40bd72, 0x42be71, 0x44bf70, 0x46c06f, 0x48c16e, 0x4ac16d, 0x4cc26c,
        0x4ec36b, 0x50c46a, 0x52c569, 0x54c568, 0x56c667, 0x58c765, 0x5ac864, 0x5cc863,
        0x5ec962, 0x60ca60, 0x63cb5f, 0x65cb5e, 0x67cc5c, 0x69cd5b, 0x6ccd5a, 0x6ece58,
        0x70cf57, 0x73d056, 0x75d054, 0x77d153, 0x7ad151, 0x7cd250, 0x7fd34e, 0x81d34d,
        0x84d44b, 0x86d549, 0x89d548, 0x8bd646, 0x8ed645, 0x90d743, 0x93d741, 0x95d840,
        0x98d83e, 0x9bd93c, 0x9dd93b, 0xa0da39, 0xa2da37, 0xa5db36, 0xa8db34, 0xaadc32,
        0xaddc30, 0xb0dd2f, 0xb2dd2d, 0xb5de2b, 0xb8de29, 0xbade28, 0xbddf26, 0xc0df25,
        0xc2df23, 0xc5e021, 0xc8e020, 0xcae11f, 0xcde11d, 0xd0e11c, 0xd2e21b, 0xd5e21a,
        0xd8e219, 0xdae319, 0xdde318, 0xdfe318, 0xe2e418, 0xe5e419, 0xe7e419, 0xeae51a,
        0xece51b, 0xefe51c, 0xf1e51d, 0xf4e61e, 0xf6e620, 0xf8e621, 0xfbe723, 0xfde725
    };

    /** One panel: what it plots and for which cells. */
    private record Panel(String title, String yLabel, SummaryFigure figure, boolean fecOnly) {
    }

    private static final List<Panel> PANELS = List.of(
            new Panel("Frame loss vs loss level", "frames lost (%)", SummaryFigure.FRAME_LOSS_PCT, false),
            new Panel("Tail latency (p99) vs loss level", "capture\u2192receive p99 (ms)",
                    SummaryFigure.LATENCY_P99_MS, false),
            new Panel("FEC recovery rate (recovered / FEC packets received)", "recovery rate (%)",
                    SummaryFigure.RECOVERY_RATE_PCT, true),
            new Panel("Packets recovered by FEC", "recovered packets", SummaryFigure.FEC_RECOVERED, true));

    private SweepChart() {
    }

    /** Draws the four panels of {@code figures} into a new image. */
    public static BufferedImage render(SweepFigures figures) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ChartCanvas.titled(image, TITLE, TITLE_FONT, 50);
        try {
            String xLabel = figures.lossIsInjectedDrop() ? X_INJECTED_DROP : X_BURST_LOSS;
            int top = 70;
            int margin = 10;
            double panelWidth = (WIDTH - 3.0 * margin) / 2;
            double panelHeight = (HEIGHT - top - 2.0 * margin) / 2;
            for (int i = 0; i < PANELS.size(); i++) {
                JFreeChart chart = chart(PANELS.get(i), figures, xLabel);
                double x = margin + (i % 2) * (panelWidth + margin);
                double y = top + (i / 2) * (panelHeight + margin);
                chart.draw(g, new Rectangle2D.Double(x, y, panelWidth, panelHeight));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The colour of FEC config {@code index} of {@code count}: viridis at evenly spaced positions from 0.15
     * to 0.85, looked up as matplotlib does (entry {@code floor(position * 256)}).
     */
    static Color fecColour(int index, int count) {
        double position = count <= 1 ? 0.15 : 0.15 + (0.85 - 0.15) * index / (count - 1);
        int entry = Math.min(VIRIDIS.length - 1, (int) (position * VIRIDIS.length));
        return new Color(VIRIDIS[entry]);
    }

    private static JFreeChart chart(Panel panel, SweepFigures figures, String xLabel) {
        List<String> fecConfigs = figures.configs().stream().filter(c -> !c.equals(SweepCell.BASELINE)).toList();
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (String config : figures.configs()) {
            boolean baseline = config.equals(SweepCell.BASELINE);
            if (baseline && panel.fecOnly()) {
                continue;
            }
            XYSeries series = new XYSeries(config, true, true);
            for (CellFigures c : figures.ofConfig(config)) {
                series.add(c.cell().loss(), panel.figure().of(c.summary()));
            }
            int index = dataset.getSeriesCount();
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, baseline ? BASELINE_GREY : fecColour(fecConfigs.indexOf(config),
                    fecConfigs.size()));
            renderer.setSeriesStroke(index, baseline
                    ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {9f, 6f}, 0f)
                    : new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(index, new Ellipse2D.Double(-6, -6, 12, 12));
            renderer.setLegendShape(index, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
        renderer.setUseFillPaint(false);
        renderer.setDrawOutlines(false);

        NumberAxis x = axis(xLabel);
        // Wide tick-label insets keep JFreeChart from crowding the axes with ticks.
        x.setTickLabelInsets(new RectangleInsets(4, 28, 4, 28));
        NumberAxis y = axis(panel.yLabel());
        y.setTickLabelInsets(new RectangleInsets(14, 4, 14, 4));
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        ChartCanvas.onWhite(plot, GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(panel.fecOnly() ? "no FEC configs" : "no cells");
        plot.setNoDataMessageFont(LABEL_FONT);
        if (dataset.getSeriesCount() > 0) {
            LegendTitle legend = new LegendTitle(plot, new ColumnArrangement(), new ColumnArrangement());
            legend.setItemFont(LEGEND_FONT);
            legend.setBackgroundPaint(new Color(255, 255, 255, 220));
            legend.setFrame(new BlockBorder(new Color(200, 200, 200)));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setMargin(4, 4, 4, 4);
            plot.addAnnotation(legendIn(legendCorner(dataset), legend));
        }

        JFreeChart chart = ChartCanvas.panel(plot, panel.title(), PANEL_FONT);
        chart.setPadding(new RectangleInsets(4, 8, 4, 8));
        return chart;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        // matplotlib's 5% margins: no point sits on the frame.
        axis.setAutoRangeStickyZero(false);
        axis.setLowerMargin(0.05);
        axis.setUpperMargin(0.05);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setTickMarkPaint(Color.BLACK);
        return axis;
    }

    /** The corners in the order a tie is broken: top-left, top-right, bottom-left, bottom-right. */
    private static final List<RectangleAnchor> CORNERS = List.of(
            RectangleAnchor.TOP_LEFT, RectangleAnchor.TOP_RIGHT, RectangleAnchor.BOTTOM_LEFT, RectangleAnchor.BOTTOM_RIGHT);

    /**
     * The corner where a legend of the dataset's size would cover the least of the drawn lines and markers
     * ({@link LegendCorner}): a box about a third wide and one line per series tall.
     */
    private static RectangleAnchor legendCorner(XYSeriesCollection dataset) {
        double boxHeight = 0.06 + 0.055 * dataset.getSeriesCount();
        return LegendCorner.of(dataset, 0.32, boxHeight, Double.NaN, Double.NaN, LegendCorner.MARKED_LINES, CORNERS);
    }

    private static XYTitleAnnotation legendIn(RectangleAnchor corner, LegendTitle legend) {
        boolean left = corner == RectangleAnchor.TOP_LEFT || corner == RectangleAnchor.BOTTOM_LEFT;
        boolean top = corner == RectangleAnchor.TOP_LEFT || corner == RectangleAnchor.TOP_RIGHT;
        XYTitleAnnotation annotation = new XYTitleAnnotation(left ? 0.01 : 0.99, top ? 0.99 : 0.01, legend, corner);
        annotation.setMaxWidth(0.45);
        return annotation;
    }
}
