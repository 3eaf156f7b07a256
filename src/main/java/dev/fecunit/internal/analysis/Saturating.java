package dev.fecunit.internal.analysis;

/**
 * Sums and differences of wall-clock microseconds and frame ids that stop at {@link Long#MIN_VALUE} and
 * {@link Long#MAX_VALUE} instead of wrapping around. A hostile file can hold any {@code long} (a window
 * from 1970 to {@code 9223372036854775807}, a frame id of {@code Long.MAX_VALUE}); a wrapped difference
 * would turn it into a negative count, a saturated one stays the largest count there can be.
 */
public final class Saturating {

    private Saturating() {
    }

    /** {@code a + b}, or the nearest {@code long} when the sum does not fit. */
    public static long add(long a, long b) {
        long sum = a + b;
        // Overflow only when both operands have the sign the sum lacks (Hacker's Delight 2-13).
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** {@code a - b}, or the nearest {@code long} when the difference does not fit. */
    public static long subtract(long a, long b) {
        long difference = a - b;
        if (((a ^ b) & (a ^ difference)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return difference;
    }

    /** {@code a - b} as a double, correct to the double nearest the exact difference (no wrap-around). */
    static double difference(long a, long b) {
        long exact = a - b;
        if (((a ^ b) & (a ^ exact)) < 0) {
            return (double) a - (double) b; // beyond 2^63 the double's rounding is the only error
        }
        return exact;
    }
}
