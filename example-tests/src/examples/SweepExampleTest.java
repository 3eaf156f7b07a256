package examples;

import dev.fecunit.analysis.RunSummary;
import dev.fecunit.junit.SweepDir;
import dev.fecunit.junit.SweepSource;
import dev.fecunit.sweep.LossLevelPair;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.sweep.SweepCell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.List;

import static dev.fecunit.assertj.FecAssertions.assertThat;

/**
 * Tests over a whole parameter sweep ({@code sweep-small}: burst loss 0.15 / 0.30 / 0.50, a baseline and
 * FEC at rate 30 with random and bursty masks). When one fails, the sweep report (sweep_report.png and
 * sweep_summary.csv) is attached to the failure.
 */
class SweepExampleTest {

    @Test
    void everyCellOfTheSweepRan(@SweepDir("sweep-small") Sweep sweep) {
        assertThat(sweep).hasNoSkippedCells();
    }

    /** One test per FEC cell, beside the baseline at its loss level. */
    @ParameterizedTest
    @SweepSource(value = "sweep-small", each = SweepSource.Each.BASELINE_PAIR)
    void fecNeedsFewerNacksThanTheBaseline(LossLevelPair pair) {
        assertThat(pair.fec().run()).hasFewerNacksThan(pair.baseline().run());
    }

    /** One test per FEC cell of the manifest (the baselines send no FEC). */
    @ParameterizedTest
    @SweepSource(value = "sweep-small", each = SweepSource.Each.FEC_CELL)
    void everyFecCellRecoversPackets(SweepCell cell) {
        assertThat(RunSummary.of(cell.run()).fecRecovered()).isPositive();
    }

    /**
     * On this sample, FEC beats the baseline only at burst loss 0.30, so the whole-sweep assertion
     * {@code assertThat(sweep).everyFecConfigLosesFewerFramesThanTheBaseline()} would fail, naming the cells.
     */
    @Test
    void atBurstLoss30PercentEveryFecConfigLosesFewerFrames(@SweepDir("sweep-small") Sweep sweep) {
        List<LossLevelPair> at30Percent = sweep.baselinePairs().stream()
                .filter(pair -> pair.fec().loss() == 0.30)
                .toList();
        assertThat(at30Percent)
                .hasSize(2)
                .allSatisfy(pair -> assertThat(pair.fec().run()).hasLowerFrameLossRateThan(pair.baseline().run()));
    }
}
