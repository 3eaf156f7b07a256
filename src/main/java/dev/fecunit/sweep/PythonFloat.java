package dev.fecunit.sweep;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Python's {@code float(text)} for the numbers a manifest holds, so loss levels read as the sweep script reads them. */
final class PythonFloat {

    // Python's float literal: digits with single underscores between them, optional fraction and exponent.
    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern LITERAL = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\." + "(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");

    private PythonFloat() {
    }

    /** The finite number {@code text} spells (surrounding whitespace allowed); empty when it is not one. */
    static OptionalDouble parse(String text) {
        String stripped = text.strip();
        if (!LITERAL.matcher(stripped).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(stripped.replace("_", ""));
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
