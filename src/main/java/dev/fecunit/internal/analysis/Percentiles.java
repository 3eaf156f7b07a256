package dev.fecunit.internal.analysis;

import java.util.Arrays;

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
        return sorted[rankIndex(n, p)];
    }

    /**
     * The nearest-rank percentiles of {@code values} (in any order; the array may be reordered) at
     * each of {@code fractions}: the values {@link #nearestRank} picks from the sorted values.
     * There must be at least one value.
     *
     * <p>Integer values spanning a modest range (latencies in microseconds) are counted instead of
     * sorted: one pass over the values and one over the range, several times faster than sorting
     * in a fresh JVM, where {@code summary} runs.
     */
    static long[] nearestRanks(long[] values, double... fractions) {
        int n = values.length;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        long[] picked = new long[fractions.length];
        long range = max - min; // negative on overflow: sorted below
        if (range >= 0 && range < Math.max(4L * n, n >= COUNTED_FROM ? COUNTED_RANGE : 0)) {
            // atOrBelow[i]: how many values are <= min + i
            int[] atOrBelow = new int[(int) range + 1];
            for (long v : values) {
                atOrBelow[(int) (v - min)]++;
            }
            for (int i = 1; i < atOrBelow.length; i++) {
                atOrBelow[i] += atOrBelow[i - 1];
            }
            for (int f = 0; f < fractions.length; f++) {
                checkFraction(fractions[f]);
                picked[f] = min + firstAbove(atOrBelow, rankIndex(n, fractions[f]));
            }
        } else {
            Arrays.sort(values);
            for (int f = 0; f < fractions.length; f++) {
                checkFraction(fractions[f]);
                picked[f] = values[rankIndex(n, fractions[f])];
            }
        }
        return picked;
    }

    /** At least this many values spanning fewer than this many integers are counted (an 8 MB table at most). */
    private static final int COUNTED_RANGE = 1 << 21;
    /**
     * Fewer values than this (a burst's frames) are sorted unless their range is within 4 per value: clearing
     * and summing a table of 10^5 microseconds for 60 frames costs far more than sorting them, and a
     * 720-burst report computes such a table per burst.
     */
    private static final int COUNTED_FROM = 4096;

    /**
     * The 0-based index {@link #nearestRank} picks among {@code n} sorted values, as the seed:
     * {@code min(n-1, floor(n*p))}, for {@code n} at least 1 and {@code p} in 0..1 (not checked here). For the
     * places that pick the rank themselves: pooled blocks, a median with zeros left out, a partly sorted array.
     */
    public static long rankIndex(long n, double p) {
        return Math.min(n - 1, (long) (n * p));
    }

    /** {@link #rankIndex(long, double)} for an array's length. */
    private static int rankIndex(int n, double p) {
        return (int) rankIndex((long) n, p);
    }

    /**
     * How many values of ascending {@code sorted} are at most {@code value} (a binary search): the count a
     * pooled percentile compares with {@link #rankIndex(long, double)}, block by block.
     */
    public static int countAtOrBelow(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose count exceeds {@code rank} (the counts never decrease). */
    private static int firstAbove(int[] atOrBelow, int rank) {
        int lo = 0;
        int hi = atOrBelow.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atOrBelow[mid] > rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The name of percentile {@code p}, the same in every message, table and key: {@code p50} for 0.5,
     * {@code p29} for 0.29, {@code p99.9} for 0.999 (the shortest decimal of {@code p}, moved two places).
     *
     * @throws IllegalArgumentException when {@code p} is outside 0..1
     */
    public static String name(double p) {
        checkFraction(p);
        return "p" + java.math.BigDecimal.valueOf(p).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** Throws a clear error unless {@code p} is a fraction in 0..1. */
    public static void checkFraction(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("Percentile must be a fraction between 0 and 1 (0.95 for p95) but was ["
                    + p + "]");
        }
    }
}
