package dev.fecunit.assertj;

import dev.fecunit.sweep.Sweep;
import dev.fecunit.sweep.TinySweep;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

class SweepAssertTest {

    @TempDir
    Path dir;

    @Test
    void passesWhenEveryFecConfigBeatsTheBaselineAtEveryLevel() {
        Sweep sweep = Sweep.load(TinySweep.in(dir)
                .cell("b1", "baseline", "0.1", "-", "-", 10, Set.of(3L, 4L), 0, 0)
                .cell("f1", "fec", "0.1", "30", "random", 10, Set.of(5L), 20, 5)
                .write());

        assertThat(sweep).hasNoSkippedCells().everyFecConfigLosesFewerFramesThanTheBaseline()
                .frameLossNeverRisesWithTheProtectionRate();
    }

    @Test
    void namesEveryFecCellThatDoesNotBeatItsBaseline() {
        Path sweepDir = TinySweep.in(dir)
                .cell("b1", "baseline", "0.1", "-", "-", 10, Set.of(3L, 4L), 0, 0)
                .cell("f1", "fec", "0.1", "30", "random", 10, Set.of(5L), 20, 5)
                .cell("g1", "fec", "0.1", "30", "bursty", 10, Set.of(5L, 6L), 20, 5)
                .cell("f2", "fec", "0.2", "30", "random", 10, Set.of(5L), 20, 5)
                .write();
        Sweep sweep = Sweep.load(sweepDir);

        assertThatThrownBy(() -> assertThat(sweep).everyFecConfigLosesFewerFramesThanTheBaseline())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""

                        Expecting every FEC config of sweep:
                          %s
                        to lose a smaller share of frames than the baseline at its loss level,
                        but 1 of 2 does not:
                          FEC r30/bursty at loss 0.1 (g1) lost 20.00%% of frames (2 of 10); the baseline (b1) lost 20.00%% (2 of 10)
                        and 1 FEC cell has no usable baseline at its loss level:
                          FEC r30/random at loss 0.2 (f2): lost 1 of 10 frames (10.00%%)""".formatted(sweepDir));
    }

    @Test
    void aSweepWithoutBaselinesCannotPass() {
        Path sweepDir = TinySweep.in(dir).cell("b1", "baseline", "0.1", "-", "-", 10, Set.of(), 0, 0).write();

        assertThatThrownBy(() -> assertThat(Sweep.load(sweepDir)).everyFecConfigLosesFewerFramesThanTheBaseline())
                .hasMessage("""

                        Expecting every FEC config of sweep:
                          %s
                        to lose a smaller share of frames than the baseline at its loss level,
                        but the sweep has no FEC cell with a usable baseline at its loss level.""".formatted(sweepDir));
    }

    @Test
    void namesTheStepsWhereMoreProtectionLostMoreFrames() {
        Path sweepDir = TinySweep.in(dir)
                .cell("r10", "fec", "0.1", "10", "random", 10, Set.of(2L, 3L), 20, 5)
                .cell("r30", "fec", "0.1", "30", "random", 10, Set.of(2L, 3L, 4L), 20, 5)
                .cell("r50", "fec", "0.1", "50", "random", 10, Set.of(2L), 20, 5)
                .write();

        assertThatThrownBy(() -> assertThat(Sweep.load(sweepDir)).frameLossNeverRisesWithTheProtectionRate())
                .hasMessage("""

                        Expecting the frame loss of sweep:
                          %s
                        never to rise with the FEC protection rate (same loss level and mask),
                        but it rose in 1 of 2 steps:
                          FEC r30/random at loss 0.1 (r30) lost 30.00%% of frames, more than FEC r10/random at loss 0.1 (r10) with 20.00%%""".formatted(sweepDir));
    }

    @Test
    void namesTheSkippedCells() {
        Path sweepDir = TinySweep.in(dir).cell("b1", "baseline", "0.1", "-", "-", 10, Set.of(), 0, 0)
                .row("gone\tfec\t0.1\t30\trandom").row("short row").write();

        assertThatThrownBy(() -> assertThat(Sweep.load(sweepDir)).hasNoSkippedCells())
                .hasMessage("""

                        Expecting every cell of sweep:
                          %s
                        to be usable,
                        but 2 were skipped:
                          manifest.tsv:4: row has 1 tab-separated fields but the header has 5; row skipped
                          manifest.tsv:3: cell [gone] (FEC r30/random at loss 0.1) skipped: run directory %s does not exist"""
                        .formatted(sweepDir, sweepDir.toAbsolutePath().normalize().resolve("gone")));
    }

    @Test
    void theOneStaticImportStillServesRunsAndPlainAssertJ() {
        assertThat(java.util.List.of(1, 2)).hasSize(2);
    }
}
