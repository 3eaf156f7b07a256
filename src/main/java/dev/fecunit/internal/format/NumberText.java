package dev.fecunit.internal.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Numbers to text and text to numbers, once for all of fecunit: the seed's Python formats (tables),
 * the plain numbers of failure messages, the significant digits of verdicts and stored baselines, the
 * shortest text of a double (JSON, diagnostics), and Python's {@code float(text)} (the seed reads
 * {@code prom.tsv} and the sweep script reads {@code manifest.tsv} with it).
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

    /**
     * A limit or argument as a person writes it: {@code 32}, {@code 2.5}, {@code 33} for 33.000000000000004
     * (six significant digits, half-even), {@code NaN}, {@code Infinity}.
     */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * {@code digits} significant digits (half-up), no exponent, no trailing zeros: {@code 0}, {@code 2.26},
     * {@code ∞}, {@code -∞}; {@code withoutValue} for {@code NaN} (e.g. {@code n/a}, {@code none}).
     */
    public static String significant(double value, int digits, String withoutValue) {
        if (Double.isNaN(value)) {
            return withoutValue;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : "-\u221e";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** {@link #significant} with a sign on positive values: {@code +1.5}, {@code -0.25}, {@code 0}. */
    public static String signed(double value, int digits, String withoutValue) {
        String text = significant(value, digits, withoutValue);
        return value > 0 ? "+" + text : text;
    }

    /** A percentage with two decimals and its sign, as failure messages print it: {@code 10.33%}. */
    public static String percent(double percent) {
        return fixed(percent, 2) + "%";
    }

    /**
     * A figure as verdicts, histories and their reports print it: four significant digits, no exponent, no
     * trailing zeros ({@code 2.26}, {@code 15.44}); {@code n/a} for NaN.
     */
    public static String figure(double value) {
        return significant(value, 4, "n/a");
    }

    /** {@link #figure} with a sign on positive values: {@code +3.833}, {@code -0.416}, {@code 0}. */
    public static String signedFigure(double value) {
        return signed(value, 4, "n/a");
    }

    /**
     * At most three decimals, rounded half up, without trailing zeros ({@code 12.5}, {@code 40}, {@code -0.001}):
     * a millisecond on a time axis in seconds, and short, since a report page holds hundreds of thousands of
     * them; {@code withoutValue} for NaN and infinities, the plain double from 10^15 on.
     */
    public static String thousandths(double value, String withoutValue) {
        if (!Double.isFinite(value)) {
            return withoutValue;
        }
        if (Math.abs(value) >= 1e15) {
            return Double.toString(value);
        }
        long thousandths = Math.round(value * 1000);
        StringBuilder text = new StringBuilder();
        if (thousandths < 0) {
            text.append('-');
            thousandths = -thousandths;
        }
        text.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            text.append('.');
            String digits = Long.toString(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append(digits, 0, end);
        }
        return text.toString();
    }

    /**
     * The shortest text that reads back as the same double, whole numbers without a point:
     * {@code 1670}, {@code 0.1}, {@code 1.5E20}, {@code NaN} (JSON writes {@code null} for the non-finite).
     */
    public static String shortest(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * The shortest decimal that reads back as the same finite double, never with an exponent (CSV cells):
     * {@code 0.1}, {@code 150000000000000000000} for 1.5E20, {@code 0.00000010} for 1.0E-7, {@code 2.0} for 2.
     */
    public static String shortestPlain(double value) {
        return new BigDecimal(Double.toString(value)).toPlainString();
    }

    /**
     * Python's {@code float(text)} for ASCII text, as the seed reads {@code prom.tsv} values and the sweep
     * script reads {@code manifest.tsv}: surrounding whitespace, a sign, digits with single underscores
     * between them, an optional fraction and exponent ({@code 1.5e+06}, {@code .5}, {@code 5.}), and
     * {@code nan}, {@code inf}, {@code infinity} in any case; empty when the text is not such a number.
     */
    public static OptionalDouble parse(String text) {
        String s = text.strip();
        int n = s.length();
        if (n > 0 && n <= 15 && allDigits(s)) {
            return OptionalDouble.of(Long.parseLong(s)); // exact: fewer than 16 digits fit a double's 53 bits
        }
        boolean negative = n > 0 && s.charAt(0) == '-';
        String word = n > 0 && (s.charAt(0) == '+' || negative) ? s.substring(1) : s;
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (word.equalsIgnoreCase("nan")) {
            return OptionalDouble.of(Double.NaN);
        }
        if (!isDecimal(s)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(s.indexOf('_') < 0 ? s : s.replace("_", "")));
    }

    /** {@link #parse} of a finite number: empty for {@code nan}, {@code inf} and text that is no number. */
    public static OptionalDouble parseFinite(String text) {
        OptionalDouble value = parse(text);
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
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

    /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, digits with single underscores between. */
    private static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int end = digits(s, i);
        int intDigits = end - i;
        i = end;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            end = digits(s, i + 1);
            fracDigits = end - i - 1;
            i = end;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            end = digits(s, i);
            if (end <= i) {
                return false;
            }
            i = end;
        }
        return i == n;
    }

    /**
     * The end of the digits starting at {@code from} (underscores allowed singly between digits);
     * {@code from} when there are none.
     */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if (c == '_' && i > from && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
