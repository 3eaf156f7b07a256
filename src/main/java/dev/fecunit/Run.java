package dev.fecunit;

import dev.fecunit.internal.io.RunReader;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One measured run of the FlexFEC harness: a run directory loaded into memory, immutable.
 *
 * <p>A run directory holds {@code meta.env}, {@code frames.csv}, {@code prom.tsv} and (when the
 * shaper ran) {@code events.csv}; see {@code docs/run-directory.md} for the format and every
 * diagnostic. Loading keeps the frames inside the measurement window as primitive columns, every
 * Prometheus series, the shaper's events and burst windows, and a {@link Diagnostic} for every line
 * it had to skip or correct.
 *
 * <pre>{@code
 * Run fec = Run.load(Path.of("runs/burst-ab/fec"));
 * RunSummary summary = RunSummary.of(fec);
 * System.out.println(fec.name() + " lost " + summary.framesLost() + " frames");
 * fec.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>Figures (frame loss, latency percentiles, counter totals) are computed from a run by
 * {@code dev.fecunit.analysis}; a {@code Run} only holds what the files say.
 */
public final class Run {

    private final String name;
    private final Path path;
    private final RunMeta meta;
    private final Frames frames;
    private final Map<String, List<CounterSeries>> metrics;
    private final List<ShaperEvent> events;
    private final List<BurstWindow> bursts;
    private final List<Diagnostic> diagnostics;
    /** The figures computed from this run (the analysis layer's per-run holder), created on first use. */
    private final AtomicReference<Object> analysed = new AtomicReference<>();

    /**
     * Assembles a run from parts. Most users call {@link #load(Path)}; this constructor serves
     * tests that build runs in memory. Every part is immutable or copied: the run keeps nothing
     * the caller can change.
     *
     * @param path        the run directory
     * @param meta        the parameters from {@code meta.env}
     * @param frames      the frames received inside the window, sorted by receive time
     * @param series      every Prometheus series, in order of first appearance
     * @param events      the shaper's events in file order
     * @param bursts      the burst windows derived from the events
     * @param diagnostics every line skipped or corrected while reading
     */
    public Run(Path path, RunMeta meta, Frames frames, List<CounterSeries> series,
               List<ShaperEvent> events, List<BurstWindow> bursts, List<Diagnostic> diagnostics) {
        this.path = Objects.requireNonNull(path, "path");
        this.name = nameOf(path);
        this.meta = Objects.requireNonNull(meta, "meta");
        this.frames = Objects.requireNonNull(frames, "frames");
        Map<String, List<CounterSeries>> byFamily = new LinkedHashMap<>();
        for (CounterSeries s : series) {
            byFamily.computeIfAbsent(s.family(), f -> new ArrayList<>()).add(s);
        }
        byFamily.replaceAll((family, list) -> List.copyOf(list));
        this.metrics = Collections.unmodifiableMap(byFamily);
        this.events = List.copyOf(events);
        this.bursts = List.copyOf(bursts);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Loads the run directory at {@code directory}.
     *
     * @throws RunLoadException     when the directory does not exist or a file cannot be read; the
     *                              message names the absolute path
     * @throws RunTooLargeException when the run does not fit in the Java heap
     */
    public static Run load(Path directory) {
        try {
            return assembled(directory, RunReader.read(directory));
        } catch (RunReader.UnreadableRunException e) {
            throw new RunLoadException(e.getMessage(), e.getCause());
        } catch (OutOfMemoryError e) {
            // what was read is unreachable once the reader has unwound: there is room for the sentence
            throw new RunTooLargeException(directory, RunReader.sizeOf(directory));
        }
    }

    /** The run of what reading found: the columns are taken over, each finding becomes a {@link Diagnostic}. */
    private static Run assembled(Path directory, RunReader.Contents contents) {
        return new Run(directory, new RunMeta(contents.meta(), contents.t0Us(), contents.t1Us()),
                new Frames(contents.frames()),
                contents.series().stream().map(CounterSeries::new).toList(),
                contents.events().stream().map(e -> new ShaperEvent(e.wallUs(), e.event(), e.line())).toList(),
                contents.bursts().stream().map(b -> new BurstWindow(b.startUs(), b.endUs(), b.closedByEndOfRun())).toList(),
                contents.diagnostics().stream().map(d -> new Diagnostic(d.file(), d.line(), d.message())).toList());
    }

    private static String nameOf(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        Path file = normalized.getFileName();
        return file == null ? normalized.toString() : file.toString();
    }

    /** The run directory's base name, e.g. {@code fec}; never null. */
    public String name() {
        return name;
    }

    /** The run directory as given to {@link #load(Path)}; never null. */
    public Path path() {
        return path;
    }

    /** The run's parameters from {@code meta.env}; never null. */
    public RunMeta meta() {
        return meta;
    }

    /** The frames received inside the measurement window; never null, may be empty. */
    public Frames frames() {
        return frames;
    }

    /** Every series of Prometheus family {@code family} in order of first appearance; empty if none. */
    public List<CounterSeries> series(String family) {
        return metrics.getOrDefault(family, List.of());
    }

    /** The Prometheus families in order of first appearance. */
    public List<String> families() {
        return List.copyOf(metrics.keySet());
    }

    /** The shaper's events in file order (malformed lines excluded, see {@link #diagnostics()}). */
    public List<ShaperEvent> events() {
        return events;
    }

    /** The shaper's loss bursts in time order; empty when shaping was off. */
    public List<BurstWindow> bursts() {
        return bursts;
    }

    /** Every line that was skipped or corrected while loading; empty for a well-formed run. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Seconds since the start of the measurement window: {@code (wallUs - T0_US) / 1e6}, for any two longs. */
    public double secondsSinceStart(long wallUs) {
        long start = meta.windowStartUs();
        long difference = wallUs - start;
        if (((wallUs ^ start) & (wallUs ^ difference)) < 0) {
            return ((double) wallUs - (double) start) / 1e6; // the exact difference does not fit a long
        }
        return difference / 1e6;
    }

    /** Whether {@code wallUs} lies inside the measurement window {@code [T0_US, T1_US]}. */
    public boolean inWindow(long wallUs) {
        return meta.windowStartUs() <= wallUs && wallUs <= meta.windowEndUs();
    }

    /**
     * The object that holds this run's computed figures, created by {@code create} on first use and then
     * the same for every caller for as long as the run lives. A run is immutable, so its figures are computed
     * once and kept with it rather than in a global cache. This is the analysis layer's hook (its holder is
     * {@code dev.fecunit.internal.analysis.HeldFigures}; users call the figures' own entry points, such as
     * {@code RunSummary.of(run)}), which is why a run needs to know nothing of analysis.
     *
     * @throws ClassCastException when the holder already created is not a {@code type}
     */
    public <T> T analysed(Class<T> type, Function<Run, ? extends T> create) {
        Object holder = analysed.get();
        if (holder == null) {
            analysed.compareAndSet(null, Objects.requireNonNull(create.apply(this), "holder"));
            holder = analysed.get(); // the first holder set wins; a racing one is dropped before any figure is in it
        }
        return type.cast(holder);
    }

    @Override
    public String toString() {
        return "Run[" + name + " at " + path + "]";
    }

    /** Thrown when a run directory or one of its files cannot be read at all. */
    public static final class RunLoadException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        /** Creates the exception; {@code message} names the path and what to do. */
        public RunLoadException(String message, java.io.IOException cause) {
            super(message, cause);
        }
    }

    /**
     * Thrown when a run does not fit in the Java heap: the message names the run, the size of its
     * files and the heap; the CLI and the JUnit extension add which setting raises the heap.
     */
    public static final class RunTooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Creates the exception for the run at {@code directory}, whose files are {@code size} (in words). */
        public RunTooLargeException(Path directory, String size) {
            super("run [" + directory.toAbsolutePath() + "], " + size + ", does not fit in the Java heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB", null, false, false);
        }
    }
}
