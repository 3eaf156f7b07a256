package dev.fecunit.analysis;

/** The percentile definition used by every figure, table and assertion of fecunit. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The nearest-rank percentile of ascending {@code sorted}: {@code sorted[min(n-1, floor(n*p))]},
     * exactly as the seed computes it; {@code NaN} when there is no value.
     *
     * @param p the fraction, 0..1 (0.95 for p95)
     * @throws IllegalArgumentException when {@code p} is outside 0..1
     */
    public static double nearestRank(double[] sorted, double p) {
        checkFraction(p);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(n - 1, (int) (n * p))];
    }

    /** Throws a clear error unless {@code p} is a fraction in 0..1. */
    public static void checkFraction(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("Percentile must be a fraction between 0 and 1 (0.95 for p95) but was ["
                    + p + "]");
        }
    }
}
