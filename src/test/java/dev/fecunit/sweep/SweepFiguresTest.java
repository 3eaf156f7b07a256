package dev.fecunit.sweep;

import dev.fecunit.Diagnostic;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SweepFiguresTest {

    @TempDir
    Path dir;

    @Test
    void eachCellCarriesItsRunsSummaryFigures() {
        Path sweepDir = TinySweep.in(dir)
                .cell("b/baseline", "baseline", "0.1", "-", "-", 10, Set.of(3L, 4L), 0, 0)
                .cell("f/fec", "fec", "0.1", "30", "random", 10, Set.of(5L), 20, 5)
                .write();

        SweepFigures figures = Sweep.load(sweepDir).figures();

        assertThat(figures.skipped()).isEmpty();
        CellFigures baseline = figures.cells().get(0);
        assertThat(baseline.summary().framesExpected()).isEqualTo(10);
        assertThat(baseline.summary().framesLost()).isEqualTo(2);
        assertThat(baseline.summary().frameLossPct()).isEqualTo(20.0);
        assertThat(baseline.summary().recoveryRatePct()).isEqualTo(0.0);
        CellFigures fec = figures.cells().get(1);
        assertThat(fec.summary().frameLossPct()).isEqualTo(10.0);
        assertThat(fec.summary().fecReceived()).isEqualTo(20.0);
        assertThat(fec.summary().recoveryRatePct()).isEqualTo(25.0);
        assertThat(fec.summary().latencyP99Ms()).isEqualTo(40.0);
        assertThat(fec).hasToString("FEC r30/random at loss 0.1 (f/fec): lost 1 of 10 frames (10.00%)");
    }

    @Test
    void aMissingRunDirectoryOrARunWithoutFramesIsSkippedWithAWarningNamingIt() {
        Path sweepDir = TinySweep.in(dir)
                .cell("ok/fec", "fec", "0.1", "30", "random", 10, Set.of(), 0, 0)
                .row("gone/fec\tfec\t0.2\t30\trandom")
                .row("empty/fec\tfec\t0.3\t30\trandom")
                .write();
        RunDirectoryBuilder.in(sweepDir.resolve("empty/fec")).window(0, 10_000_000).frame(20_000_000, 1, 19_000_000)
                .write();

        SweepFigures figures = Sweep.load(sweepDir).figures();

        assertThat(figures.cells()).extracting(c -> c.cell().leaf()).containsExactly("ok/fec");
        Path root = sweepDir.toAbsolutePath().normalize();
        assertThat(figures.skipped()).containsExactly(
                new Diagnostic("manifest.tsv", 3, "cell [gone/fec] (FEC r30/random at loss 0.2) skipped: run directory "
                        + root.resolve("gone/fec") + " does not exist"),
                new Diagnostic("manifest.tsv", 4, "cell [empty/fec] (FEC r30/random at loss 0.3) skipped: run directory "
                        + root.resolve("empty/fec") + " has no frames in its measurement window"));
    }

    @Test
    void csvOrderIsLossThenConfigInCharacterOrderAndTableOrderPutsTheBaselineFirst() {
        Path sweepDir = TinySweep.in(dir)
                .cell("a", "baseline", "0.5", "-", "-", 5, Set.of(), 0, 0)
                .cell("b", "fec", "0.5", "30", "random", 5, Set.of(), 0, 0)
                .cell("c", "fec", "0.1", "30", "random", 5, Set.of(), 0, 0)
                .cell("d", "baseline", "0.1", "-", "-", 5, Set.of(), 0, 0)
                .cell("e", "fec", "0.1", "10", "bursty", 5, Set.of(), 0, 0)
                .write();

        SweepFigures figures = Sweep.load(sweepDir).figures();

        assertThat(figures.inCsvOrder()).extracting(c -> c.cell().leaf()).containsExactly("e", "c", "d", "b", "a");
        assertThat(figures.inTableOrder()).extracting(c -> c.cell().leaf()).containsExactly("d", "e", "c", "a", "b");
        assertThat(figures.configs()).containsExactly("baseline", "FEC r10/bursty", "FEC r30/random");
        assertThat(figures.ofConfig("FEC r30/random")).extracting(c -> c.cell().leaf()).containsExactly("c", "b");
    }

    @Test
    void lossLevelsAreInjectedDropsWhenTheFirstCellSetsDebugDrop() {
        Path plain = TinySweep.in(dir.resolve("plain")).cell("a", "fec", "5", "30", "random", 5, Set.of(), 0, 0).write();
        Path injected = TinySweep.in(dir.resolve("injected")).cell("a", "fec", "5", "30", "random", 5, Set.of(), 0, 0)
                .write();
        RunDirectoryBuilder.in(injected.resolve("a")).meta("DEBUG_DROP", "5").window(0, 10_000_000)
                .frames(1, 5, 1_000_000, 33_000, 40_000).write();

        assertThat(Sweep.load(plain).figures().lossIsInjectedDrop()).isFalse();
        assertThat(Sweep.load(injected).figures().lossIsInjectedDrop()).isTrue();
    }
}
