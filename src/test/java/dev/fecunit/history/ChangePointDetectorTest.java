package dev.fecunit.history;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangePointDetectorTest {

    private static final double[] LOW = {1.0, 1.2, 0.9, 1.1, 1.0, 0.8, 1.1, 1.0, 0.9, 1.2};
    private static final double[] HIGH = {3.0, 3.1, 2.9, 3.2, 3.0, 2.8, 3.1, 3.0};

    @Test
    void aStepIsFoundAtTheFirstValueAfterItWithTheSmallestReachablePValue() {
        List<ChangePointDetector.Split> splits = ChangePointDetector.defaults().detect(concat(LOW, HIGH));

        // 199 permutations: no reordering splits as well as the step, so p = 1/200
        assertThat(splits).containsExactly(new ChangePointDetector.Split(10, 0.005));
    }

    @Test
    void twoStepsAreBothFound() {
        double[] series = concat(concat(LOW, HIGH), LOW);

        assertThat(ChangePointDetector.defaults().detect(series)).extracting(ChangePointDetector.Split::index)
                .containsExactly(10, 18);
    }

    @Test
    void noiseAroundOneLevelHasNoChangePoint() {
        double[] series = concat(concat(LOW, LOW), LOW);

        assertThat(ChangePointDetector.defaults().detect(series)).isEmpty();
    }

    @Test
    void oneBadNightIsAnOutlierNotAChangePoint() {
        double[] series = concat(concat(LOW, new double[] {9.0}), LOW);

        assertThat(ChangePointDetector.defaults().detect(series)).isEmpty();
    }

    @Test
    void aChangePointHasMinimumRunsOnEachSide() {
        double[] twoAfter = concat(concat(LOW, LOW), new double[] {3.0, 3.1});
        double[] threeAfter = concat(concat(LOW, LOW), new double[] {3.0, 3.1, 2.9});

        assertThat(ChangePointDetector.defaults().detect(twoAfter)).extracting(ChangePointDetector.Split::index)
                .allSatisfy(index -> assertThat(index).isBetween(3, twoAfter.length - 3));
        assertThat(ChangePointDetector.defaults().detect(threeAfter)).extracting(ChangePointDetector.Split::index)
                .containsExactly(20);
        assertThat(ChangePointDetector.defaults().minimumRuns(2).detect(twoAfter))
                .extracting(ChangePointDetector.Split::index)
                .allSatisfy(index -> assertThat(index).isBetween(2, twoAfter.length - 2));
    }

    @Test
    void theSameSeriesAlwaysGivesTheSameChangePoints() {
        double[] series = concat(concat(LOW, HIGH), LOW);

        assertThat(ChangePointDetector.defaults().detect(series)).isEqualTo(ChangePointDetector.defaults().detect(series));
    }

    @Test
    void theKnobsAreCheckedWithSentences() {
        assertThatThrownBy(() -> ChangePointDetector.defaults().significance(0.7))
                .hasMessage("Significance [0.7] must be between 0 and 0.5, e.g. 0.01");
        assertThatThrownBy(() -> ChangePointDetector.defaults().permutations(10))
                .hasMessage("Permutations [10] must be at least 19");
        assertThatThrownBy(() -> ChangePointDetector.defaults().minimumRuns(1))
                .hasMessage("Minimum runs [1] must be at least 2");
        assertThatThrownBy(() -> ChangePointDetector.defaults().detect(new double[] {1, Double.NaN}))
                .hasMessage("Value [NaN] at index 1 is not a number; leave out the runs without data before"
                        + " detecting change points");
    }

    @Test
    void theEnergyStatisticOfAHandWorkedSplit() {
        // X = {0, 0}, Y = {2, 2}: Σ|X-Y| = 8, within X and Y 0; Q = 2·2/4 · (2·8/4) = 4
        EnergyStatistic.Split split = EnergyStatistic.bestSplit(new double[] {0, 0, 2, 2}, 0, 4, 2, EnergyStatistic.Search.TO_END);

        assertThat(split).isEqualTo(new EnergyStatistic.Split(2, 4.0));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
