package dev.fecunit.verdict;

import dev.fecunit.internal.analysis.Percentiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PooledPercentileTest {

    @Test
    void equalsTheNearestRankPercentileOfTheWeightedMultiset() {
        List<double[]> blocks = List.of(new double[] {1, 5, 9}, new double[] {2, 2, 7}, new double[] {}, new double[] {3});
        SplittableRandom random = new SplittableRandom(7);
        for (double p : new double[] {0.0, 0.5, 0.95, 0.99, 1.0}) {
            PooledPercentile pooled = new PooledPercentile(blocks, p);
            for (int trial = 0; trial < 50; trial++) {
                int[] weights = new int[blocks.size()];
                for (int b = 0; b < weights.length; b++) {
                    weights[b] = random.nextInt(3);
                }
                List<Double> all = new ArrayList<>();
                for (int b = 0; b < blocks.size(); b++) {
                    for (int w = 0; w < weights[b]; w++) {
                        Arrays.stream(blocks.get(b)).forEach(all::add);
                    }
                }
                double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                assertEquals(Percentiles.nearestRank(sorted, p), pooled.value(weights), 0.0,
                        "p=" + p + " weights=" + Arrays.toString(weights));
            }
        }
    }

    @Test
    void noValuesGiveNaN() {
        assertEquals(Double.NaN, new PooledPercentile(List.of(new double[] {4}), 0.5).value(new int[] {0}));
    }
}
