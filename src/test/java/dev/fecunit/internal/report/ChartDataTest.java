package dev.fecunit.internal.report;

import dev.fecunit.internal.analysis.Series;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ChartDataTest {

    @TempDir
    Path dir;

    @Test
    void eachColumnKeepsItsLowestAndHighestRealPointInTimeOrderWhateverTheInputOrder() {
        // 4000 columns over 0..4000 s: one column per second.
        Series series = new Series(new double[] {1.9, 1.1, 1.5, 7.2, 1.3, 9.0, 9.5},
                new double[] {50, 40, 45, 30, 90, Double.NaN, 1e308});

        Series reduced = ChartData.reduce(series, 0, 4000);

        assertThat(reduced.xs()).containsExactly(1.1, 1.3, 7.2);
        assertThat(reduced.ys()).containsExactly(40, 90, 30);
    }

    @Test
    void aMillionPointsBecomeAtMostTwoPerColumn() {
        int n = 1_000_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i * 0.01;
            ys[i] = i % 7;
        }

        Series reduced = ChartData.reduce(new Series(xs, ys), 0, 10_000);

        assertThat(reduced.size()).isEqualTo(2 * ChartData.COLUMNS);
        assertThat(reduced.ys()).containsOnly(0.0, 6.0);
    }

    @Test
    void numbersAreWrittenToTheMillisecondWithoutTrailingZeros() {
        assertThat(ChartData.number(12.5)).isEqualTo("12.5");
        assertThat(ChartData.number(40)).isEqualTo("40");
        assertThat(ChartData.number(-2.25)).isEqualTo("-2.25");
        assertThat(ChartData.number(1234.56789)).isEqualTo("1234.568");
        assertThat(ChartData.number(0.001)).isEqualTo("0.001");
        assertThat(ChartData.number(-0.0004)).isEqualTo("0");
        assertThat(ChartData.number(Double.NaN)).isEqualTo("null");
    }

    @Test
    void stringsCannotEndTheScriptElementThatHoldsThem() {
        assertThat(ChartData.string("a</script>\"b\\")).isEqualTo("\"a\\u003c/script\\u003e\\\"b\\\\\"");
    }

    @Test
    void theDocumentHoldsTheFourPanelsTheBurstsAndTheFreezes() {
        List<ReportedRun> runs = ReportedRun.of(List.of(ReportRuns.baseline(dir), ReportRuns.fec(dir)));

        String json = ChartData.json(FecChart.Panels.of(runs, new ArrayList<>()), "a title", "baseline against fec: MODE=x");

        // The axis as on the PNG: 0 s to the last frame at 9.96 s, 2.5 % of that added each side.
        assertThat(json).startsWith("{\"title\":\"a title\",\"differences\":\"baseline against fec: MODE=x\","
                        + "\"xLabel\":\"seconds since measurement start\",\"xMin\":-0.249,\"xMax\":10.223,\"columnS\":0.003,"
                        + "\"bursts\":[[4,6]],\"panels\":[{\"id\":\"latency\"")
                .contains("{\"id\":\"fec\",\"title\":\"FlexFEC at the SFU\"", "{\"id\":\"loss\"", "{\"id\":\"fps\"")
                // 3 recovered a second, at the end of each of the nine whole intervals between polls.
                .contains("\"label\":\"fec recovered/s\",\"colour\":\"rgba(44,160,44,1)\",\"points\":false,\"width\":1.8,"
                        + "\"dash\":false,\"x\":[1,2,3,4,5,6,7,8,9],\"y\":[3,3,3,3,3,3,3,3,3]}")
                // The baseline's freeze (4.673-5.040 s) as a band in its grey.
                .contains("\"bands\":[[4.673,5.04,\"rgba(136,136,136,0.35)\"]]")
                // The baseline's 10-frame gap and the fec run's 2-frame gap, the seed's widths 3 and 1.1, each at the
                // first frame after it: baseline frame 151 at 150 x 33.333 + 40 ms, fec frame 147 at 146 x 33.333 + 40 ms.
                .contains("\"gaps\":[[5.04,3,\"rgba(136,136,136,0.5)\"],[4.907,1.1,\"rgba(31,119,180,0.5)\"]]");
    }
}
