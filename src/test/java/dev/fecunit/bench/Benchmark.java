package dev.fecunit.bench;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.report.SummaryTable;
import dev.fecunit.sim.LongPair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speed and memory benchmark of ARCHITECTURE.md's quality bars, as a plain main method:
 * generates a long A/B pair with the harness simulator, then measures
 * <ul>
 *   <li>in-process: loading both runs and computing the table (median of repeated rounds after warm-up);</li>
 *   <li>whole process: {@code java -jar target/fecunit-cli.jar summary} and {@code report}, interleaved
 *       with the seed ({@code plot_fec.py}'s parse + table, and the whole script with its PNG) when
 *       {@code --seed} names it; medians of several rounds;</li>
 *   <li>memory: heap retained per frame row by a loaded run (after GC).</li>
 * </ul>
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.fecunit.bench.Benchmark \
 *     -Dexec.args="--minutes 60 --rounds 5 --seed ../shared/seed/plot_fec.py"
 * </pre>
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** Entry point; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int minutes = Integer.parseInt(options.getOrDefault("--minutes", "60"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
        String seed = options.get("--seed");
        String python = options.getOrDefault("--python", "/usr/bin/python3");
        Path pairDir = Path.of(options.getOrDefault("--dir", "target/bench/pair-" + minutes + "min"));

        if (!Files.isDirectory(pairDir.resolve("fec"))) {
            System.out.println("generating a " + minutes + "-minute A/B pair into " + pairDir + " ...");
            LongPair.write(pairDir, minutes);
        }
        Path baseline = pairDir.resolve("baseline");
        Path fec = pairDir.resolve("fec");
        System.out.printf("input: %s (%.1f MB)%n", pairDir, size(pairDir) / 1e6);

        inProcess(baseline, fec, rounds);
        memory(fec);
        wholeProcess(baseline, fec, rounds, seed, python);
    }

    private static void inProcess(Path baseline, Path fec, int rounds) {
        for (int i = 0; i < 3; i++) {
            loadAndSummarise(baseline, fec);
        }
        long[] loadMs = new long[rounds * 2];
        long[] totalMs = new long[rounds * 2];
        for (int i = 0; i < loadMs.length; i++) {
            long start = System.nanoTime();
            List<Run> runs = List.of(Run.load(baseline), Run.load(fec));
            long loaded = System.nanoTime();
            SummaryTable.render(runs);
            long done = System.nanoTime();
            loadMs[i] = (loaded - start) / 1_000_000;
            totalMs[i] = (done - start) / 1_000_000;
        }
        System.out.printf("in-process (warm JVM): load pair %d ms, load + table %d ms (median of %d)%n",
                median(loadMs), median(totalMs), loadMs.length);
    }

    private static String loadAndSummarise(Path baseline, Path fec) {
        return SummaryTable.render(List.of(Run.load(baseline), Run.load(fec)));
    }

    private static void memory(Path fec) {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        Run run = Run.load(fec);
        long after = usedAfterGc(rt);
        int frames = run.frames().size();
        long framesBytes = frames * (3L * Long.BYTES + 2L * Integer.BYTES);
        System.out.printf("memory: %d frame rows; frame columns %d B/row; whole run retained %.1f B per frame row"
                        + " (frames, %d Prometheus series, events)%n",
                frames, framesBytes / Math.max(1, frames), (after - before) / (double) Math.max(1, frames),
                run.families().stream().mapToInt(f -> run.series(f).size()).sum());
        RunSummary.of(run); // keep the run reachable until here
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void wholeProcess(Path baseline, Path fec, int rounds, String seed, String python)
            throws IOException, InterruptedException {
        String jar = Path.of("target/fecunit-cli.jar").toAbsolutePath().toString();
        if (!Files.exists(Path.of(jar))) {
            System.out.println("whole process: skipped, build target/fecunit-cli.jar first (mvn -q -DskipTests package)");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempDirectory("fecunit-bench");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("fecunit summary", List.of(java, "-jar", jar, "summary", "--run", baseline.toString(),
                "--run", fec.toString()));
        commands.put("fecunit report", List.of(java, "-jar", jar, "report", "--run", baseline.toString(),
                "--run", fec.toString(), "--out", out.resolve("fecunit").toString()));
        if (seed != null) {
            String seedDir = Path.of(seed).toAbsolutePath().getParent().toString();
            String parseAndTable = "import sys; sys.path.insert(0, sys.argv[1]); import plot_fec as p; "
                    + "runs = [p.Run(d) for d in sys.argv[2:]]; p.print_summary(runs)";
            commands.put("seed parse + table", List.of(python, "-c", parseAndTable, seedDir, baseline.toString(),
                    fec.toString()));
            Files.createDirectories(out.resolve("seed"));
            commands.put("seed plot_fec.py", List.of(python, seed, "--run", baseline.toString(), "--run",
                    fec.toString(), "--out", out.resolve("seed").toString()));
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new long[rounds]));
        for (String name : commands.keySet()) {
            time(commands.get(name)); // warm the file cache and the JIT of the OS, not measured
        }
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, List<String>> e : commands.entrySet()) {
                times.get(e.getKey())[r] = time(e.getValue());
            }
        }
        System.out.printf("whole process, median of %d interleaved rounds:%n", rounds);
        times.forEach((name, t) -> System.out.printf("  %-20s %6d ms   %s%n", name, median(t), Arrays.toString(t)));
        if (seed != null) {
            System.out.printf("  summary speed-up: %.2fx (target >= 3x)%n",
                    median(times.get("seed parse + table")) / (double) median(times.get("fecunit summary")));
            System.out.printf("  report speed-up:  %.2fx (target >= 2x)%n",
                    median(times.get("seed plot_fec.py")) / (double) median(times.get("fecunit report")));
        }
    }

    private static long time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int status = process.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (status != 0) {
            throw new IllegalStateException("exit " + status + ": " + String.join(" ", command));
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long size(Path dir) throws IOException {
        List<Long> sizes = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> sizes.add(f.toFile().length()));
        }
        return sizes.stream().mapToLong(Long::longValue).sum();
    }

}
