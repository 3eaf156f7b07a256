package dev.fecunit.internal.sweep;

import dev.fecunit.sweep.Sweep;
import dev.fecunit.sweep.TinySweep;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SweepVerdictsTest {

    @TempDir
    Path dir;

    @Test
    void namesTheFecCellsThatLoseAsManyFramesAsTheBaselineOrMore() {
        Path sweepDir = TinySweep.in(dir)
                .cell("b1", "baseline", "0.1", "-", "-", 10, Set.of(3L, 4L), 0, 0)     // 20%
                .cell("f1", "fec", "0.1", "30", "random", 10, Set.of(5L), 20, 5)       // 10%: beats it
                .cell("g1", "fec", "0.1", "30", "bursty", 10, Set.of(5L, 6L), 20, 5)   // 20%: ties
                .cell("b2", "baseline", "0.2", "-", "-", 10, Set.of(3L), 0, 0)         // 10%
                .cell("f2", "fec", "0.2", "30", "random", 10, Set.of(3L, 5L, 7L), 20, 5) // 30%: loses
                .write();

        SweepVerdicts verdicts = SweepVerdicts.of(Sweep.load(sweepDir));

        assertThat(verdicts.comparisons()).extracting(c -> c.fec().cell().leaf()).containsExactly("g1", "f1", "f2");
        assertThat(verdicts.fecNotBeatingBaseline()).extracting(BaselineComparison::describe).containsExactly(
                "FEC r30/bursty at loss 0.1 (g1) lost 20.00% of frames (2 of 10); the baseline (b1) lost 20.00% (2 of 10)",
                "FEC r30/random at loss 0.2 (f2) lost 30.00% of frames (3 of 10); the baseline (b2) lost 10.00% (1 of 10)");
        assertThat(verdicts.fecCellsWithoutBaseline()).isEmpty();
    }

    @Test
    void aFecCellWithoutAUsableBaselineIsListedRatherThanPassing() {
        Path sweepDir = TinySweep.in(dir)
                .row("gone\tbaseline\t0.1\t-\t-")
                .cell("f1", "fec", "0.1", "30", "random", 10, Set.of(5L), 20, 5)
                .write();

        SweepVerdicts verdicts = SweepVerdicts.of(Sweep.load(sweepDir));

        assertThat(verdicts.comparisons()).isEmpty();
        assertThat(verdicts.fecCellsWithoutBaseline()).extracting(c -> c.cell().leaf()).containsExactly("f1");
    }

    @Test
    void namesTheStepsWhereMoreProtectionLosesMoreFrames() {
        Path sweepDir = TinySweep.in(dir)
                .cell("r10", "fec", "0.1", "10", "random", 10, Set.of(2L, 3L), 20, 5)  // 20%
                .cell("r50", "fec", "0.1", "50", "random", 10, Set.of(2L, 3L, 4L), 20, 5) // 30%: worse
                .cell("r30", "fec", "0.1", "30", "random", 10, Set.of(2L), 20, 5)      // 10%
                .cell("b10", "fec", "0.1", "10", "bursty", 10, Set.of(), 20, 5)        // other mask: own steps
                .cell("s10", "fec", "0.2", "10", "random", 10, Set.of(), 20, 5)        // other loss level
                .write();

        SweepVerdicts verdicts = SweepVerdicts.of(Sweep.load(sweepDir));

        assertThat(verdicts.protectionSteps()).extracting(s -> s.lower().cell().leaf() + "<" + s.higher().cell().leaf())
                .containsExactly("r10<r30", "r30<r50");
        assertThat(verdicts.frameLossRisingWithProtection()).extracting(ProtectionStep::describe).containsExactly(
                "FEC r50/random at loss 0.1 (r50) lost 30.00% of frames, more than FEC r30/random at loss 0.1 (r30) with 10.00%");
        assertThat(verdicts.cellsWhere(c -> c.summary().framesLost() == 0)).extracting(c -> c.cell().leaf())
                .containsExactly("b10", "s10");
    }
}
