package dev.fecunit.verdict;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StudentTTest {

    @Test
    void quantilesMatchTheTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706204736, within(1e-8));
        assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.776445105, within(1e-8));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042272456, within(1e-8));
        assertThat(StudentT.quantile(0.025, 4)).isCloseTo(-2.776445105, within(1e-8));
    }

    @Test
    void fractionalDegreesOfFreedomFromWelchSatterthwaiteWork() {
        assertThat(StudentT.quantile(0.975, 2.5)).isCloseTo(3.574654842, within(1e-8));
    }

    @Test
    void manyDegreesOfFreedomApproachTheNormal() {
        assertThat(StudentT.quantile(0.975, Double.POSITIVE_INFINITY)).isCloseTo(1.959963985, within(1e-8));
        assertThat(StudentT.quantile(0.975, 1e8)).isCloseTo(1.959963985, within(1e-6));
    }

    @Test
    void fUpperTailMatchesTheTables() {
        assertThat(StudentT.fUpperTail(4.10, 2, 10)).isCloseTo(0.050077548, within(1e-8));
        assertThat(StudentT.fUpperTail(1.0, 2, 14)).isCloseTo(0.392695904, within(1e-8));
    }
}
