package dev.fecunit.internal.io;

import dev.fecunit.internal.format.NumberText;

/**
 * Parses sample values in the Prometheus text exposition format: decimal numbers with an
 * optional exponent ({@code 1.5e+06}), and {@code NaN}, {@code +Inf}, {@code -Inf} (case-insensitive,
 * {@code Infinity} too, as Go's {@code strconv.ParseFloat} and Python's {@code float} accept).
 */
final class PrometheusNumbers {

    private PrometheusNumbers() {
    }

    /**
     * The value of {@code text} (surrounding whitespace ignored), read as the seed reads it ({@link NumberText#parse}).
     *
     * @throws NumberFormatException when {@code text} is not such a number; its message quotes the text
     */
    public static double parse(String text) {
        return NumberText.parse(text).orElseThrow(() -> new NumberFormatException("not a Prometheus number: \"" + text + "\""));
    }
}
