package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.Series;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnStatisticsTest {

    @TempDir
    Path dir;

    @Test
    void eachColumnGivesItsMedianMeanPercentileAndRangeInAnyInputOrder() {
        // Two columns over 0..2: column 0 holds 5, 1, 3, 2, 4 (x < 1), column 1 holds 10 and 30; NaN left out.
        Series series = new Series(new double[] {0.9, 0.1, 1.5, 0.5, 0.3, 1.2, 0.7, 1.9},
                new double[] {5, 1, 10, 3, 2, 30, 4, Double.NaN});

        ColumnStatistics columns = ColumnStatistics.of(series, 0, 2, 2);

        YIntervalSeries median = columns.median("p50");
        assertThat(median.getItemCount()).isEqualTo(2);
        // sorted[min(n-1, floor(n*p))]: column 0 sorted 1..5, n=5: index 2 -> 3; column 1 sorted 10, 30: index 1 -> 30.
        assertThat(new double[] {median.getYValue(0), median.getYLowValue(0), median.getYHighValue(0)})
                .containsExactly(3, 1, 5);
        assertThat(new double[] {median.getYValue(1), median.getYLowValue(1), median.getYHighValue(1)})
                .containsExactly(30, 10, 30);
        assertThat(median.getX(0).doubleValue()).isEqualTo(0.5);
        YIntervalSeries mean = columns.mean("mean");
        assertThat(new double[] {mean.getYValue(0), mean.getYValue(1)}).containsExactly(3, 20);
        YIntervalSeries p95 = columns.percentile("p95", 0.95, false);
        assertThat(new double[] {p95.getYValue(0), p95.getYLowValue(0), p95.getYHighValue(0)}).containsExactly(5, 5, 5);
    }

    @Test
    void aSeriesIsDenseWithMoreThanEightPointsPerColumn() {
        assertThat(ColumnStatistics.dense(new Series(new double[81], new double[81]), 10)).isTrue();
        assertThat(ColumnStatistics.dense(new Series(new double[80], new double[80]), 10)).isFalse();
    }

    @Test
    void aLongRunsLatencyIsDrawnAsEachColumnsMedianAndP95WithItsRange() {
        // 20,000 frames at 30 fps (667 s): 11 frames per pixel column of the 1820 px chart.
        Run run = RunDirectoryBuilder.in(dir.resolve("long")).window(0, 667_000_000)
                .frames(1, 20_000, 0, 33_333, 40_000).load();

        JFreeChart chart = FecChart.chart(ReportedRun.of(List.of(run)), new ArrayList<>());

        XYPlot latency = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0);
        assertThat(latency.getDataset(0)).isInstanceOf(YIntervalSeriesCollection.class);
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) latency.getDataset(0);
        assertThat(List.of(bands.getSeriesKey(0), bands.getSeriesKey(1))).containsExactly("long latency p50", "long latency p95");
        // Every frame is 40 ms late.
        assertThat(bands.getYValue(0, 100)).isEqualTo(40.0);
        assertThat(((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().getLabel())
                .isEqualTo("seconds since measurement start; each pixel column: line = mean (latency: p50, thin p95),"
                        + " shade = lowest to highest");
    }
}
