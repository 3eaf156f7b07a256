package dev.fecunit.verdict;

import dev.fecunit.analysis.Direction;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DecisionTest {

    private static Verdict lowerIsBetter(double estimate, double lower, double upper, double delta) {
        return Decision.verdict(estimate, new Interval(lower, upper), delta, Direction.LOWER_IS_BETTER);
    }

    @Test
    void intervalInsideTheMinimumChangeIsSame() {
        assertThat(lowerIsBetter(0.2, -0.5, 0.9, 1.0)).isEqualTo(Verdict.SAME);
        assertThat(lowerIsBetter(0.0, 0.0, 0.0, 0.0)).isEqualTo(Verdict.SAME);
    }

    @Test
    void increaseBeyondNoiseAndMinimumChangeIsWorseWhenLowerIsBetter() {
        assertThat(lowerIsBetter(3.0, 0.5, 5.0, 1.0)).isEqualTo(Verdict.WORSE);
    }

    @Test
    void decreaseBeyondNoiseAndMinimumChangeIsBetterWhenLowerIsBetter() {
        assertThat(lowerIsBetter(-3.0, -5.0, -0.5, 1.0)).isEqualTo(Verdict.BETTER);
    }

    @Test
    void significantButSmallerThanTheMinimumChangeIsNotWorse() {
        // The interval excludes 0 but the estimate does not reach the minimum change, and the
        // interval reaches beyond it: the change may or may not matter.
        assertThat(lowerIsBetter(0.8, 0.2, 1.5, 1.0)).isEqualTo(Verdict.INCONCLUSIVE);
        // ... and when the whole interval is below the minimum change, it does not matter.
        assertThat(lowerIsBetter(0.5, 0.2, 0.9, 1.0)).isEqualTo(Verdict.SAME);
    }

    @Test
    void intervalContainingZeroIsInconclusiveEvenWithALargeEstimate() {
        assertThat(lowerIsBetter(3.0, -0.5, 6.0, 1.0)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void higherIsBetterTurnsTheVerdictAround() {
        Interval up = new Interval(0.5, 5.0);
        assertThat(Decision.verdict(3.0, up, 1.0, Direction.HIGHER_IS_BETTER)).isEqualTo(Verdict.BETTER);
        assertThat(Decision.verdict(-3.0, new Interval(-5.0, -0.5), 1.0, Direction.HIGHER_IS_BETTER))
                .isEqualTo(Verdict.WORSE);
    }

    @Test
    void moreDataToExcludeZeroScalesWithTheSquareOfTheHalfWidth() {
        // Estimate +2 leans worse; the interval reaches 3 below it; it must shrink to 0.9 * 2: (3/1.8)^2.
        OptionalDouble factor = Decision.moreDataFactor(2.0, new Interval(-1.0, 5.0), 1.0, Direction.LOWER_IS_BETTER);
        assertThat(factor.getAsDouble()).isCloseTo(25.0 / 9, within(1e-12));
    }

    @Test
    void moreDataToShowSameNeedsTheIntervalInsideTheMinimumChange() {
        // Estimate 0.5 with delta 1: room 0.5 above, 1.5 below; half-widths 1.0 and 1.5 -> (1/0.45)^2 wins.
        OptionalDouble factor = Decision.moreDataFactor(0.5, new Interval(-1.0, 1.5), 1.0, Direction.LOWER_IS_BETTER);
        assertThat(factor.getAsDouble()).isCloseTo(Math.pow(1.0 / 0.45, 2), within(1e-12));
    }

    @Test
    void anIntervalTouchingZeroNeedsAMarginOfData() {
        // Lower bound exactly 0 is not beyond the noise: (1.5 / (0.9 * 1.5))^2 = 1.23.
        OptionalDouble factor = Decision.moreDataFactor(1.5, new Interval(0.0, 3.0), 0.5, Direction.LOWER_IS_BETTER);
        assertThat(factor.getAsDouble()).isCloseTo(1 / 0.81, within(1e-12));
    }

    @Test
    void noAmountOfDataDecidesAnEstimateOnTheMinimumChange() {
        assertThat(Decision.moreDataFactor(1.0, new Interval(0.0, 2.0), 1.0, Direction.LOWER_IS_BETTER)).isEmpty();
    }
}
