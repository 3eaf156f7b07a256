package dev.fecunit.internal.analysis;

/**
 * A time series for a chart or an assertion: {@code xs} in seconds since the start of the
 * measurement window, {@code ys} in the series' unit. Arrays are owned by the series; do not modify.
 *
 * @param xs x values, ascending
 * @param ys y values, same length as {@code xs}
 */
public record Series(double[] xs, double[] ys) {

    /** Creates a series; the arrays must have the same length. */
    public Series {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + " vs " + ys.length);
        }
    }

    /** Number of points. */
    public int size() {
        return xs.length;
    }

    /** True when the series has no point. */
    public boolean isEmpty() {
        return xs.length == 0;
    }
}
