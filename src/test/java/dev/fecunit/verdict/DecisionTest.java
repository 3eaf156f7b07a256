package dev.fecunit.verdict;

import dev.fecunit.analysis.Direction;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionTest {

    private static Verdict lowerIsBetter(double estimate, double lower, double upper, double delta) {
        return Decision.verdict(estimate, new Interval(lower, upper), delta, Direction.LOWER_IS_BETTER);
    }

    @Test
    void intervalInsideTheMinimumChangeIsSame() {
        assertEquals(Verdict.SAME, lowerIsBetter(0.2, -0.5, 0.9, 1.0));
        assertEquals(Verdict.SAME, lowerIsBetter(0.0, 0.0, 0.0, 0.0));
    }

    @Test
    void increaseBeyondNoiseAndMinimumChangeIsWorseWhenLowerIsBetter() {
        assertEquals(Verdict.WORSE, lowerIsBetter(3.0, 0.5, 5.0, 1.0));
    }

    @Test
    void decreaseBeyondNoiseAndMinimumChangeIsBetterWhenLowerIsBetter() {
        assertEquals(Verdict.BETTER, lowerIsBetter(-3.0, -5.0, -0.5, 1.0));
    }

    @Test
    void significantButSmallerThanTheMinimumChangeIsNotWorse() {
        // The interval excludes 0 but the estimate does not reach the minimum change, and the
        // interval reaches beyond it: the change may or may not matter.
        assertEquals(Verdict.INCONCLUSIVE, lowerIsBetter(0.8, 0.2, 1.5, 1.0));
        // ... and when the whole interval is below the minimum change, it does not matter.
        assertEquals(Verdict.SAME, lowerIsBetter(0.5, 0.2, 0.9, 1.0));
    }

    @Test
    void intervalContainingZeroIsInconclusiveEvenWithALargeEstimate() {
        assertEquals(Verdict.INCONCLUSIVE, lowerIsBetter(3.0, -0.5, 6.0, 1.0));
    }

    @Test
    void higherIsBetterTurnsTheVerdictAround() {
        Interval up = new Interval(0.5, 5.0);
        assertEquals(Verdict.BETTER, Decision.verdict(3.0, up, 1.0, Direction.HIGHER_IS_BETTER));
        assertEquals(Verdict.WORSE, Decision.verdict(-3.0, new Interval(-5.0, -0.5), 1.0, Direction.HIGHER_IS_BETTER));
    }

    @Test
    void moreDataToExcludeZeroScalesWithTheSquareOfTheHalfWidth() {
        // Estimate +2 leans worse; the interval reaches 3 below it; it must shrink to 0.9 * 2: (3/1.8)^2.
        OptionalDouble factor = Decision.moreDataFactor(2.0, new Interval(-1.0, 5.0), 1.0, Direction.LOWER_IS_BETTER);
        assertEquals(25.0 / 9, factor.getAsDouble(), 1e-12);
    }

    @Test
    void moreDataToShowSameNeedsTheIntervalInsideTheMinimumChange() {
        // Estimate 0.5 with delta 1: room 0.5 above, 1.5 below; half-widths 1.0 and 1.5 -> (1/0.45)^2 wins.
        OptionalDouble factor = Decision.moreDataFactor(0.5, new Interval(-1.0, 1.5), 1.0, Direction.LOWER_IS_BETTER);
        assertEquals(Math.pow(1.0 / 0.45, 2), factor.getAsDouble(), 1e-12);
    }

    @Test
    void anIntervalTouchingZeroNeedsAMarginOfData() {
        // Lower bound exactly 0 is not beyond the noise: (1.5 / (0.9 * 1.5))^2 = 1.23.
        OptionalDouble factor = Decision.moreDataFactor(1.5, new Interval(0.0, 3.0), 0.5, Direction.LOWER_IS_BETTER);
        assertEquals(1 / 0.81, factor.getAsDouble(), 1e-12);
    }

    @Test
    void noAmountOfDataDecidesAnEstimateOnTheMinimumChange() {
        assertTrue(Decision.moreDataFactor(1.0, new Interval(0.0, 2.0), 1.0, Direction.LOWER_IS_BETTER).isEmpty());
    }
}
