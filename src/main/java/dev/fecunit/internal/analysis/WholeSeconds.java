package dev.fecunit.internal.analysis;

/**
 * Whole seconds since the start of the measurement window, {@code [T0 + s, T0 + s + 1 s)}: the buckets of
 * the fps series, of the steady range and of the worst second. Exact for every pair of {@code long}
 * microsecond times (a window from 1970, a negative {@code T0_US}, an end of {@code Long.MAX_VALUE}).
 */
public final class WholeSeconds {

    static final long SECOND_US = 1_000_000;

    private WholeSeconds() {
    }

    /** {@code floor((wallUs - t0Us) / 1 s)}, exactly (the difference itself may not fit in a long). */
    public static long of(long t0Us, long wallUs) {
        long seconds = Math.floorDiv(wallUs, SECOND_US) - Math.floorDiv(t0Us, SECOND_US);
        return seconds + Math.floorDiv(Math.floorMod(wallUs, SECOND_US) - Math.floorMod(t0Us, SECOND_US), SECOND_US);
    }

    /** {@code ceil((wallUs - t0Us) / 1 s)}, exactly. */
    public static long ceil(long t0Us, long wallUs) {
        long floor = of(t0Us, wallUs);
        return Math.floorMod(wallUs, SECOND_US) == Math.floorMod(t0Us, SECOND_US) ? floor : floor + 1;
    }

    /** Start of second {@code second}: {@code t0Us + second * 1 s}, saturated at the ends of {@code long}. */
    static long startUs(long t0Us, long second) {
        long offset;
        try {
            offset = Math.multiplyExact(second, SECOND_US);
        } catch (ArithmeticException e) {
            return second < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return Saturating.add(t0Us, offset);
    }
}
