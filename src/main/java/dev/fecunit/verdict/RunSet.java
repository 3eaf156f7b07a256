package dev.fecunit.verdict;

import dev.fecunit.Run;

import dev.fecunit.internal.io.RunDirectories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Several runs of one configuration (repetitions), compared as one side of a {@link Comparison}.
 *
 * <pre>{@code
 * RunSet fec = RunSet.matching(Path.of("runs"), "repeats/fec-*");  // repeats/fec-1, repeats/fec-2, ...
 * RunSet baseline = RunSet.load(Path.of("out/1/baseline"), Path.of("out/2/baseline"));
 * }</pre>
 *
 * <p>Immutable; the runs keep the order given ({@link #matching} sorts by path, so the order, and
 * with it every verdict, does not depend on the file system).
 */
public final class RunSet implements Iterable<Run> {

    private final String name;
    private final List<Run> runs;

    private RunSet(String name, List<Run> runs) {
        this.runs = List.copyOf(runs);
        if (this.runs.isEmpty()) {
            throw new IllegalArgumentException("A run set needs at least one run");
        }
        this.name = name == null ? defaultName(this.runs) : name;
    }

    /** The runs given, in order. */
    public static RunSet of(Run... runs) {
        return new RunSet(null, Arrays.asList(runs));
    }

    /** The runs given, in order. */
    public static RunSet of(List<Run> runs) {
        return new RunSet(null, runs);
    }

    /** The runs given, in order, under a name of your choice (shown in verdicts and failures). */
    public static RunSet named(String name, List<Run> runs) {
        return new RunSet(Objects.requireNonNull(name, "name"), runs);
    }

    /** Loads each run directory ({@link Run#load}), in order. */
    public static RunSet load(Path... directories) {
        List<Run> runs = new ArrayList<>();
        for (Path d : directories) {
            runs.add(Run.load(d));
        }
        return of(runs);
    }

    /**
     * Loads every run directory under {@code root} whose relative path matches the glob
     * {@code pattern} (e.g. <code>out/&#42;/fec</code> or {@code repeats/fec-*}), sorted by path.
     *
     * @throws IllegalArgumentException when nothing matches, naming the pattern and the root
     */
    public static RunSet matching(Path root, String pattern) {
        List<Path> found = RunDirectories.matching(root, pattern, "out/*/fec");
        return load(found.toArray(new Path[0]));
    }

    /** The set's name: given, or the runs' common directory name (e.g. {@code fec}), or {@code N runs}. */
    public String name() {
        return name;
    }

    /** The runs, in order; never empty. */
    public List<Run> runs() {
        return runs;
    }

    /** Number of runs. */
    public int size() {
        return runs.size();
    }

    @Override
    public Iterator<Run> iterator() {
        return runs.iterator();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(name).append(" (").append(runs.size()).append(runs.size() == 1 ? " run: " : " runs: ");
        for (int i = 0; i < runs.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(runs.get(i).path());
        }
        return out.append(')').toString();
    }

    private static String defaultName(List<Run> runs) {
        String first = runs.get(0).name();
        for (Run r : runs) {
            if (!r.name().equals(first)) {
                return runs.size() + " runs";
            }
        }
        return first;
    }
}
