package dev.fecunit.internal.report;

import dev.fecunit.Run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the runs of a report differ: the {@code meta.env} keys whose values are not the same in every
 * run, as the chart's second title line and the page's header say it, e.g.
 * {@code fec against fec-regressed: FEC_RATE=30 against 5}.
 *
 * <pre>{@code
 * RunDifferences.describe(List.of(fec, regressed)).ifPresent(System.out::println);
 * }</pre>
 */
public final class RunDifferences {

    /** Keys that differ between any two runs (each run has its own measurement window) and say nothing. */
    static final Set<String> IGNORED = Set.of("T0_US", "T1_US");
    /** At most this many keys are named; the rest are counted. */
    static final int MAX_KEYS = 6;
    /** The value shown for a key a run's {@code meta.env} does not hold. */
    static final String UNSET = "unset";

    private RunDifferences() {
    }

    /**
     * The keys whose values differ, in the order of the first run's {@code meta.env} (then keys only
     * later runs hold), each as {@code KEY=a against b} for two runs or {@code KEY=a / b / c} for more.
     * Empty for fewer than two runs.
     */
    static List<String> keys(List<Run> runs) {
        List<String> differences = new ArrayList<>();
        if (runs.size() < 2) {
            return differences;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Run run : runs) {
            keys.addAll(run.meta().values().keySet());
        }
        String separator = runs.size() == 2 ? " against " : " / ";
        for (String key : keys) {
            if (IGNORED.contains(key)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Run run : runs) {
                values.add(run.meta().get(key).orElse(UNSET));
            }
            if (values.stream().distinct().count() > 1) {
                differences.add(key + "=" + String.join(separator, values));
            }
        }
        return differences;
    }

    /**
     * The line naming the runs and how they differ, e.g. {@code baseline against fec: MODE=baseline
     * against fec}, or {@code …: same meta.env apart from T0_US and T1_US}; empty for fewer than two runs.
     */
    public static Optional<String> describe(List<Run> runs) {
        if (runs.size() < 2) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Run run : runs) {
            names.add(run.name());
        }
        String line = String.join(runs.size() == 2 ? " against " : " / ", names) + ": ";
        List<String> keys = keys(runs);
        if (keys.isEmpty()) {
            return Optional.of(line + "same meta.env apart from T0_US and T1_US");
        }
        List<String> shown = keys.subList(0, Math.min(MAX_KEYS, keys.size()));
        line += String.join(", ", shown);
        if (keys.size() > shown.size()) {
            line += " and " + (keys.size() - shown.size()) + " more keys";
        }
        return Optional.of(line);
    }
}
