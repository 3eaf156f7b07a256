package dev.fecunit.verdict;

import dev.fecunit.internal.analysis.Percentiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PooledPercentileTest {

    private static final List<double[]> BLOCKS =
            List.of(new double[] {1, 5, 9}, new double[] {2, 2, 7}, new double[] {}, new double[] {3});

    @Test
    void picksTheSeedsNearestRankOfTheBlocksRepeatedByTheirWeights() {
        // Weights 1, 2, 0, 1 pool 1 5 9 | 2 2 7 2 2 7 | 3, sorted 1 2 2 2 2 3 5 7 7 9 (n = 10);
        // the index is min(n - 1, floor(n * p)).
        int[] weights = {1, 2, 0, 1};

        assertThat(new PooledPercentile(BLOCKS, 0.0).value(weights)).isEqualTo(1.0);
        assertThat(new PooledPercentile(BLOCKS, 0.45).value(weights)).isEqualTo(2.0);
        assertThat(new PooledPercentile(BLOCKS, 0.5).value(weights)).isEqualTo(3.0);
        assertThat(new PooledPercentile(BLOCKS, 0.7).value(weights)).isEqualTo(7.0);
        assertThat(new PooledPercentile(BLOCKS, 0.95).value(weights)).isEqualTo(9.0);
        assertThat(new PooledPercentile(BLOCKS, 1.0).value(weights)).isEqualTo(9.0);
    }

    @Test
    void equalsTheNearestRankPercentileOfTheWeightedMultiset() {
        SplittableRandom random = new SplittableRandom(7);
        for (double p : new double[] {0.0, 0.5, 0.95, 0.99, 1.0}) {
            PooledPercentile pooled = new PooledPercentile(BLOCKS, p);
            for (int trial = 0; trial < 50; trial++) {
                int[] weights = new int[BLOCKS.size()];
                for (int b = 0; b < weights.length; b++) {
                    weights[b] = random.nextInt(3);
                }
                List<Double> all = new ArrayList<>();
                for (int b = 0; b < BLOCKS.size(); b++) {
                    for (int w = 0; w < weights[b]; w++) {
                        Arrays.stream(BLOCKS.get(b)).forEach(all::add);
                    }
                }
                double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                // within(0.0): the same value, NaN (no values drawn) included
                assertThat(pooled.value(weights)).as("p=" + p + " weights=" + Arrays.toString(weights))
                        .isCloseTo(Percentiles.nearestRank(sorted, p), within(0.0));
            }
        }
    }

    @Test
    void noValuesGiveNaN() {
        assertThat(new PooledPercentile(List.of(new double[] {4}), 0.5).value(new int[] {0})).isNaN();
    }
}
