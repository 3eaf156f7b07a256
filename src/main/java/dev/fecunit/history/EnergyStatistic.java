package dev.fecunit.history;

/**
 * The divergence statistic of E-divisive means (Matteson &amp; James 2014, "A nonparametric approach
 * for multiple change point analysis of multivariate data", with exponent α = 1): for a split of a
 * segment into a left part X (m values) and a right part Y (k values),
 *
 * <pre>
 * Q(τ) = m·k/(m+k) · ( 2/(m·k) Σ|Xi − Yj| − Σ_{i&lt;l}|Xi − Xl| / C(m,2) − Σ_{j&lt;l}|Yj − Yl| / C(k,2) )
 * </pre>
 *
 * the scaled energy distance between the two parts. It grows when the parts differ in level (or in
 * spread), needs no assumption of normality, and a single outlier moves it little.
 *
 * <p>Two searches: with Y reaching the end of the segment ({@link Search#TO_END}, as in MongoDB's and
 * Otava's detectors: the most powerful for a step, e.g. one near the newest night), or with Y ending
 * anywhere ({@link Search#ANY_END}, as in Matteson &amp; James's e.divisive: maximising Q over the start
 * τ and the end κ of Y also finds a shift that was later undone, a bad week between good ones). With
 * each value's cumulative distances to the values before it, every (τ, κ) costs O(1): O(n²) time and
 * memory per segment.
 */
final class EnergyStatistic {

    /**
     * A candidate split of {@code values[from, to)}: the right part starts at {@code index}.
     *
     * @param index     the first index of the right part; -1 when the segment is too short to split
     * @param statistic {@code Q} at that split; {@code -∞} when the segment is too short to split
     */
    record Split(int index, double statistic) {
    }

    /** Where the right part of a split may end. */
    enum Search {
        /** Y runs from τ to the end of the segment. */
        TO_END,
        /** Y runs from τ to any κ, keeping at least the minimum number of runs. */
        ANY_END
    }

    private EnergyStatistic() {
    }

    /**
     * The split of {@code values[from, to)} with the largest {@code Q}, each part holding at least
     * {@code minimumRuns} values; ties go to the earlier index.
     */
    static Split bestSplit(double[] values, int from, int to, int minimumRuns, Search search) {
        int n = to - from;
        if (n < 2 * minimumRuns) {
            return new Split(-1, Double.NEGATIVE_INFINITY);
        }
        // before[a * (n + 1) + j] = Σ_{i < j} |x_i − x_a|, indices relative to from
        double[] before = new double[n * (n + 1)];
        for (int a = 0; a < n; a++) {
            double x = values[from + a];
            int row = a * (n + 1);
            for (int j = 0; j < n; j++) {
                before[row + j + 1] = before[row + j] + Math.abs(values[from + j] - x);
            }
        }
        int bestIndex = -1;
        double best = Double.NEGATIVE_INFINITY;
        double left = 0; // Σ over pairs within X = [0, tau)
        for (int tau = 1; tau <= n - minimumRuns; tau++) {
            left += before[(tau - 1) * (n + 1) + tau - 1];
            if (tau < minimumRuns) {
                continue;
            }
            double right = 0;  // Σ over pairs within Y = [tau, kappa)
            double across = 0; // Σ over pairs with one value in X and one in Y
            for (int kappa = tau; kappa < n; kappa++) {
                int row = kappa * (n + 1);
                right += before[row + kappa] - before[row + tau];
                across += before[row + tau];
                int k = kappa + 1 - tau;
                if (k < minimumRuns || search == Search.TO_END && kappa < n - 1) {
                    continue;
                }
                double q = statistic(tau, k, left, right, across);
                if (q > best) {
                    best = q;
                    bestIndex = from + tau;
                }
            }
        }
        return new Split(bestIndex, best);
    }

    private static double statistic(int m, int k, double left, double right, double across) {
        double e = 2 * across / ((double) m * k);
        e -= left / (m * (m - 1) / 2.0);
        e -= right / (k * (k - 1) / 2.0);
        return (double) m * k / (m + k) * e;
    }
}
