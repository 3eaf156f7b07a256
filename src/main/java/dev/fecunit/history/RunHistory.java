package dev.fecunit.history;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.internal.history.HistoryText;
import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Estimate;
import dev.fecunit.verdict.Interval;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.RunSet;

import java.nio.file.Files;
import dev.fecunit.internal.io.RunDirectories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The runs of one configuration in time order (by {@code T0_US}, ties by path), e.g. a nightly job's
 * {@code nightly/<date>/fec}: every figure's trend, its change points, and the verdict on the latest
 * run against the runs since the last change point.
 *
 * <pre>{@code
 * RunHistory history = RunHistory.matching(Path.of("runs"), "nightly/*&#47;fec");
 * FigureHistory loss = history.figure(Metric.FRAME_LOSS_RATE);
 * loss.changePoints();                    // where the level shifted, and by how much
 * loss.latest().orElseThrow().verdict();  // WORSE, BETTER, SAME or INCONCLUSIVE
 * }</pre>
 *
 * <p>Runs load lazily: nothing is read until a run or a figure is asked for, then every run is loaded
 * (in parallel, on fecunit's own threads) and kept. A run that cannot be read is left out of the
 * history and listed in {@link #skipped()}, never dropped silently. Each figure is computed once.
 * Change points come from {@link ChangePointDetector} ({@link #withDetector} sets its sensitivity).
 * Safe to share between threads.
 */
public final class RunHistory {

    /** Told how loading proceeds, e.g. to print a progress line. */
    @FunctionalInterface
    public interface Progress {
        /** {@code loaded} of {@code total} runs have been read (or skipped). */
        void loaded(int loaded, int total);
    }

    private final String description;
    private final State state;
    private final ChangePointDetector detector;
    private final int latestRuns;
    private final Map<Metric, FigureHistory> figures = new ConcurrentHashMap<>();

    /** What every configured copy of one history shares: the directories and, once read, the runs. */
    private static final class State {
        final List<Path> directories;
        final Function<Path, Run> loader;
        /** Whether the directories are to be checked for frames.csv (not for runs already loaded). */
        final boolean onDisk;
        volatile Progress progress;
        private Loaded loaded;
        private final Map<Metric, Estimate[]> estimates = new ConcurrentHashMap<>();

        State(List<Path> directories, Function<Path, Run> loader, boolean onDisk) {
            this.directories = List.copyOf(directories);
            this.loader = loader;
            this.onDisk = onDisk;
        }

        synchronized Loaded loaded() {
            if (loaded == null) {
                loaded = load(directories, loader, onDisk, progress);
            }
            return loaded;
        }
    }

    private record Loaded(List<HistoryRun> runs, List<Run> loadedRuns, List<Diagnostic> skipped) {
    }

    private RunHistory(String description, State state, ChangePointDetector detector, int latestRuns) {
        this.description = description;
        this.state = state;
        this.detector = detector;
        this.latestRuns = latestRuns;
    }

    /**
     * The run directories under {@code root} whose relative path matches the glob {@code pattern}
     * (e.g. <code>nightly/&#42;/fec</code>), loaded with {@link Run#load} when first needed.
     *
     * @throws IllegalArgumentException when nothing matches, naming the pattern and the root
     */
    public static RunHistory matching(Path root, String pattern) {
        return matching(root, pattern, Run::load);
    }

    /**
     * As {@link #matching(Path, String)}, loading each run with {@code loader} (e.g. a cache that
     * shares runs between tests).
     */
    public static RunHistory matching(Path root, String pattern, Function<Path, Run> loader) {
        List<Path> found = RunDirectories.matching(root, pattern, "nightly/*/fec");
        return new RunHistory(pattern, new State(found, loader, true), ChangePointDetector.defaults(), 1);
    }

    /** The run directories given, in any order, loaded with {@link Run#load} when first needed. */
    public static RunHistory of(List<Path> directories) {
        return of(directories, Run::load);
    }

    /** The run directories given, in any order, each loaded with {@code loader} when first needed. */
    public static RunHistory of(List<Path> directories, Function<Path, Run> loader) {
        if (directories.isEmpty()) {
            throw new IllegalArgumentException("A history needs at least one run directory");
        }
        Objects.requireNonNull(loader, "loader");
        return new RunHistory(directories.size() + (directories.size() == 1 ? " run" : " runs"),
                new State(directories, loader, true), ChangePointDetector.defaults(), 1);
    }

    /** Runs already loaded, in any order. */
    public static RunHistory ofRuns(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("A history needs at least one run");
        }
        Map<Path, Run> byPath = new java.util.LinkedHashMap<>();
        runs.forEach(run -> byPath.put(run.path(), run));
        return new RunHistory(byPath.size() + (byPath.size() == 1 ? " run" : " runs"),
                new State(new ArrayList<>(byPath.keySet()), byPath::get, false), ChangePointDetector.defaults(), 1);
    }

    /** This history with change points found by {@code detector} (e.g. a different significance). */
    public RunHistory withDetector(ChangePointDetector detector) {
        return new RunHistory(description, state, Objects.requireNonNull(detector, "detector"), latestRuns);
    }

    /** This history judging its newest {@code count} runs together as the latest (default 1). */
    public RunHistory withLatestRuns(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Latest runs [" + count + "] must be at least 1");
        }
        return new RunHistory(description, state, detector, count);
    }

    /** Tells {@code progress} how loading proceeds (call before the runs are first needed). */
    public RunHistory whileLoading(Progress progress) {
        state.progress = progress;
        return this;
    }

    /** The glob the runs were found with, or {@code N runs}. */
    public String description() {
        return description;
    }

    /** The detector that finds the change points. */
    public ChangePointDetector detector() {
        return detector;
    }

    /** How many of the newest runs are judged as the latest. */
    public int latestRuns() {
        return latestRuns;
    }

    /** The runs that could be read, in time order (loads them on first call); may be empty. */
    public List<HistoryRun> runs() {
        return state.loaded().runs();
    }

    /** Number of runs that could be read. */
    public int size() {
        return runs().size();
    }

    /** The loaded run at {@code index} of {@link #runs()}. */
    public Run run(int index) {
        return state.loaded().loadedRuns().get(index);
    }

    /** The loaded runs, in time order. */
    public List<Run> loadedRuns() {
        return state.loaded().loadedRuns();
    }

    /** One diagnostic per run directory that could not be read and was left out; empty when none. */
    public List<Diagnostic> skipped() {
        return state.loaded().skipped();
    }

    /** The history of {@code metric}: values, intervals, change points, verdict on the latest (computed once). */
    public FigureHistory figure(Metric metric) {
        Objects.requireNonNull(metric, "metric");
        return figures.computeIfAbsent(metric, this::compute);
    }

    /** The history of each figure, in the order given; per-run figures are computed in parallel. */
    public List<FigureHistory> figures(List<Metric> metrics) {
        List<Metric> missing = metrics.stream().filter(m -> !state.estimates.containsKey(m)).toList();
        if (!missing.isEmpty()) {
            estimates(missing);
        }
        return metrics.stream().map(this::figure).toList();
    }

    private FigureHistory compute(Metric metric) {
        List<HistoryRun> runs = runs();
        Estimate[] estimates = estimates(List.of(metric)).get(metric);
        int n = runs.size();
        double[] values = new double[n];
        Interval[] intervals = new Interval[n];
        int finite = 0;
        for (int i = 0; i < n; i++) {
            values[i] = estimates[i].value();
            intervals[i] = estimates[i].interval();
            if (Double.isFinite(values[i])) {
                finite++;
            }
        }
        int[] indexOf = new int[finite];
        double[] series = new double[finite];
        for (int i = 0, k = 0; i < n; i++) {
            if (Double.isFinite(values[i])) {
                indexOf[k] = i;
                series[k++] = values[i];
            }
        }
        List<ChangePointDetector.Split> splits = detector.detect(series);
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        splits.forEach(s -> bounds.add(indexOf[s.index()]));
        bounds.add(n);
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s + 1 < bounds.size(); s++) {
            segments.add(new Segment(bounds.get(s), bounds.get(s + 1), mean(values, bounds.get(s), bounds.get(s + 1))));
        }
        List<ChangePoint> changes = new ArrayList<>();
        for (int c = 0; c < splits.size(); c++) {
            Segment before = segments.get(c);
            Segment after = segments.get(c + 1);
            double difference = after.level() - before.level();
            boolean regression = HistoryText.isWorse(metric, difference) && Math.abs(difference) >= metric.defaultMinimumChange();
            changes.add(new ChangePoint(metric, after.from(), runs.get(after.from()).label(), before.level(),
                    after.level(), difference, difference / before.level(), regression, splits.get(c).pValue()));
        }
        return new FigureHistory(metric, runs, values, intervals, segments, changes, latest(metric, changes));
    }

    /** The newest runs against the runs since the last change point before them; null without such runs. */
    private ComparisonResult latest(Metric metric, List<ChangePoint> changes) {
        List<Run> loaded = loadedRuns();
        int first = loaded.size() - Math.min(latestRuns, loaded.size());
        int since = 0;
        for (ChangePoint change : changes) {
            if (change.index() < first) {
                since = change.index();
            }
        }
        if (first == 0) {
            return null;
        }
        List<HistoryRun> runs = runs();
        String candidateName = first == loaded.size() - 1 ? runs.get(first).label()
                : runs.get(first).label() + " .. " + runs.get(loaded.size() - 1).label();
        String baselineName = "runs " + runs.get(since).label() + " .. " + runs.get(first - 1).label();
        return Comparison.of(metric)
                .candidate(RunSet.named(candidateName, loaded.subList(first, loaded.size())))
                .baseline(RunSet.named(baselineName, loaded.subList(since, first)))
                .compare();
    }

    /** Each run's figure and block interval for each metric, computed in parallel over runs and kept. */
    private Map<Metric, Estimate[]> estimates(List<Metric> metrics) {
        List<Run> loaded = loadedRuns();
        List<Metric> missing = metrics.stream().filter(m -> !state.estimates.containsKey(m)).toList();
        if (!missing.isEmpty()) {
            Estimate[][] computed = new Estimate[missing.size()][loaded.size()];
            inParallel(loaded.size(), i -> {
                for (int m = 0; m < missing.size(); m++) {
                    computed[m][i] = Estimate.of(missing.get(m), loaded.get(i));
                }
            });
            for (int m = 0; m < missing.size(); m++) {
                state.estimates.putIfAbsent(missing.get(m), computed[m]);
            }
        }
        return state.estimates;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static Loaded load(List<Path> directories, Function<Path, Run> loader, boolean onDisk, Progress progress) {
        int n = directories.size();
        Run[] runs = new Run[n];
        String[] problems = new String[n];
        AtomicInteger done = new AtomicInteger();
        inParallel(n, i -> {
            Path directory = directories.get(i);
            try {
                if (onDisk && !Files.isRegularFile(directory.resolve("frames.csv"))) {
                    problems[i] = "it holds no frames.csv (the harness may have stopped before measuring)";
                } else {
                    Run run = Objects.requireNonNull(loader.apply(directory), "no run loaded");
                    if (run.meta().get("T0_US").isEmpty()) {
                        problems[i] = "its meta.env has no T0_US, so the run cannot be placed in time";
                    } else {
                        runs[i] = run;
                    }
                }
            } catch (RuntimeException e) {
                problems[i] = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            if (progress != null) {
                progress.loaded(done.incrementAndGet(), n);
            }
        });
        List<Integer> order = new ArrayList<>();
        List<Diagnostic> skipped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (runs[i] != null) {
                order.add(i);
            } else {
                skipped.add(new Diagnostic(directories.get(i).toString(), 0,
                        "run left out of the history: " + problems[i]));
            }
        }
        order.sort(Comparator.comparingLong((Integer i) -> runs[i].meta().windowStartUs())
                .thenComparing(i -> runs[i].path().toString()));
        List<Run> loaded = new ArrayList<>();
        order.forEach(i -> loaded.add(runs[i]));
        List<String> labels = labels(loaded.stream().map(Run::path).toList());
        List<HistoryRun> history = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            history.add(new HistoryRun(labels.get(i), loaded.get(i).path(), loaded.get(i).meta().windowStartUs()));
        }
        return new Loaded(List.copyOf(history), List.copyOf(loaded), List.copyOf(skipped));
    }

    /**
     * What tells each path apart: the path elements that differ between the runs (for
     * {@code nightly/2026-11-30/fec} among other nights, {@code 2026-11-30}); the base name for a single run.
     */
    static List<String> labels(List<Path> paths) {
        List<Path> normal = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (normal.isEmpty()) {
            return List.of();
        }
        if (normal.size() == 1) {
            Path name = normal.get(0).getFileName();
            return List.of(name == null ? normal.get(0).toString() : name.toString());
        }
        int count = normal.get(0).getNameCount();
        boolean sameDepth = normal.stream().allMatch(p -> p.getNameCount() == count);
        List<String> labels = new ArrayList<>();
        for (Path p : normal) {
            List<String> parts = new ArrayList<>();
            if (sameDepth) {
                for (int e = 0; e < count; e++) {
                    String element = p.getName(e).toString();
                    int at = e;
                    if (normal.stream().anyMatch(q -> !q.getName(at).toString().equals(element))) {
                        parts.add(element);
                    }
                }
            }
            labels.add(parts.isEmpty() ? p.toString() : String.join("/", parts));
        }
        return labels;
    }

    @FunctionalInterface
    private interface IndexTask {
        void run(int index);
    }

    /** Runs {@code task} for 0..n-1 on fecunit's own threads (never the common pool a user's tests share). */
    private static void inParallel(int n, IndexTask task) {
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                task.run(i);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "fecunit-history");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        task.run(i);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the history", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    @Override
    public String toString() {
        return "history of " + description;
    }
}
