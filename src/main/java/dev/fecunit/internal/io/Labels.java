package dev.fecunit.internal.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels of one series of {@code prom.tsv} as read, unescaped, in file order; equal when they hold the
 * same pairs. {@code dev.fecunit.LabelSet} is what a run shows of them.
 *
 * @param pairs the label names and values, unmodifiable
 */
public record Labels(Map<String, String> pairs) {

    private static final Labels NONE = new Labels(Map.of());

    /** The labels of these pairs (copied; iteration follows the given order). */
    public static Labels of(Map<String, String> pairs) {
        return pairs.isEmpty() ? NONE : new Labels(Collections.unmodifiableMap(new LinkedHashMap<>(pairs)));
    }

    /** No labels (a bare metric name). */
    public static Labels none() {
        return NONE;
    }

    /** The value of label {@code name}, or null. */
    public String get(String name) {
        return pairs.get(name);
    }

    /** Prometheus text form with escaped values, as {@code prom.tsv} writes them: {@code {a="1",b="x\"y"}}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        pairs.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(k).append("=\"")
                    .append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"');
        });
        return out.append('}').toString();
    }
}
