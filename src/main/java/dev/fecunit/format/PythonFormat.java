package dev.fecunit.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code "{:.Nf}".format(x)} for doubles: the exact binary value rounded half-even
 * ({@code 12.25} prints {@code 12.2}, {@code 0.125} prints {@code 0.12}), {@code nan}, {@code inf},
 * and a minus sign kept on negative values that round to zero ({@code -0.0}).
 */
public final class PythonFormat {

    private PythonFormat() {
    }

    /** {@code value} with {@code decimals} digits after the point, as Python formats it. */
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

    /** {@code text} right-aligned in {@code width} columns (never truncated), as {@code str.rjust}. */
    public static String rjust(String text, int width) {
        int pad = width - text.codePointCount(0, text.length());
        return pad > 0 ? " ".repeat(pad) + text : text;
    }

    /** {@code text} left-aligned in {@code width} columns (never truncated), as {@code str.ljust}. */
    public static String ljust(String text, int width) {
        int pad = width - text.codePointCount(0, text.length());
        return pad > 0 ? text + " ".repeat(pad) : text;
    }
}
