package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @TempDir
    Path dir;

    @Test
    void nearestRanksOfUnsortedValuesAreTheSortedValuesAtTheSeedsIndex() {
        // 10 values: p50 -> index 5, p95 -> index 9 (min(9, 9)), p0 -> index 0, p100 -> index 9.
        long[] values = {70, 10, 100, 40, 20, 90, 30, 60, 50, 80};

        assertThat(Percentiles.nearestRanks(values.clone(), 0.50, 0.95, 0.0, 1.0)).containsExactly(60, 100, 10, 100);
    }

    @Test
    void countedAndSortedPathsPickTheSameValues() {
        Random random = new Random(7);
        long[] narrow = new long[5_000];   // a range of ~10^5: counted
        long[] wide = new long[5_000];     // a range of ~10^12: sorted
        for (int i = 0; i < narrow.length; i++) {
            narrow[i] = 40_000 + random.nextInt(100_000) - (i % 97 == 0 ? 30_000 : 0);
            wide[i] = random.nextLong() % 1_000_000_000_000L;
        }
        for (long[] values : new long[][] {narrow, wide, {Long.MIN_VALUE, 5, Long.MAX_VALUE}, {-3, -3, -3}}) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] fractions = {0.0, 0.01, 0.5, 0.95, 0.99, 1.0};
            long[] expected = new long[fractions.length];
            for (int f = 0; f < fractions.length; f++) {
                expected[f] = sorted[Math.min(sorted.length - 1, (int) (sorted.length * fractions[f]))];
            }
            assertThat(Percentiles.nearestRanks(values.clone(), fractions)).containsExactly(expected);
        }
    }

    @Test
    void nearestRanksRejectsAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> Percentiles.nearestRanks(new long[] {1, 2}, 95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Percentile must be a fraction between 0 and 1 (0.95 for p95) but was [95.0]");
    }

    @Test
    void summaryLatencyFiguresAreTheOnesEachFigureGivesBitForBit() {
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 1_000_000_000);
        Random random = new Random(11);
        for (int i = 1; i <= 2_000; i++) {
            long receive = i * 33_333L;
            builder.frame(receive, i, receive - 20_000 - random.nextInt(90_001)); // latencies of 20.000..110.000 ms
        }
        Run run = builder.load();
        Scope scope = Scope.whole(run);

        FrameAnalysis.LatencyFigures figures = FrameAnalysis.latencyFigures(run, scope);

        assertThat(figures).isEqualTo(new FrameAnalysis.LatencyFigures(
                FrameAnalysis.latencyMeanMs(run, scope),
                FrameAnalysis.latencyPercentileMs(run, scope, 0.50),
                FrameAnalysis.latencyPercentileMs(run, scope, 0.95),
                FrameAnalysis.latencyPercentileMs(run, scope, 0.99)));
        assertThat(FrameAnalysis.latencyFigures(run, Scope.between(0, 1, "before the first frame")))
                .isEqualTo(new FrameAnalysis.LatencyFigures(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
    }
}
