package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void lossFollowsSortedDistinctIds() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frame(1_000_000, 10, 960_000)
                .frame(1_100_000, 13, 1_060_000)   // 11, 12 lost
                .frame(1_200_000, 14, 1_160_000)
                .frame(1_300_000, 18, 1_260_000)   // 15..17 lost
                .load();

        assertThat(FrameAnalysis.frameLoss(run)).isEqualTo(new FrameLoss(4, 9, 5, 2));
        assertThat(FrameAnalysis.frameLoss(run).lossPct()).isEqualTo(100.0 * 5 / 9);
        assertThat(FrameAnalysis.gaps(run)).containsExactly(
                new FrameGap(10, 13, 2, 1_100_000), new FrameGap(14, 18, 3, 1_300_000));
    }

    @Test
    void frameIdsNeedNotStartAtOne() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frames(5_000_000_001L, 5_000_000_030L, 1_000_000, 33_333, 40_000)
                .load();

        assertThat(FrameAnalysis.frameLoss(run)).isEqualTo(new FrameLoss(30, 30, 0, 0));
    }

    @Test
    void lossOverAScopeAttributesEachGapToTheFrameAfterIt() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frame(1_000_000, 1, 960_000)
                .frame(2_000_000, 4, 1_960_000)   // gap of 2, noticed at 2.0 s (inside the scope)
                .frame(3_000_000, 5, 2_960_000)
                .frame(5_000_000, 8, 4_960_000)   // gap of 2, noticed at 5.0 s (outside)
                .load();

        Scope scope = Scope.between(1_500_000, 3_500_000, "burst 0");
        assertThat(FrameAnalysis.frameLoss(run, scope)).isEqualTo(new FrameLoss(2, 4, 2, 1));
    }

    @Test
    void latencyMeanAndNearestRankPercentiles() {
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 100_000_000);
        for (int i = 1; i <= 10; i++) {
            builder.frame(i * 1_000_000L + i * 10_000L, i, i * 1_000_000L); // latency i*10 ms
        }
        Run run = builder.load();
        Scope whole = Scope.whole(run);

        assertThat(FrameAnalysis.latencyMeanMs(run, whole)).isEqualTo(55.0);
        assertThat(FrameAnalysis.latencyPercentileMs(run, whole, 0.5)).isEqualTo(60.0); // sorted[5]
        assertThat(FrameAnalysis.latencyPercentileMs(run, whole, 0.95)).isEqualTo(100.0); // sorted[9]
        assertThat(FrameAnalysis.latencyPercentileMs(run, whole, 0.0)).isEqualTo(10.0);
        assertThatThrownBy(() -> FrameAnalysis.latencyPercentileMs(run, whole, 95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Percentile must be a fraction between 0 and 1 (0.95 for p95) but was [95.0]");
    }

    @Test
    void latencyWithoutDataIsNaN() {
        Run run = RunDirectoryBuilder.in(dir.resolve("empty")).window(0, 10_000_000).load();

        RunSummary summary = RunSummary.of(run);
        assertThat(summary.latencyMeanMs()).isNaN();
        assertThat(summary.latencyP99Ms()).isNaN();
        assertThat(summary.framesExpected()).isZero();
        assertThat(summary.frameLossPct()).isZero();
    }

    @Test
    void fpsCountsFramesPerSecondAndShowsEmptySecondsAsZero() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 4_500_000)
                .frame(100_000, 1, 60_000)
                .frame(900_000, 2, 860_000)
                .frame(2_100_000, 3, 2_060_000)   // second 1 has no frame
                .load();

        Series fps = FrameAnalysis.fpsSeries(run);
        assertThat(fps.xs()).containsExactly(0, 1, 2, 3, 4);
        assertThat(fps.ys()).containsExactly(2, 0, 1, 0, 0);
    }

    @Test
    void fpsOfARunWithoutT1EndsAtTheLastFrame() {
        Run run = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(0)
                .frame(100_000, 1, 60_000)
                .frame(2_100_000, 2, 2_060_000)
                .load();

        assertThat(FrameAnalysis.fpsSeries(run).ys()).containsExactly(1, 0, 1);
    }

    @Test
    void exactSumIsCorrectlyRoundedLikePythonsFsum() {
        ExactSum tenths = new ExactSum();
        for (int i = 0; i < 10; i++) {
            tenths.add(0.1);
        }
        assertThat(tenths.value()).isEqualTo(1.0); // a naive loop gives 0.9999999999999999

        ExactSum cancelling = new ExactSum();
        for (double v : new double[] {1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50}) {
            cancelling.add(v);
        }
        assertThat(cancelling.value()).isEqualTo(1e-100);
    }

    @Test
    void wholeRunFiguresAreComputedOnceAndShared() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frames(1, 30, 1_000_000, 33_333, 40_000).load();

        assertThat(RunSummary.of(run)).isSameAs(RunSummary.of(run))
                .isEqualTo(RunSummary.of(run, Scope.whole(run)));
    }
}
