package dev.fecunit.history;

import java.util.SplittableRandom;

/**
 * The significance of a segment's best split, as in E-divisive means: how often a random
 * reordering of the same values (no change by construction) splits at least as well. The p-value is
 * {@code (1 + permutations at least as extreme) / (1 + permutations drawn)}. The permutations are
 * seeded, so the same series always gives the same answer; drawing stops early once the split can
 * no longer be significant, which makes the common case (no change) cheap.
 */
final class PermutationTest {

    private PermutationTest() {
    }

    /**
     * The p-value of {@code observed}, the best {@link EnergyStatistic} of {@code values[from, to)}.
     *
     * @param permutations at most this many reorderings are drawn
     * @param significance the level the caller decides at, used only to stop early: the p-value
     *                     returned is exact when at most {@code significance}, and above it otherwise
     */
    static double pValue(double[] values, int from, int to, double observed, int minimumRuns,
                         int permutations, double significance, long seed,
                         EnergyStatistic.Search search) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] shuffled = new double[to - from];
        System.arraycopy(values, from, shuffled, 0, shuffled.length);
        int atLeast = 0;
        int limit = (int) Math.floor(significance * (permutations + 1)) - 1; // more than this: not significant
        int drawn = 0;
        while (drawn < permutations) {
            shuffle(shuffled, random);
            drawn++;
            if (EnergyStatistic.bestSplit(shuffled, 0, shuffled.length, minimumRuns, search).statistic() >= observed) {
                atLeast++;
                if (atLeast > limit) {
                    break;
                }
            }
        }
        return (1.0 + atLeast) / (1.0 + drawn);
    }

    private static void shuffle(double[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
