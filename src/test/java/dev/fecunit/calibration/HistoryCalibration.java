package dev.fecunit.calibration;

import dev.fecunit.Run;
import dev.fecunit.history.ChangePointDetector;
import dev.fecunit.history.DetectedSplits;
import dev.fecunit.history.FigureHistory;
import dev.fecunit.history.RunHistory;
import dev.fecunit.sim.HarnessSimulator;
import dev.fecunit.sim.NightlyRuns;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.Verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

/**
 * How well a {@link RunHistory} finds changes, on simulated nightly histories of the harness's default
 * profile (2 % base loss, 25 % bursts of 3 s every 15 s, bursty masks): 40 nights of an unchanged
 * configuration (FEC 30 %), the same with a step at night 30 (FEC 30 % -&gt; 10 % from night 30 on), and a
 * drift (FEC falling by half a point a night, 30 % -&gt; 10.5 %), for 60 s and 120 s nights. Prints per figure:
 * false change points per 100 nights of the unchanged histories; the share of steps found (a change point
 * within two nights of night 30) and how many nights after the step night it was first found, detecting
 * on the history as it grew night by night; the verdict on night 30 judged as the latest night and on
 * night 40; and for the drift, the share of histories with a change point and the verdict on night 40.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.fecunit.calibration.HistoryCalibration \
 *     -Dexec.args="--histories 25 --threads 2 --durations 60,120"
 * </pre>
 *
 * Every night uses its own seed; the same arguments always print the same figures.
 */
public final class HistoryCalibration {

    static final int NIGHTS = 40;
    /** Night 30, as an index: the first night at FEC 10 %. */
    static final int STEP = 29;

    private HistoryCalibration() {
    }

    /** Counts of one figure in one setting. */
    static final class Tally {
        int histories;
        int nights;
        int falseChangePoints;
        int stepsFound;
        final List<Integer> delays = new ArrayList<>();
        final Map<Verdict, Integer> stepNightVerdicts = new LinkedHashMap<>();
        final Map<Verdict, Integer> latestVerdicts = new LinkedHashMap<>();
        final Map<Verdict, Integer> unchangedLatest = new LinkedHashMap<>();
        int driftHistories;
        int driftWithChange;
        final Map<Verdict, Integer> driftLatest = new LinkedHashMap<>();
    }

    /** Runs the calibration; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int histories = 25;
        int threads = 2;
        List<Integer> durations = List.of(60, 120);
        List<Metric> metrics = Metric.builtIn();
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--histories" -> histories = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--durations" -> durations = Arrays.stream(value.split(",")).map(Integer::parseInt).toList();
                case "--metric" -> metrics = Arrays.stream(value.split(","))
                        .map(key -> Metric.builtIn().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow())
                        .toList();
                default -> {
                    System.err.println("Unknown argument [" + args[i] + "]; usage: HistoryCalibration [--histories N]"
                            + " [--threads N] [--durations 60,120] [--metric KEY,...]");
                    System.exit(2);
                }
            }
        }
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("fecunit-history-calibration");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%d histories of %d nights per kind; %s; harness default profile%n",
                histories, NIGHTS, ChangePointDetector.defaults()));
        table.append("| nights | figure | false change points / 100 nights | latest night of unchanged: WORSE / BETTER"
                + " | steps found | nights after the step (median, max) | night 30 as latest: WORSE | night 40: WORSE"
                + " | drift: histories with a change point | drift, night 40: WORSE |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|\n");
        try {
            for (int durationS : durations) {
                Map<Metric, Tally> tallies = new LinkedHashMap<>();
                metrics.forEach(m -> tallies.put(m, new Tally()));
                List<Future<?>> jobs = new ArrayList<>();
                for (int h = 0; h < histories; h++) {
                    int history = h;
                    List<Metric> chosen = metrics;
                    jobs.add(pool.submit(() -> {
                        calibrate(work, durationS, history, chosen, tallies);
                        return null;
                    }));
                }
                for (Future<?> job : jobs) {
                    job.get();
                }
                for (Metric metric : metrics) {
                    Tally t = tallies.get(metric);
                    int[] delays = t.delays.stream().mapToInt(Integer::intValue).sorted().toArray();
                    String row = String.format(Locale.ROOT, "| %d s | %s | %.2f (%d in %d nights) | %s / %s | %d of %d | %s"
                                    + " | %s | %s | %d of %d | %s |%n", durationS, metric.name(),
                            100.0 * t.falseChangePoints / t.nights, t.falseChangePoints, t.nights,
                            share(t.unchangedLatest, Verdict.WORSE, t.histories), share(t.unchangedLatest, Verdict.BETTER, t.histories),
                            t.stepsFound, t.histories,
                            delays.length == 0 ? "-" : delays[delays.length / 2] + ", " + delays[delays.length - 1],
                            share(t.stepNightVerdicts, Verdict.WORSE, t.histories),
                            share(t.latestVerdicts, Verdict.WORSE, t.histories),
                            t.driftWithChange, t.driftHistories, share(t.driftLatest, Verdict.WORSE, t.driftHistories));
                    table.append(row);
                    System.err.print("done: " + row);
                }
            }
        } finally {
            pool.shutdown();
            deleteTree(work);
        }
        System.out.print(table);
        System.out.printf(Locale.ROOT, "run time %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Simulates the three histories number {@code h} and adds what they show to {@code tallies}. */
    private static void calibrate(Path work, int durationS, int h, List<Metric> metrics, Map<Metric, Tally> tallies)
            throws IOException {
        long seedBase = 10_000_000L * durationS + 1_000L * h;
        List<Run> unchanged = simulate(work, "unchanged", durationS, seedBase, night -> 30);
        List<Run> step = simulate(work, "step", durationS, seedBase + 100, night -> night >= STEP ? 10 : 30);
        List<Run> drift = simulate(work, "drift", durationS, seedBase + 200, night -> (int) Math.round(30 - 0.5 * night));
        RunHistory unchangedHistory = RunHistory.ofRuns(unchanged);
        RunHistory stepHistory = RunHistory.ofRuns(step);
        RunHistory stepNight = RunHistory.ofRuns(step.subList(0, STEP + 1));
        RunHistory driftHistory = RunHistory.ofRuns(drift);
        List<FigureHistory> a = unchangedHistory.figures(metrics);
        List<FigureHistory> b = stepHistory.figures(metrics);
        List<FigureHistory> b30 = stepNight.figures(metrics);
        List<FigureHistory> c = driftHistory.figures(metrics);
        ChangePointDetector detector = stepHistory.detector();
        synchronized (tallies) {
            for (int m = 0; m < metrics.size(); m++) {
                Tally t = tallies.get(metrics.get(m));
                t.histories++;
                t.nights += NIGHTS;
                t.falseChangePoints += a.get(m).changePoints().size();
                count(t.unchangedLatest, a.get(m).latest().map(ComparisonResult::verdict).orElse(Verdict.INCONCLUSIVE));
                boolean found = b.get(m).changePoints().stream().anyMatch(cp -> Math.abs(cp.index() - STEP) <= 2);
                if (found) {
                    t.stepsFound++;
                }
                int delay = firstFound(detector, b.get(m).values());
                if (delay >= 0) {
                    t.delays.add(delay);
                }
                count(t.stepNightVerdicts, b30.get(m).latest().map(ComparisonResult::verdict).orElse(Verdict.INCONCLUSIVE));
                count(t.latestVerdicts, b.get(m).latest().map(ComparisonResult::verdict).orElse(Verdict.INCONCLUSIVE));
                t.driftHistories++;
                if (!c.get(m).changePoints().isEmpty()) {
                    t.driftWithChange++;
                }
                count(t.driftLatest, c.get(m).latest().map(ComparisonResult::verdict).orElse(Verdict.INCONCLUSIVE));
            }
        }
    }

    /**
     * Nights after the step night until the history as it grew finds a change point within two nights of
     * it (0 = on the step night itself); -1 when not by night 40.
     */
    private static int firstFound(ChangePointDetector detector, double[] values) {
        for (int last = STEP; last < values.length; last++) {
            double[] prefix = Arrays.stream(Arrays.copyOf(values, last + 1)).filter(Double::isFinite).toArray();
            if (prefix.length != last + 1) {
                return -1; // a night without data: positions would shift; not expected on this profile
            }
            if (DetectedSplits.anyNear(detector, prefix, STEP, 2)) {
                return last - STEP;
            }
        }
        return -1;
    }

    private static List<Run> simulate(Path work, String kind, int durationS, long seedBase, IntUnaryOperator fecRate)
            throws IOException {
        List<Run> runs = new ArrayList<>();
        for (int night = 0; night < NIGHTS; night++) {
            Path dir = work.resolve(kind + "-" + durationS + "-" + seedBase + "/" + NightlyRuns.folder(night) + "/fec");
            HarnessSimulator.write(NightlyRuns.night(night, durationS, fecRate.applyAsInt(night), seedBase + night).build(), dir);
            runs.add(Run.load(dir));
            deleteTree(dir);
        }
        return runs;
    }

    private static void count(Map<Verdict, Integer> counts, Verdict verdict) {
        counts.merge(verdict, 1, Integer::sum);
    }

    private static String share(Map<Verdict, Integer> counts, Verdict verdict, int of) {
        int n = counts.getOrDefault(verdict, 0);
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * n / Math.max(1, of));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete [" + root + "]: " + e.getMessage(), e);
        }
    }
}
