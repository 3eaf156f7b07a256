package dev.fecunit.verdict;

import dev.fecunit.internal.analysis.Percentiles;

import java.util.Arrays;
import java.util.List;

/**
 * The nearest-rank percentile ({@link Percentiles#nearestRank}: {@code sorted[min(n-1, floor(n·p))]})
 * of the multiset in which block {@code b}'s values appear {@code weights[b]} times, found without
 * building that multiset: a binary search over the distinct values of all blocks, counting how many
 * pooled values lie at or below each candidate. A resample then costs a few thousand operations
 * instead of a sort of every frame.
 */
final class PooledPercentile implements Metric.Estimator {

    private final double[][] blocks;
    private final double[] candidates;
    private final double p;

    PooledPercentile(List<double[]> sortedBlocks, double p) {
        this.blocks = sortedBlocks.toArray(new double[0][]);
        this.p = p;
        int total = 0;
        for (double[] b : blocks) {
            total += b.length;
        }
        double[] all = new double[total];
        int k = 0;
        for (double[] b : blocks) {
            System.arraycopy(b, 0, all, k, b.length);
            k += b.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || Double.compare(all[i], all[distinct - 1]) != 0) {
                all[distinct++] = all[i];
            }
        }
        this.candidates = Arrays.copyOf(all, distinct);
    }

    @Override
    public double value(int[] weights) {
        long n = 0;
        for (int b = 0; b < blocks.length; b++) {
            n += (long) weights[b] * blocks[b].length;
        }
        if (n == 0) {
            return Double.NaN;
        }
        long rank = Percentiles.rankIndex(n, p);
        int lo = 0;
        int hi = candidates.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (countAtOrBelow(candidates[mid], weights) > rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return candidates[lo];
    }

    private long countAtOrBelow(double value, int[] weights) {
        long count = 0;
        for (int b = 0; b < blocks.length; b++) {
            if (weights[b] != 0) {
                count += (long) weights[b] * Percentiles.countAtOrBelow(blocks[b], value);
            }
        }
        return count;
    }
}
