package dev.fecunit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The labels of one Prometheus series, e.g. {@code {direction="incoming",node_id="ND_1"}}.
 *
 * <p>Values are unescaped ({@code \"} becomes {@code "}); two label sets are equal when they hold
 * the same pairs, whatever their order in the file.
 */
public final class LabelSet {

    private static final LabelSet EMPTY = new LabelSet(Map.of());

    private final Map<String, String> labels;

    private LabelSet(Map<String, String> labels) {
        this.labels = labels;
    }

    /** A label set of these pairs (copied; iteration follows the given order). */
    public static LabelSet of(Map<String, String> labels) {
        return labels.isEmpty() ? EMPTY : new LabelSet(Collections.unmodifiableMap(new LinkedHashMap<>(labels)));
    }

    /** The set without labels (a bare metric name). */
    public static LabelSet empty() {
        return EMPTY;
    }

    /** The value of label {@code name}, or null. */
    public String get(String name) {
        return labels.get(name);
    }

    /** Whether label {@code name} has exactly {@code value}. */
    public boolean has(String name, String value) {
        return value.equals(labels.get(name));
    }

    /** The pairs in file order; never null. */
    public Map<String, String> asMap() {
        return labels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelSet other && labels.equals(other.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels);
    }

    /** Prometheus text form with escaped values: {@code {a="1",b="x\"y"}}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        labels.forEach((k, v) -> {
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
