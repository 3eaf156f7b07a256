package dev.fecunit.hostile;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.report.Report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The fuzzing command: mutated copies of the sample runs, loaded in-process one after the other, each
 * under a watchdog; every case must end in a run whose figures keep their invariants (or a clear
 * {@code RunLoadException} naming the directory), within the allocation bound of the property tests.
 * Anything else is saved, with the mutations that caused it, under {@code --out}.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.fecunit.hostile.Fuzzer \
 *     -Dexec.args="--cases 100000 --out target/fuzz --threads 1 --watchdog 20"
 * </pre>
 *
 * Options: {@code --cases N} (default 100000), {@code --out DIR} (default {@code target/fuzz}),
 * {@code --runs DIR} (the sample runs, default {@code example-tests/runs}), {@code --seed S},
 * {@code --threads T} (default 1), {@code --watchdog SECONDS} (default 20: a case still running then
 * is a hang), {@code --report-every K} (also write the whole report, PNG and HTML, for every K-th
 * case; default 1000; 0 for never), {@code --work DIR} (where each case's run directory is written, default
 * {@code --out}; a RAM disk such as {@code /dev/shm} is faster). Progress goes to stdout every 1000 cases; {@code --out}/summary.txt
 * holds the final counts and one line per distinct failure.
 */
public final class Fuzzer {

    private final List<Path> sampleRuns;
    private final Map<Path, RunFiles> sampleFiles = new ConcurrentHashMap<>();
    private final Path out;
    private final Path work;
    private final long seed;
    private final long watchdogSeconds;
    private final int reportEvery;

    private final AtomicLong cases = new AtomicLong();
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong clearErrors = new AtomicLong();
    private final AtomicLong crashes = new AtomicLong();
    private final AtomicLong hangs = new AtomicLong();
    private final AtomicLong invariantFailures = new AtomicLong();
    private final AtomicLong overAllocations = new AtomicLong();
    /** Per mutation kind: cases that used it, and of those how many failed. */
    private final Map<String, long[]> byMutation = new ConcurrentHashMap<>();
    /** Distinct failures (kind and signature) with how often each happened and the first case number. */
    private final Map<String, long[]> signatures = new ConcurrentHashMap<>();

    private Fuzzer(List<Path> sampleRuns, Path out, Path work, long seed, long watchdogSeconds, int reportEvery) {
        this.sampleRuns = sampleRuns;
        this.out = out;
        this.work = work;
        this.seed = seed;
        this.watchdogSeconds = watchdogSeconds;
        this.reportEvery = reportEvery;
    }

    /** Entry point; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        long count = Long.parseLong(options.getOrDefault("--cases", "100000"));
        Path out = Path.of(options.getOrDefault("--out", "target/fuzz"));
        Path runs = Path.of(options.getOrDefault("--runs", "example-tests/runs"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
        int threads = Integer.parseInt(options.getOrDefault("--threads", "1"));
        long watchdog = Long.parseLong(options.getOrDefault("--watchdog", "20"));
        int reportEvery = Integer.parseInt(options.getOrDefault("--report-every", "1000"));
        Path work = Path.of(options.getOrDefault("--work", out.toString()));

        List<Path> sampleRuns;
        try (Stream<Path> files = Files.walk(runs)) {
            sampleRuns = files.filter(p -> p.getFileName().toString().equals("meta.env")).map(Path::getParent)
                    .sorted().toList();
        }
        Files.createDirectories(out);
        Fuzzer fuzzer = new Fuzzer(sampleRuns, out, work, seed, watchdog, reportEvery);
        System.out.printf("fuzzing %d cases on %d sample runs of %s, %d thread(s), watchdog %d s, seed %d, failures into %s%n",
                count, sampleRuns.size(), runs, threads, watchdog, seed, out.toAbsolutePath());
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread worker = new Thread(() -> {
                for (long n = first; n < count; n += threads) {
                    fuzzer.runCase(n);
                    if ((n + 1) % 1000 == 0) {
                        fuzzer.progress(start, System.out);
                    }
                }
            }, "fuzzer-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        StringWriter summary = new StringWriter();
        try (PrintWriter text = new PrintWriter(summary)) {
            fuzzer.summary(start, text);
        }
        System.out.print(summary);
        Files.writeString(out.resolve("summary.txt"), summary.toString(), StandardCharsets.UTF_8);
        System.exit(0); // hung cases may have left threads behind on JDKs that cannot stop them
    }

    /** Case {@code n}: a sample run and one to three hostile mutations, the same for the same seed and n. */
    private void runCase(long n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        Path base = sampleRuns.get(random.nextInt(sampleRuns.size()));
        int count = random.nextInt(1, 4);
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mutations.add(Generate.hostile(random));
        }
        RunFiles files = sampleFiles.computeIfAbsent(base, RunFiles::read).copy();
        for (Mutation mutation : mutations) {
            mutation.apply(files);
        }
        Path directory = work.resolve("work-" + Thread.currentThread().getName()).resolve(base.getFileName());
        files.writeTo(directory);
        boolean withReport = reportEvery > 0 && n % reportEvery == 0;
        Path reportDir = directory.resolveSibling("report");
        cases.incrementAndGet();
        boolean failed = runLoaded(n, base, mutations, files, directory, withReport, reportDir);
        for (String kind : mutations.stream().map(m -> m.getClass().getSimpleName()).distinct().toList()) {
            long[] tally = byMutation.computeIfAbsent(kind, k -> new long[2]);
            synchronized (tally) {
                tally[0]++;
                tally[1] += failed ? 1 : 0;
            }
        }
    }

    /** Loads one mutated run and checks it; whether it failed. */
    private boolean runLoaded(long n, Path base, List<Mutation> mutations, RunFiles files, Path directory,
                              boolean withReport, Path reportDir) {
        Loading.Outcome outcome;
        try {
            outcome = Loading.load(directory, watchdogSeconds, run -> {
                Figures figures = Figures.of(run);
                BurstBreakdown.of(run);
                FreezeAnalysis.of(run);
                if (withReport) {
                    Report.write(List.of(run), reportDir);
                }
                return figures;
            });
        } catch (Loading.Hang hang) {
            hangs.incrementAndGet();
            record(n, "hang", mutations.stream().map(m -> m.getClass().getSimpleName()).sorted().distinct().toList()
                    .toString(), base, mutations, files, hang.getMessage());
            return true;
        }
        if (outcome.thrown() != null) {
            Throwable thrown = outcome.thrown();
            if (thrown instanceof Run.RunLoadException && String.valueOf(thrown.getMessage())
                    .contains(directory.toAbsolutePath().normalize().toString())) {
                clearErrors.incrementAndGet();
                return false;
            }
            crashes.incrementAndGet();
            record(n, "crash", signature(thrown), base, mutations, files, stackTrace(thrown));
            return true;
        }
        loaded.incrementAndGet();
        List<String> violations = outcome.figures().violations(outcome.run());
        boolean failed = false;
        if (!violations.isEmpty()) {
            failed = true;
            invariantFailures.incrementAndGet();
            record(n, "invariant", violations.get(0).replaceAll("-?[0-9][0-9.E+-]*", "N"), base, mutations, files,
                    String.join("\n", violations));
        }
        long bound = HostileInputPropertiesTest.BYTES_PER_LOAD + HostileInputPropertiesTest.BYTES_PER_INPUT_BYTE * files.size();
        // the bound is the reading and analysis's; a report also draws an image of a fixed size
        if (!withReport && outcome.cost().allocatedBytes() > bound) {
            failed = true;
            overAllocations.incrementAndGet();
            record(n, "allocation", "over the bound", base, mutations, files,
                    outcome.cost().allocatedBytes() + " bytes allocated for " + files.size() + " bytes of input (bound "
                            + bound + ")");
        }
        return failed;
    }

    /** Saves a failing case: its mutations and what happened, and (for the first three of a signature) its files. */
    private void record(long n, String kind, String signature, Path base, List<Mutation> mutations, RunFiles files,
                        String detail) {
        String key = kind + ": " + signature;
        long[] seen = signatures.computeIfAbsent(key, k -> new long[] {0, n});
        long occurrence;
        synchronized (seen) {
            occurrence = ++seen[0];
        }
        if (occurrence > 3) {
            return;
        }
        Path dir = out.resolve(kind).resolve(String.format(Locale.ROOT, "%08x", key.hashCode())).resolve("case-" + n);
        StringBuilder text = new StringBuilder();
        text.append(key).append("\n\ncase ").append(n).append(" (--seed ").append(seed).append(")\nbase: ")
                .append(base).append('\n');
        for (Mutation mutation : mutations) {
            text.append("then ").append(mutation).append('\n');
        }
        text.append('\n').append(detail).append('\n');
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("case.txt"), text, StandardCharsets.UTF_8);
            files.writeTo(dir.resolve("run"));
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not save case " + n + ": " + e);
        }
    }

    /** The exception's class and the first fecunit frame: one per cause, whatever the message's numbers. */
    private static String signature(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String frame = "";
        for (StackTraceElement element : root.getStackTrace()) {
            if (element.getClassName().startsWith("dev.fecunit")) {
                frame = element.getClassName() + "." + element.getMethodName();
                break;
            }
        }
        String outer = thrown == root ? "" : thrown.getClass().getSimpleName() + " <- ";
        return outer + root.getClass().getName() + " at " + frame;
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private void progress(long start, java.io.PrintStream stream) {
        double seconds = (System.nanoTime() - start) / 1e9;
        stream.printf(Locale.ROOT, "%d cases in %.0f s (%.1f/s): %d loaded, %d clear errors, %d crashes, %d hangs,"
                        + " %d invariant failures, %d over the allocation bound%n",
                cases.get(), seconds, cases.get() / seconds, loaded.get(), clearErrors.get(), crashes.get(), hangs.get(),
                invariantFailures.get(), overAllocations.get());
    }

    private void summary(long start, PrintWriter text) {
        double seconds = (System.nanoTime() - start) / 1e9;
        text.printf(Locale.ROOT, "cases: %d in %.0f s (%.1f cases/s), seed %d, watchdog %d s%n", cases.get(), seconds,
                cases.get() / seconds, seed, watchdogSeconds);
        text.printf("loaded: %d, clear errors (RunLoadException naming the directory): %d%n", loaded.get(),
                clearErrors.get());
        text.printf("crashes: %d, hangs: %d, invariant failures: %d, over the allocation bound: %d%n", crashes.get(),
                hangs.get(), invariantFailures.get(), overAllocations.get());
        text.printf("cases with each mutation kind (a case has one to three), and how many of them failed:%n");
        new TreeMap<>(byMutation).forEach((kind, tally) ->
                text.printf("  %-18s %7d cases, %6d failed%n", kind, tally[0], tally[1]));
        text.printf("distinct failures: %d%n", signatures.size());
        new TreeMap<>(signatures).forEach((key, seen) ->
                text.printf("  %6d x %s (first: case %d)%n", seen[0], key, seen[1]));
    }
}
