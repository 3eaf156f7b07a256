package dev.fecunit.internal.format;

/**
 * Python's {@code str.rjust} and {@code str.ljust}, for the seed's table columns; numbers are turned
 * into text by {@link NumberText}.
 */
public final class PythonFormat {

    private PythonFormat() {
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
