package dev.fecunit.bench;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.internal.report.SummaryTable;
import dev.fecunit.sim.LongPair;
import dev.fecunit.sim.Soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed and memory benchmark (method and results: docs/benchmarks.md), as a plain main method. It
 * generates its inputs with the harness simulator (not committed): a 60-minute A/B pair, a 24-hour
 * soak run (2.5 M frame rows, 2.4 M Prometheus lines, 454 MB) and a second soak at the harness's
 * default loss profile that the readers were not tuned on ({@link Soak#writeHarnessDefaults}), then measures
 * <ul>
 *   <li>in-process: loading the pair and computing the table (median of repeated rounds after warm-up),
 *       and the heap a loaded run keeps per frame row;</li>
 *   <li>whole processes, side by side with the seed in one run, rounds interleaved, medians: the launcher
 *       {@code target/fecunit summary} and {@code report} on both inputs (the soak in a 256 MB and a
 *       512 MB heap), the seed's parse + table and the whole {@code plot_fec.py} when {@code --seed} names
 *       it (its columns are left out otherwise); for each, the wall time, the peak resident memory of
 *       the process (its {@code ru_maxrss}, from {@code /usr/bin/time}) and, for fecunit, the peak heap
 *       in use (the largest heap before a collection in the JVM's GC log, or the heap in use at exit
 *       when that is larger: a command may end without any collection).</li>
 * </ul>
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.fecunit.bench.Benchmark \
 *     -Dexec.args="--rounds 5 --soak-rounds 3 --seed /path/to/plot_fec.py"
 * </pre>
 *
 * Options: {@code --minutes M} (pair length, 60), {@code --rounds N} (pair rounds, 5), {@code --soak-hours H}
 * (24; 0 skips the soak), {@code --soak-rounds N} (3), {@code --seed FILE}, {@code --python EXE}
 * ({@code /usr/bin/python3}), {@code --dir DIR} (where the inputs go, {@code target/bench}).
 */
public final class Benchmark {

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** A generation's use in the heap summary at exit ({@code -Xlog:gc+heap+exit}): young and old, summed. */
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("generation +total \\d+K, used (\\d+)K");

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
        int soakHours = Integer.parseInt(options.getOrDefault("--soak-hours", "24"));
        int soakRounds = Integer.parseInt(options.getOrDefault("--soak-rounds", "3"));
        String seed = options.get("--seed");
        if (seed != null && !Files.isRegularFile(Path.of(seed))) {
            System.out.println("seed " + seed + " not found: its columns are left out");
            seed = null;
        }
        String python = options.getOrDefault("--python", "/usr/bin/python3");
        Path benchDir = Path.of(options.getOrDefault("--dir", "target/bench"));
        Path pairDir = benchDir.resolve("pair-" + minutes + "min");

        if (!Files.isDirectory(pairDir.resolve("fec"))) {
            System.out.println("generating a " + minutes + "-minute A/B pair into " + pairDir + " ...");
            LongPair.write(pairDir, minutes);
        }
        Path baseline = pairDir.resolve("baseline");
        Path fec = pairDir.resolve("fec");
        System.out.printf("pair: %s (%.1f MB)%n", pairDir, size(pairDir) / 1e6);
        Path soak = null;
        if (soakHours > 0) {
            soak = benchDir.resolve("soak-" + soakHours + "h");
            if (!Files.isRegularFile(soak.resolve("prom.tsv"))) {
                System.out.println("generating a " + soakHours + "-hour soak run into " + soak + " ...");
                Soak.write(soak, soakHours);
            }
            System.out.printf("soak: %s (%.1f MB)%n", soak, size(soak) / 1e6);
        }
        Path untuned = null;
        if (soakHours > 0) {
            untuned = benchDir.resolve("soak-" + soakHours + "h-harness-defaults");
            if (!Files.isRegularFile(untuned.resolve("prom.tsv"))) {
                System.out.println("generating a " + soakHours + "-hour soak at the harness defaults into " + untuned
                        + " ...");
                Soak.writeHarnessDefaults(untuned, soakHours);
            }
            System.out.printf("soak at the harness defaults: %s (%.1f MB)%n", untuned, size(untuned) / 1e6);
        }

        inProcess(baseline, fec, rounds);
        memory(fec);
        Path launcher = Path.of("target/fecunit").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            System.out.println("whole process: skipped, build target/fecunit first (mvn -q -DskipTests package)");
            return;
        }
        Path out = Files.createTempDirectory("fecunit-bench");
        String seedDir = seed == null ? null : Path.of(seed).toAbsolutePath().getParent().toString();

        List<Row> pairRows = new ArrayList<>();
        pairRows.add(new Row("60-min pair", "`summary`", launcher(launcher, "", out, "summary", baseline, fec),
                seed == null ? null : seedParseAndTable(python, seedDir, baseline, fec), 4, 0));
        pairRows.add(new Row("60-min pair", "`report` (PNG, HTML, JSON)",
                launcher(launcher, "", out, "report", baseline, fec), seed == null ? null
                : seedPlot(python, seed, out, baseline, fec), 3, 0));
        pairRows.add(new Row("60-min pair", "`summary`, `java -jar` (no launcher)", javaJar(out, "summary", baseline, fec),
                null, 0, 0));
        measure(pairRows, rounds);
        if (soak != null) {
            List<Row> soakRows = new ArrayList<>();
            soakRows.add(new Row("24-h soak", "`summary`, `-Xmx256m`", launcher(launcher, "-Xmx256m", out, "summary", soak),
                    seed == null ? null : seedParseAndTable(python, seedDir, soak), 8, 450));
            soakRows.add(new Row("24-h soak", "`report`, `-Xmx512m`", launcher(launcher, "-Xmx512m", out, "report", soak),
                    seed == null ? null : seedPlot(python, seed, out, soak), 0, 0));
            soakRows.add(new Row("24-h soak", "`summary`, `-Xmx256m`, C2 too (`-XX:TieredStopAtLevel=4`)",
                    launcher(launcher, "-Xmx256m -XX:TieredStopAtLevel=4", out, "summary", soak), null, 0, 0));
            soakRows.add(new Row("24-h soak, harness defaults (not tuned on)", "`summary`, `-Xmx256m`",
                    launcher(launcher, "-Xmx256m", out, "summary", untuned),
                    seed == null ? null : seedParseAndTable(python, seedDir, untuned), 8, 450));
            measure(soakRows, soakRounds);
            pairRows.addAll(soakRows);
        }
        System.out.println();
        System.out.println("| input | command | fecunit: wall (CPU) | peak RSS | peak heap | seed: wall (CPU) | seed peak RSS"
                + " | speed-up | target |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Row row : pairRows) {
            System.out.println(row.markdown());
        }
    }

    // ---------- in-process ----------

    private static void inProcess(Path baseline, Path fec, int rounds) {
        for (int i = 0; i < 3; i++) {
            SummaryTable.render(List.of(Run.load(baseline), Run.load(fec)));
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

    private static void memory(Path fec) {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        Run run = Run.load(fec);
        long after = usedAfterGc(rt);
        int frames = run.frames().size();
        System.out.printf("memory: %d frame rows; whole run retained %.1f B per frame row (frames, %d Prometheus series,"
                        + " events)%n",
                frames, (after - before) / (double) Math.max(1, frames),
                run.families().stream().mapToInt(f -> run.series(f).size()).sum());
        RunSummary.of(run); // keep the run reachable until here
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    // ---------- whole processes ----------

    /** A command to time: its arguments, its environment, and whether it is a JVM (GC log for the peak heap). */
    private record Command(List<String> args, Map<String, String> env, boolean jvm) {
    }

    /** One round's measurement: wall and CPU (user + system) time; {@code status} non-zero when the command failed. */
    private record Measured(long ms, long cpuMs, long rssKb, long heapMb, int status) {
    }

    /** A table row: fecunit's command beside the seed's (or none), with the target speed-up and RSS (0: none). */
    private static final class Row {
        final String input;
        final String name;
        final Command fecunit;
        final Command seed;
        final double targetSpeedUp;
        final long targetRssMb;
        final List<Measured> fecunitRounds = new ArrayList<>();
        final List<Measured> seedRounds = new ArrayList<>();

        Row(String input, String name, Command fecunit, Command seed, double targetSpeedUp, long targetRssMb) {
            this.input = input;
            this.name = name;
            this.fecunit = fecunit;
            this.seed = seed;
            this.targetSpeedUp = targetSpeedUp;
            this.targetRssMb = targetRssMb;
        }

        String markdown() {
            Measured f = medians(fecunitRounds);
            Measured s = seed == null ? null : medians(seedRounds);
            String speedUp = s == null || f.status != 0 || s.status != 0 ? "" : String.format(Locale.ROOT,
                    "%.1fx (CPU %.1fx)", s.ms / (double) f.ms, s.cpuMs / (double) Math.max(1, f.cpuMs));
            List<String> targets = new ArrayList<>();
            if (targetSpeedUp > 0) {
                targets.add(String.format(Locale.ROOT, ">= %.0fx", targetSpeedUp));
            }
            if (targetRssMb > 0) {
                targets.add("<= " + targetRssMb + " MB RSS");
            }
            if (name.contains("report") && input.contains("soak")) {
                targets.add("succeeds");
            }
            return "| " + input + " | " + name + " | " + time(f) + " | " + mb(f.rssKb / 1024) + " | "
                    + (f.heapMb > 0 ? f.heapMb + " MB" : "") + " | " + (s == null ? "" : time(s)) + " | "
                    + (s == null ? "" : mb(s.rssKb / 1024)) + " | " + speedUp + " | " + String.join(", ", targets) + " |";
        }

        private static String time(Measured m) {
            return m.status != 0 ? "failed (exit " + m.status + ")"
                    : String.format(Locale.ROOT, "%.2f s (CPU %.2f s)", m.ms / 1000.0, m.cpuMs / 1000.0);
        }

        private static String mb(long mb) {
            return mb + " MB";
        }
    }

    private static void measure(List<Row> rows, int rounds) throws IOException, InterruptedException {
        for (Row row : rows) { // warms the file cache for both (they read the same files), not measured
            run(row.fecunit);
        }
        for (int r = 0; r < rounds; r++) {
            for (Row row : rows) {
                row.fecunitRounds.add(run(row.fecunit));
                if (row.seed != null) {
                    row.seedRounds.add(run(row.seed));
                }
            }
        }
        for (Row row : rows) {
            System.out.printf("%-12s %-60s fecunit %s%n", row.input, row.name, row.fecunitRounds);
            if (row.seed != null) {
                System.out.printf("%-12s %-60s seed    %s%n", row.input, row.name, row.seedRounds);
            }
        }
    }

    private static Command launcher(Path launcher, String javaOpts, Path out, String command, Path... runs) {
        List<String> args = new ArrayList<>(List.of(launcher.toString(), command));
        for (Path run : runs) {
            args.addAll(List.of("--run", run.toString()));
        }
        if (command.equals("report")) {
            args.addAll(List.of("--out", out.resolve("fecunit-" + runs.length).toString()));
        }
        return new Command(args, Map.of("JAVA_OPTS", javaOpts), true);
    }

    private static Command javaJar(Path out, String command, Path... runs) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> args = new ArrayList<>(List.of(java, "-jar", Path.of("target/fecunit-cli.jar").toAbsolutePath().toString(),
                command));
        for (Path run : runs) {
            args.addAll(List.of("--run", run.toString()));
        }
        return new Command(args, Map.of(), true);
    }

    private static Command seedParseAndTable(String python, String seedDir, Path... runs) {
        String parseAndTable = "import sys; sys.path.insert(0, sys.argv[1]); import plot_fec as p; "
                + "runs = [p.Run(d) for d in sys.argv[2:]]; p.print_summary(runs)";
        List<String> args = new ArrayList<>(List.of(python, "-c", parseAndTable, seedDir));
        for (Path run : runs) {
            args.add(run.toString());
        }
        return new Command(args, Map.of(), false);
    }

    private static Command seedPlot(String python, String seed, Path out, Path... runs) throws IOException {
        Path dir = out.resolve("seed-" + runs.length);
        Files.createDirectories(dir);
        List<String> args = new ArrayList<>(List.of(python, seed));
        for (Path run : runs) {
            args.addAll(List.of("--run", run.toString()));
        }
        args.addAll(List.of("--out", dir.toString()));
        return new Command(args, Map.of(), false);
    }

    /** Runs {@code command} once under {@code /usr/bin/time} (wall time and ru_maxrss), with a GC log for a JVM. */
    private static Measured run(Command command) throws IOException, InterruptedException {
        Path times = Files.createTempFile("fecunit-bench", ".time");
        Path gcLog = Files.createTempFile("fecunit-bench", ".gc");
        List<String> args = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            args.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        }
        args.addAll(command.args);
        ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(command.env);
        if (command.jvm) {
            String options = builder.environment().getOrDefault("JAVA_OPTS", "");
            builder.environment().put("JAVA_OPTS", (options + " -Xlog:gc,gc+heap+exit:file=" + gcLog).strip());
            if (!command.args.get(0).endsWith("fecunit")) { // java -jar: the option goes on the command line
                args.add(args.indexOf("-jar"), "-Xlog:gc,gc+heap+exit:file=" + gcLog);
                builder.command(args);
            }
        }
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long rssKb = 0;
        long cpuMs = 0;
        if (timed) {
            // the last line (a failed command's status line comes first)
            String[] lines = Files.readString(times, StandardCharsets.UTF_8).strip().split("\n");
            String[] fields = lines[lines.length - 1].strip().split("\\s+");
            cpuMs = Math.round((Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000);
            rssKb = Long.parseLong(fields[3]);
        }
        long heapMb = 0;
        long atExitKb = 0; // a command may end without a collection: the heap in use at its exit counts too
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                heapMb = Math.max(heapMb, Long.parseLong(m.group(1)));
            }
            Matcher exit = HEAP_AT_EXIT.matcher(line);
            if (exit.find()) {
                atExitKb += Long.parseLong(exit.group(1));
            }
        }
        heapMb = Math.max(heapMb, atExitKb / 1024);
        Files.deleteIfExists(times);
        Files.deleteIfExists(gcLog);
        return new Measured(ms, cpuMs, rssKb, heapMb, status);
    }

    private static Measured medians(List<Measured> rounds) {
        int failed = rounds.stream().mapToInt(Measured::status).filter(s -> s != 0).findFirst().orElse(0);
        return new Measured(median(rounds.stream().mapToLong(Measured::ms).toArray()),
                median(rounds.stream().mapToLong(Measured::cpuMs).toArray()),
                median(rounds.stream().mapToLong(Measured::rssKb).toArray()),
                median(rounds.stream().mapToLong(Measured::heapMb).toArray()), failed);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
