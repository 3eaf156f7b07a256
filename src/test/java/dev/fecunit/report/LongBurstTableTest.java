package dev.fecunit.report;

import dev.fecunit.Run;
import dev.fecunit.internal.report.FecChart;
import dev.fecunit.internal.report.ReportedRun;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A long run's per-burst table stays usable: its first page as HTML, every row as data the page pages through. */
class LongBurstTableTest {

    @TempDir
    Path dir;

    private Run runWithBursts(int bursts) {
        // One burst every 2 s, 1 s long, over frames at 10 fps.
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve("long")).window(0, bursts * 2_000_000L + 1_000_000)
                .frames(1, bursts * 20L + 10, 0, 100_000, 40_000);
        for (int i = 0; i < bursts; i++) {
            b.event(i * 2_000_000L + 500_000, "burst_on").event(i * 2_000_000L + 1_500_000, "burst_off");
        }
        return b.load();
    }

    @Test
    void moreThanTwoHundredBurstsGiveFiftyHtmlRowsAndEveryRowAsData() throws Exception {
        ReportFiles files = Report.write(List.of(runWithBursts(201)), dir.resolve("out"));

        Document page = Jsoup.parse(files.html().toFile(), "UTF-8");
        assertThat(page.select("table.bursts tbody tr[data-from]")).hasSize(50);
        assertThat(page.select("table.bursts tbody tr:not([data-from]) td:first-child").eachText())
                .containsExactly("all bursts", "all steady");
        String rows = page.selectFirst("table.bursts + script.burst-rows").data();
        assertThat(rows).startsWith("[[0.5,1.5,\"1\",\"0.5\u20131.5\",\"10\",\"0\"").contains("[400.5,401.5,\"201\",");
        assertThat(rows.split("\n")).hasSize(201);
    }

    @Test
    void twoHundredBurstsAreAllHtmlRows() throws Exception {
        ReportFiles files = Report.write(List.of(runWithBursts(200)), dir.resolve("out"));

        Document page = Jsoup.parse(files.html().toFile(), "UTF-8");
        assertThat(page.select("table.bursts tbody tr[data-from]")).hasSize(200);
        assertThat(page.select("script.burst-rows")).isEmpty();
    }

    @Test
    void burstsCloserThanFourPixelsOnAverageAreNotShadedOnThePng() {
        // 500 bursts over 1001 s: one every 3.6 px of the 1820 px chart.
        Run run = runWithBursts(500);

        JFreeChart chart = FecChart.chart(ReportedRun.of(List.of(run)), new ArrayList<>());

        for (XYPlot panel : ((CombinedDomainXYPlot) chart.getPlot()).getSubplots()) {
            // JFreeChart gives null for a panel without markers.
            java.util.Collection<?> markers = panel.getDomainMarkers(Layer.BACKGROUND);
            assertThat(markers == null ? List.of() : markers).noneMatch(IntervalMarker.class::isInstance);
        }
    }
}
