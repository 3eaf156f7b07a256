package dev.fecunit.assertj;

import dev.fecunit.Run;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.fecunit.assertj.FecAssertions.absoluteTolerance;
import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.relativeTolerance;

/** The README's example, as a user writes it: one static import, burst scoping, soft assertions. */
@ExtendWith(SoftAssertionsExtension.class)
class FecAssertionsExampleTest {

    @TempDir
    Path runs;

    @InjectSoftAssertions
    FecSoftAssertions softly;

    Run baseline;
    Run fec;

    @BeforeEach
    void loadRuns() {
        baseline = AbRuns.baseline(runs);
        fec = AbRuns.fec(runs);
    }

    @Test
    void flexfec_beats_the_baseline_where_it_matters() {
        assertThat(fec).isWellFormed()
                .losesFewerFramesThan(baseline)
                .hasNoMoreNacksThan(baseline)
                .hasLatencyPercentileNoHigherThan(0.95, baseline, absoluteTolerance(10))
                .hasNoInvalidFecPackets();
        assertThat(fec).duringBursts()
                .losesFewerFramesThan(baseline)
                .recoversAtLeast(5)
                .hasRecoveryRateAtLeast(25.0);
        assertThat(fec).outsideBursts().losesNoMoreFramesThan(baseline, relativeTolerance(1.0));
        assertThat(fec).latencyPercentileMs(0.99).isLessThan(250.0);
        assertThat(List.of(fec.name(), baseline.name())).containsExactly("fec", "baseline"); // plain AssertJ
    }

    @Test
    void every_failed_check_is_reported_at_once() {
        softly.assertThat(fec).losesAtMostFrames(3).deliversAtLeastFps(9);
        softly.assertThat(fec).hasLatencyPercentileBelow(0.99, Duration.ofMillis(200));
        softly.assertThat(fec).duringBursts().framesLost().isLessThanOrEqualTo(1);
    }
}
