package dev.fecunit.internal.analysis;

import java.util.Arrays;

/**
 * The correctly rounded sum of doubles (Shewchuk's algorithm, as Python's {@code math.fsum}),
 * so that means equal the seed's {@code statistics.fmean} to the last bit.
 */
public final class ExactSum {

    private double[] partials = new double[8];
    private int count;

    /** Adds {@code value} (finite) to the exact running sum. */
    public void add(double value) {
        double x = value;
        int i = 0;
        for (int j = 0; j < count; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[i++] = lo;
            }
            x = hi;
        }
        if (i == partials.length) {
            partials = Arrays.copyOf(partials, i * 2);
        }
        partials[i] = x;
        count = i + 1;
    }

    /** The exact sum rounded once to the nearest double (half-even). */
    public double value() {
        int n = count;
        if (n == 0) {
            return 0.0;
        }
        n--;
        double hi = partials[n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }
}
