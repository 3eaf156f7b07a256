package dev.fecunit.io;

/**
 * Parses sample values in the Prometheus text exposition format: decimal numbers with an
 * optional exponent ({@code 1.5e+06}), and {@code NaN}, {@code +Inf}, {@code -Inf} (case-insensitive,
 * {@code Infinity} too, as Go's {@code strconv.ParseFloat} and Python's {@code float} accept).
 */
public final class PrometheusNumbers {

    private PrometheusNumbers() {
    }

    /**
     * The value of {@code text} (surrounding whitespace ignored).
     *
     * @throws NumberFormatException when {@code text} is not such a number; its message quotes the text
     */
    public static double parse(String text) {
        String s = text.strip();
        int n = s.length();
        if (n > 0 && n <= 15 && allDigits(s)) {
            return Long.parseLong(s); // exact: fewer than 16 digits fit a double's 53 bits
        }
        String word = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (!isDecimal(s)) {
            throw new NumberFormatException("not a Prometheus number: \"" + text + "\"");
        }
        return Double.parseDouble(s);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?} */
    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }
}
