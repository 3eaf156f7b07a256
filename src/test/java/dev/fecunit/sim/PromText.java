package dev.fecunit.sim;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Spelling of series names and values as the Prometheus Go client exposes them. */
final class PromText {

    private PromText() {
    }

    /**
     * A counter value as {@code strconv.FormatFloat(v, 'g', -1, 64)} writes it: plain digits below
     * a million, shortest exponent form from there ({@code 1e+06}, {@code 1.5e+06},
     * {@code 1.2345678e+07}).
     */
    static String value(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("a counter cannot be negative: " + v);
        }
        if (v < 1_000_000) {
            return Long.toString(v);
        }
        String digits = Long.toString(v);
        int exponent = digits.length() - 1;
        String significant = digits.replaceFirst("0+$", "");
        String mantissa = significant.length() == 1
                ? significant
                : significant.charAt(0) + "." + significant.substring(1);
        return mantissa + "e+" + (exponent < 10 ? "0" : "") + exponent;
    }

    /** {@code family{a="…",b="…"}} with labels sorted by name, as the Go client sorts them. */
    static String series(String family, Map<String, String> labels) {
        StringJoiner joined = new StringJoiner(",", family + "{", "}");
        new TreeMap<>(labels).forEach((name, raw) -> joined.add(name + "=\"" + escape(raw) + "\""));
        return joined.toString();
    }

    /** The exposition format's escapes in a label value: backslash, double quote, newline. */
    static String escape(String raw) {
        return raw.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
