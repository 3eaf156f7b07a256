package dev.fecunit.format;

/**
 * Python's {@code "{:.Nf}".format(x)} for doubles: the exact binary value rounded half-even
 * ({@code 12.25} prints {@code 12.2}, {@code 0.125} prints {@code 0.12}), {@code nan}, {@code inf},
 * and a minus sign kept on negative values that round to zero ({@code -0.0}).
 */
public final class PythonFormat {

    private PythonFormat() {
    }

    /** {@code value} with {@code decimals} digits after the point, as Python formats it ({@link NumberText#fixed}). */
    public static String fixed(double value, int decimals) {
        return NumberText.fixed(value, decimals);
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
