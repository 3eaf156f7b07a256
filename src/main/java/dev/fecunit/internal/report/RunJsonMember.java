package dev.fecunit.internal.report;

import dev.fecunit.internal.format.JsonWriter;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One member of a run's object in {@code summary.json} (and the {@code --json} document): a key and
 * the value written for each run. A run's object is a list of members
 * ({@link SummaryJson#standardMembers()}), so new figures (per-burst tables, freezes) are one more
 * member, not an edit of the writer.
 *
 * <pre>{@code
 * RunJsonMember bursts = RunJsonMember.of("bursts", (run, json) -> json.beginArray().endArray());
 * }</pre>
 */
public interface RunJsonMember {

    /** The member's key, e.g. {@code summary}. */
    String key();

    /** Writes the member's value (exactly one JSON value) for {@code run}. */
    void writeValue(ReportedRun run, JsonWriter json);

    /** A member from its key and value writer. */
    static RunJsonMember of(String key, BiConsumer<ReportedRun, JsonWriter> value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return new RunJsonMember() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public void writeValue(ReportedRun run, JsonWriter json) {
                value.accept(run, json);
            }
        };
    }
}
