package dev.fecunit.bench;

import dev.fecunit.sim.HarnessSimulator;
import dev.fecunit.sim.NightlyRuns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The history quality bar: a year of nightly 60 s runs (365 nights of the harness's default profile,
 * FEC cut from 30 % to 10 % at night 300) is loaded and judged by {@code fecunit history} (every figure's
 * change points, the verdict on the latest night, and the report) in a fresh JVM with a 512 MB heap,
 * within 15 s. Prints the wall time of each round and the median.
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.fecunit.bench.HistoryBenchmark \
 *     -Dexec.args="--nights 365 --rounds 3"
 * </pre>
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {
    }

    /** Entry point; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int nights = Integer.parseInt(options.getOrDefault("--nights", "365"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));
        String heap = options.getOrDefault("--heap", "512m");
        Path root = Path.of(options.getOrDefault("--dir", "target/bench/history-" + nights));
        if (!Files.isDirectory(root.resolve("nightly"))) {
            System.out.println("generating " + nights + " nights of 60 s into " + root + " ...");
            for (int night = 0; night < nights; night++) {
                int fecRate = night >= nights - 65 ? 10 : 30;
                HarnessSimulator.write(NightlyRuns.night(night, 60, fecRate, 90_000 + night).build(),
                        root.resolve("nightly/" + NightlyRuns.folder(night) + "/fec"));
            }
        }
        System.out.printf("input: %s (%d nights, %.1f MB)%n", root, nights, size(root) / 1e6);
        // The self-contained jar (mvn package); exec:java's own class path is Maven's, not the project's.
        Path jar = Path.of("target/fecunit-cli.jar");
        String classPath = Files.isRegularFile(jar) ? jar.toString() : System.getProperty("java.class.path");
        long[] ms = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-Djava.awt.headless=true", "-cp", classPath,
                    "dev.fecunit.internal.cli.Main", "history", "--root", root.toString(), "--runs", "nightly/*/fec",
                    "--out", root.resolve("report").toString()));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(root.resolve("history-" + r + ".txt").toFile()).start();
            int status = process.waitFor();
            ms[r] = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("round %d: %d ms (exit %d, output %s)%n", r + 1, ms[r], status,
                    root.resolve("history-" + r + ".txt"));
            if (status != 0) {
                System.out.println(Files.readString(root.resolve("history-" + r + ".txt")));
                System.exit(1);
            }
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("history of %d nights, whole process with -Xmx%s: %d ms (median of %d; bar: 15000 ms)%n",
                nights, heap, sorted[sorted.length / 2], rounds);
    }

    private static long size(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

}
