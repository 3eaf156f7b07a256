package dev.fecunit.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers turned into text, once for all of fecunit: the seed's Python formats (tables), the
 * plain numbers of failure messages, the significant digits of verdicts and stored baselines,
 * and JSON numbers.
 */
public final class NumberText {

    private NumberText() {
    }

    /**
     * Python's {@code "{:.Nf}".format(x)}: the exact binary value rounded half-even ({@code 12.25} prints
     * {@code 12.2}, {@code 0.125} prints {@code 0.12}), {@code nan}, {@code inf}, and a minus sign kept on
     * negative values that round to zero ({@code -0.0}).
     */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && decimals >= 0 && !(value == 0.0 && 1.0 / value < 0)) {
            // A whole number (frame and packet counts): no rounding to do, so no BigDecimal (a per-burst table
            // formats thousands of them).
            String whole = Long.toString((long) value);
            return decimals == 0 ? whole : whole + "." + "0".repeat(decimals);
        }
        String digits = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).abs().toPlainString();
        boolean negative = value < 0 || (value == 0.0 && 1.0 / value < 0);
        return negative ? "-" + digits : digits;
    }
}
