package dev.fecunit;

import dev.fecunit.internal.io.Labels;

import java.util.Map;
import java.util.Objects;

/**
 * The labels of one Prometheus series, e.g. {@code {direction="incoming",node_id="ND_1"}}.
 *
 * <p>Values are unescaped ({@code \"} becomes {@code "}); two label sets are equal when they hold
 * the same pairs, whatever their order in the file.
 */
public final class LabelSet {

    private static final LabelSet EMPTY = new LabelSet(Labels.none());

    private final Labels labels;

    private LabelSet(Labels labels) {
        this.labels = labels;
    }

    /** A label set of these pairs (copied; iteration follows the given order). */
    public static LabelSet of(Map<String, String> labels) {
        return of(Labels.of(labels));
    }

    /** The label set of labels as read from {@code prom.tsv}. */
    static LabelSet of(Labels labels) {
        return labels.pairs().isEmpty() ? EMPTY : new LabelSet(labels);
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
        return labels.pairs();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelSet other && labels.pairs().equals(other.labels.pairs());
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels.pairs());
    }

    /** Prometheus text form with escaped values: {@code {a="1",b="x\"y"}}. */
    @Override
    public String toString() {
        return labels.toString();
    }
}
