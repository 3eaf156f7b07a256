package dev.fecunit.verdict;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StudentTTest {

    @Test
    void quantilesMatchTheTables() {
        assertEquals(12.706204736, StudentT.quantile(0.975, 1), 1e-8);
        assertEquals(2.776445105, StudentT.quantile(0.975, 4), 1e-8);
        assertEquals(2.042272456, StudentT.quantile(0.975, 30), 1e-8);
        assertEquals(-2.776445105, StudentT.quantile(0.025, 4), 1e-8);
    }

    @Test
    void fractionalDegreesOfFreedomFromWelchSatterthwaiteWork() {
        assertEquals(3.574654842, StudentT.quantile(0.975, 2.5), 1e-8);
    }

    @Test
    void manyDegreesOfFreedomApproachTheNormal() {
        assertEquals(1.959963985, StudentT.quantile(0.975, Double.POSITIVE_INFINITY), 1e-8);
        assertEquals(1.959963985, StudentT.quantile(0.975, 1e8), 1e-6);
    }

    @Test
    void fUpperTailMatchesTheTables() {
        assertEquals(0.050077548, StudentT.fUpperTail(4.10, 2, 10), 1e-8);
        assertEquals(0.392695904, StudentT.fUpperTail(1.0, 2, 14), 1e-8);
    }
}
