package dev.fecunit.verdict;

import dev.fecunit.analysis.Direction;
import dev.fecunit.analysis.Ratio;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DifferenceTest {

    @Test
    void perRunValuesGiveWelchsInterval() {
        // Means 3.133 and 2.233, variances 0.0633 and 0.0633 over 3 runs each: 4 degrees of freedom.
        Difference e = Comparison.estimate(new double[] {3.1, 2.9, 3.4}, new double[] {2.2, 2.0, 2.5}, 0.95);

        assertThat(e.difference()).isCloseTo(0.9, within(1e-12));
        assertThat(e.degreesOfFreedom()).isCloseTo(4.0, within(1e-9));
        assertThat(e.interval().lower()).isCloseTo(0.329494764, within(1e-8));
        assertThat(e.interval().upper()).isCloseTo(1.470505236, within(1e-8));
        assertThat(e.verdict(0.5, Direction.LOWER_IS_BETTER)).isEqualTo(Verdict.WORSE);
        assertThat(e.verdict(0.5, Direction.HIGHER_IS_BETTER)).isEqualTo(Verdict.BETTER);
    }

    @Test
    void aSingleLatestRunBorrowsTheHistorysRunToRunSpread() {
        Difference e = Comparison.estimate(new double[] {3.1}, new double[] {2.2, 2.0, 2.5}, 0.95);

        assertThat(e.interval().lower()).isCloseTo(-0.383655229, within(1e-8));
        assertThat(e.interval().upper()).isCloseTo(2.116988563, within(1e-8));
        assertThat(e.verdict(0.5, Direction.LOWER_IS_BETTER)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void oneValueASideCannotSupportADecision() {
        Difference e = Comparison.estimate(new double[] {3.1}, new double[] {2.2}, 0.95);

        assertThat(e.verdict(0.5, Direction.LOWER_IS_BETTER)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(e.problem()).isEqualTo("one run a side shows no run-to-run spread; give one side at least 2 runs");
    }

    @Test
    void blocksPairedByPositionCancelWhatThePositionsShare() {
        // Block 1 always loses 10 of 100, block 2 always 2 of 100, on both sides, except the candidate's block 2
        // loses 4: the positions differ a lot, the pairs little, so the interval is narrow.
        List<List<Ratio>> candidate = List.of(List.of(new Ratio(10, 100), new Ratio(4, 100), new Ratio(10, 100),
                new Ratio(2, 100)));
        List<List<Ratio>> baseline = List.of(List.of(new Ratio(10, 100), new Ratio(2, 100), new Ratio(10, 100),
                new Ratio(2, 100)));

        Difference e = Comparison.estimateBlocks(candidate, baseline, 0.95);

        assertThat(e.difference()).isCloseTo(26.0 / 400 - 24.0 / 400, within(1e-12));
        assertThat(e.noise()).isEqualTo("blocks paired by position between candidate and baseline");
        assertThat(e.degreesOfFreedom()).isCloseTo(3.0, within(1e-9));
        // Pulls differ by (-0.5, 1.5, -0.5, -0.5) / 400: standard error 0.005 (unpaired it would be 0.0231), t = 3.182.
        assertThat(e.interval().lower()).isCloseTo(0.005 - 3.182446305 * 0.005, within(1e-9));
        assertThat(e.interval().upper()).isCloseTo(0.005 + 3.182446305 * 0.005, within(1e-9));
    }

    private static List<Ratio> blocks(double... numerators) {
        return java.util.Arrays.stream(numerators).mapToObj(n -> new Ratio(n, 100)).toList();
    }

    @Test
    void runsThatDifferMoreThanTheirBlocksExplainGiveTheNoiseThemselves() {
        // The candidate's runs are flat inside but far apart (10, 20, 30 %): the F test (F = 8 on 2 and 16
        // degrees of freedom, p = 0.0039) hands the noise to the runs: variance 1/300, 2 degrees of freedom.
        double[] flat = new double[8];
        List<List<Ratio>> candidate = new java.util.ArrayList<>();
        for (double level : new double[] {10, 20, 30}) {
            java.util.Arrays.fill(flat, level);
            candidate.add(blocks(flat.clone()));
        }
        java.util.Arrays.fill(flat, 20);
        List<List<Ratio>> baseline = List.of(blocks(flat.clone()), blocks(flat.clone()), blocks(flat.clone()));

        Difference e = Comparison.estimateBlocks(candidate, baseline, 0.95);

        assertThat(e.noise()).isEqualTo("candidate: the runs (they differ more than their blocks explain, F test"
                + " p = 0.003906); baseline: blocks at the same position in each run");
        assertThat(e.degreesOfFreedom()).isCloseTo(2.0, within(1e-9));
        assertThat(e.interval().lower()).isCloseTo(-0.248413771, within(1e-8));
        assertThat(e.interval().upper()).isCloseTo(0.248413771, within(1e-8));
    }

    @Test
    void theLatestRunIsTakenAsNoisyAsOneRunOfItsHistory() {
        // History: three runs whose positions scatter by one point (variance of the mean 1/120000, 8 degrees
        // of freedom); the latest run alone: three times that, 1/40000. Welch: 12.8 degrees of freedom.
        List<List<Ratio>> history = List.of(blocks(10, 12, 10, 12), blocks(12, 10, 12, 10), blocks(11, 11, 11, 11));
        List<List<Ratio>> latest = List.of(blocks(11, 11, 11, 11));

        Difference e = Comparison.estimateBlocks(latest, history, 0.95);

        assertThat(e.noise())
                .isEqualTo("blocks at the same position in each run, the single run as noisy as one of them");
        assertThat(e.degreesOfFreedom()).isCloseTo(12.8, within(1e-9));
        assertThat(e.interval().upper()).isCloseTo(0.012492734, within(1e-8));
    }
}
