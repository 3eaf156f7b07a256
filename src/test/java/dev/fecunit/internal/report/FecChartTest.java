package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FecChartTest {

    @TempDir
    Path dir;

    private List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    private static List<String> legend(XYPlot panel) {
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = panel.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    private static List<String> notes(XYPlot panel) {
        List<String> notes = new ArrayList<>();
        for (XYAnnotation a : panel.getAnnotations()) {
            if (a instanceof XYTitleAnnotation t && t.getTitle() instanceof TextTitle text) {
                notes.add(text.getText());
            }
        }
        return notes;
    }

    @Test
    void drawsTheSeedsFourPanelsWithItsTitlesLegendsAndSuptitle() {
        List<ReportedRun> runs = ReportedRun.of(List.of(ReportRuns.baseline(dir), ReportRuns.fec(dir)));

        JFreeChart chart = FecChart.chart(runs, new ArrayList<>());

        assertThat(chart.getTitle().getText())
                .isEqualTo("FlexFEC publisher\u2192SFU recovery \u2014 base loss 0.01 / burst 0.3 for 2s every 5s, codec h264");
        List<XYPlot> panels = panels(chart);
        assertThat(panels).extracting(p -> p.getDomainAxis(1).getLabel()).containsExactly(
                "Frame latency (vertical lines: frame-id gaps = lost frames, red shading: loss bursts)",
                "FlexFEC at the SFU", "NACK and reported packet loss", "Delivered frame rate at subscriber");
        assertThat(panels).extracting(p -> p.getRangeAxis().getLabel()).containsExactly(
                "capture\u2192receive latency (ms)", "FEC packets/s", "packets/s", "frames/s");
        assertThat(chart.getPlot()).isInstanceOf(CombinedDomainXYPlot.class);
        assertThat(((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().getLabel())
                .isEqualTo("seconds since measurement start");
        assertThat(legend(panels.get(0))).containsExactly("baseline latency", "fec latency");
        assertThat(legend(panels.get(1))).containsExactly("fec received/s", "fec recovered/s",
                "fec recovery_failed/s", "fec unused/s");
        assertThat(legend(panels.get(2))).containsExactly("baseline nack/s", "baseline packet_loss/s",
                "fec nack/s", "fec packet_loss/s");
        assertThat(legend(panels.get(3))).containsExactly("baseline fps", "fec fps");
    }

    @Test
    void marksEveryFrameGapWithTheSeedsWidthAndShadesTheLastRunsBursts() {
        List<ReportedRun> runs = ReportedRun.of(List.of(ReportRuns.baseline(dir), ReportRuns.fec(dir)));

        List<XYPlot> panels = panels(FecChart.chart(runs, new ArrayList<>()));

        List<Float> widths = new ArrayList<>();
        for (Object m : panels.get(0).getDomainMarkers(Layer.BACKGROUND)) {
            if (m instanceof ValueMarker gap) {
                widths.add(((java.awt.BasicStroke) gap.getStroke()).getLineWidth());
            }
        }
        // baseline lost 10 frames in one gap: min(0.5 + 10 * 0.3, 3) = 3; fec lost 2: 0.5 + 0.6 = 1.1.
        assertThat(widths).containsExactly(3.0f, 1.1f);
        for (XYPlot panel : panels) {
            assertThat(panel.getDomainMarkers(Layer.BACKGROUND)).filteredOn(IntervalMarker.class::isInstance)
                    .filteredOn(m -> !(m instanceof FecChart.FreezeMarker))
                    .singleElement().satisfies(m -> {
                        assertThat(((IntervalMarker) m).getStartValue()).isEqualTo(4.0);
                        assertThat(((IntervalMarker) m).getEndValue()).isEqualTo(6.0);
                    });
        }
    }

    @Test
    void marksEachFreezeOnTheFpsPanelOnly() {
        List<ReportedRun> runs = ReportedRun.of(List.of(ReportRuns.baseline(dir), ReportRuns.fec(dir)));

        List<XYPlot> panels = panels(FecChart.chart(runs, new ArrayList<>()));

        // baseline: frame 140 (received 139 x 33.333 ms + 40 ms) then frame 151 (150 x 33.333 ms + 40 ms): a Δ of
        // 366.663 ms against an average of (29 x 33.333 + 366.663) / 30 = 44.4 ms, so a freeze (3 x avg = 133 ms).
        // fec: ids 145-146 lost, Δ 99.999 ms < avg + 150 ms: no freeze. The band is wider than 3 px: not padded.
        assertThat(panels.get(3).getDomainMarkers(Layer.BACKGROUND)).filteredOn(FecChart.FreezeMarker.class::isInstance)
                .singleElement().satisfies(m -> {
                    assertThat(((IntervalMarker) m).getStartValue()).isCloseTo(4.673287, within(1e-9));
                    assertThat(((IntervalMarker) m).getEndValue()).isCloseTo(5.03995, within(1e-9));
                });
        for (XYPlot panel : panels.subList(0, 3)) {
            assertThat(panel.getDomainMarkers(Layer.BACKGROUND)).noneMatch(FecChart.FreezeMarker.class::isInstance);
        }
    }

    @Test
    void colourRunsAsTheSeedAndGiveOtherNamesColoursOfTheirOwn() {
        Run baseline = ReportRuns.baseline(dir);
        Run fec = ReportRuns.fec(dir);
        Run other = RunDirectoryBuilder.in(dir.resolve("fec-regressed")).window(0, 1).load();
        Run another = RunDirectoryBuilder.in(dir.resolve("x/fec")).window(0, 1).load();

        var colours = FecChart.colours(List.of(baseline, fec, other, another));

        assertThat(colours.get(baseline)).isEqualTo(new Color(0x888888));
        assertThat(colours.get(fec)).isEqualTo(new Color(0x1f77b4));
        assertThat(colours.values()).doesNotHaveDuplicates();
    }

    @Test
    void runsOfTheSameNameAreToldApartByTheirParentDirectoryInLegends() {
        Run burst = RunDirectoryBuilder.in(dir.resolve("burst-ab/fec")).window(0, 10_000_000)
                .frames(1, 20, 1_000_000, 33_333, 40_000).load();
        Run uniform = RunDirectoryBuilder.in(dir.resolve("uniform-ab/fec")).window(0, 10_000_000)
                .frames(1, 20, 1_000_000, 33_333, 40_000).load();

        List<XYPlot> panels = panels(FecChart.chart(ReportedRun.of(List.of(burst, uniform, uniform)), new ArrayList<>()));

        assertThat(legend(panels.get(3))).containsExactly("burst-ab/fec fps", "uniform-ab/fec fps",
                "uniform-ab/fec fps (2)");
    }

    @Test
    void runsWithoutFecFramesOrCountersGetNotesInsteadOfLines() {
        Run empty = RunDirectoryBuilder.in(dir.resolve("empty")).window(0, 10_000_000).withoutPromFile().load();
        List<String> problems = new ArrayList<>();

        List<XYPlot> panels = panels(FecChart.chart(ReportedRun.of(List.of(empty)), problems));

        assertThat(notes(panels.get(0))).containsExactly("no frames with a capture time in these runs");
        assertThat(notes(panels.get(1))).containsExactly("no FlexFEC packets in these runs");
        assertThat(notes(panels.get(2))).containsExactly("no NACK or packet-loss counters in these runs");
        assertThat(problems).containsExactly(
                "Run [empty] has no frames in its measurement window; the latency and fps panels show nothing for it",
                "Run [empty] has no Prometheus counters (prom.tsv); the FlexFEC and NACK panels show nothing for it");
    }

    @Test
    void aLegendMovesToTheCornerWhereItHidesTheFewestPoints() {
        DefaultXYDataset fps = new DefaultXYDataset();
        // 30 fps from 0 s to 10 s, then a freeze at the end: the seed's lower-right legend would hide it.
        double[] xs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] ys = {30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 0};
        fps.addSeries("fps", new double[][] {xs, ys});

        assertThat(FecChart.legendCorner(fps, RectangleAnchor.BOTTOM_RIGHT, 0, 10, 2, 12))
                .isEqualTo(RectangleAnchor.BOTTOM_LEFT);
    }

    @Test
    void aLegendStaysInTheSeedsCornerWhenNoCornerIsBetter() {
        DefaultXYDataset flat = new DefaultXYDataset();
        flat.addSeries("middle", new double[][] {{0, 5, 10}, {0, 50, 100}});
        flat.addSeries("edges", new double[][] {{5, 5}, {0, 100}});

        assertThat(FecChart.legendCorner(flat, RectangleAnchor.BOTTOM_RIGHT, -10, 20, 2, 12))
                .isEqualTo(RectangleAnchor.BOTTOM_RIGHT);
    }

    @Test
    void theImageHasTheSeedsSizeAndEachPanelShowsItsRunsColours() {
        List<ReportedRun> runs = ReportedRun.of(List.of(ReportRuns.baseline(dir), ReportRuns.fec(dir)));
        ChartRenderingInfo info = new ChartRenderingInfo();

        BufferedImage image = FecChart.render(runs, new ArrayList<>(), info);

        assertThat(image.getWidth()).isEqualTo(1820);
        assertThat(image.getHeight()).isEqualTo(2080);
        assertThat(info.getPlotInfo().getSubplotCount()).isEqualTo(4);
        Rectangle2D[] areas = new Rectangle2D[4];
        for (int i = 0; i < 4; i++) {
            areas[i] = info.getPlotInfo().getSubplotInfo(i).getDataArea();
        }
        Color blue = new Color(0x1f77b4);
        Color grey = new Color(0x888888);
        // Latency dots are 70% opaque over white.
        assertThat(hasColour(image, areas[0], blend(blue, 0.7f))).as("fec latency dots").isTrue();
        assertThat(hasColour(image, areas[0], blend(grey, 0.7f))).as("baseline latency dots").isTrue();
        assertThat(hasColour(image, areas[1], new Color(0x2ca02c))).as("recovered/s line").isTrue();
        assertThat(hasColour(image, areas[1], new Color(0xd62728))).as("recovery_failed/s line").isTrue();
        assertThat(hasColour(image, areas[2], grey)).as("baseline nack/s line").isTrue();
        assertThat(hasColour(image, areas[3], blue)).as("fec fps line").isTrue();
        // The burst shade: 8% red over white.
        assertThat(hasColour(image, areas[3], blend(Color.RED, 0.08f))).as("burst shading").isTrue();
    }

    private static Color blend(Color c, float alpha) {
        return new Color(Math.round(c.getRed() * alpha + 255 * (1 - alpha)),
                Math.round(c.getGreen() * alpha + 255 * (1 - alpha)), Math.round(c.getBlue() * alpha + 255 * (1 - alpha)));
    }

    /** Whether a pixel within {@code area} (in points) is within a small distance of {@code colour}. */
    private static boolean hasColour(BufferedImage image, Rectangle2D area, Color colour) {
        int x0 = (int) Math.ceil(area.getMinX() * FecChart.SCALE) + 2;
        int x1 = (int) Math.floor(area.getMaxX() * FecChart.SCALE) - 2;
        int y0 = (int) Math.ceil(area.getMinY() * FecChart.SCALE) + 2;
        int y1 = (int) Math.floor(area.getMaxY() * FecChart.SCALE) - 2;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color c = new Color(image.getRGB(x, y));
                int d = Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue());
                if (d <= 12) {
                    return true;
                }
            }
        }
        return false;
    }
}
