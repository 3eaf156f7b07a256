package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameLoss;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.fecunit.internal.analysis.RunWindow.Kind.BURST;
import static dev.fecunit.internal.analysis.RunWindow.Kind.STEADY;

class RunWindowsTest {

    @TempDir
    Path dir;

    @Test
    void cutsTheWindowIntoSteadyAndBurstWindowsClippedToTheMeasurement() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(1_000_000, 20_000_000)
                .event(500_000, "burst_on").event(2_000_000, "burst_off")     // starts before T0
                .event(6_000_000, "burst_on").event(8_000_000, "burst_off")
                .event(19_000_000, "burst_on").event(21_000_000, "burst_off") // ends after T1
                .load();

        assertThat(RunWindows.of(run)).containsExactly(
                new RunWindow(BURST, 0, 1_000_000, 2_000_000),
                new RunWindow(STEADY, 0, 2_000_000, 6_000_000),
                new RunWindow(BURST, 1, 6_000_000, 8_000_000),
                new RunWindow(STEADY, 1, 8_000_000, 19_000_000),
                new RunWindow(BURST, 2, 19_000_000, 20_000_001));
        assertThat(Scope.bursts(run).durationUs()).isEqualTo(1_000_000 + 2_000_000 + 1_000_001);
        assertThat(Scope.outsideBursts(run).durationUs()).isEqualTo(4_000_000 + 11_000_000);
        assertThat(Scope.bursts(run).contains(7_000_000)).isTrue();
        assertThat(Scope.bursts(run).contains(8_000_000)).isFalse();
        assertThat(Scope.outsideBursts(run).contains(8_000_000)).isTrue();
    }

    @Test
    void aRunWithoutBurstsIsOneSteadyWindow() {
        Run run = RunDirectoryBuilder.in(dir.resolve("no-loss")).window(0, 10_000_000).load();

        assertThat(RunWindows.of(run)).containsExactly(new RunWindow(STEADY, 0, 0, 10_000_001));
        assertThat(Scope.bursts(run).durationUs()).isZero();
    }

    @Test
    void figuresOfBurstsAndSteadyTimeAddUpToTheWholeRun() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frames(1, 100, 0, 100_000, 40_000)
                .event(3_000_000, "burst_on").event(5_000_000, "burst_off")
                .load();

        FrameLoss whole = FrameAnalysis.frameLoss(run);
        FrameLoss bursts = FrameAnalysis.frameLoss(run, Scope.bursts(run));
        FrameLoss steady = FrameAnalysis.frameLoss(run, Scope.outsideBursts(run));
        assertThat(bursts.received() + steady.received()).isEqualTo(whole.received());
        assertThat(bursts.received()).isEqualTo(20);
    }
}
