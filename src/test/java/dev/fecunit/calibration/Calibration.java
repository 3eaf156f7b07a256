package dev.fecunit.calibration;

import dev.fecunit.Run;
import dev.fecunit.sim.HarnessSimulator;
import dev.fecunit.sim.Scenario;
import dev.fecunit.sim.SfuSetup;
import dev.fecunit.verdict.Blocking;
import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Method;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.RunSet;
import dev.fecunit.verdict.Verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Measures how often the default verdict is wrong: simulates many A/A pairs (one configuration,
 * different seeds) and A/B pairs with a real regression (FlexFEC rate cut from 30 % to 10 %) of the
 * burst-loss scenario, compares each pair with {@link Comparison}, and prints the false-alarm rate
 * (A/A pairs judged WORSE or BETTER) and the detection rate (A/B pairs judged WORSE) for 60 s runs,
 * 120 s runs and 3 repetitions of 120 s, for frame loss rate, gap events, latency mean and p95 and NACK
 * rate, with the default settings of {@link Comparison} (95 % interval, each metric's minimum change,
 * {@link Method#AUTO}).
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.fecunit.calibration.Calibration
 *      [--pairs 100] [--threads 2] [--settings 60x1,120x1,120x3] [--metric frame_loss_rate_pct,...|all]
 *      [--blocking WINDOWS|CYCLES|FIXED] [--minimum-change X] [--method AUTO|WINDOWS|RUNS_THEN_WINDOWS|RUNS,...]
 * </pre>
 *
 * Runs are simulated into a temporary directory, loaded, and deleted at once. Every pair uses fresh
 * seeds; the same arguments always print the same figures.
 */
public final class Calibration {

    private static final int BASE_FEC_RATE = 30;
    private static final int REGRESSED_FEC_RATE = 10;

    /** One row of the table: run length and repetitions per side. */
    record Setting(int durationS, int repetitions) {
        String label() {
            return repetitions + " x " + durationS + " s";
        }

        /** {@code 120x3}: three repetitions of 120 s. */
        static Setting parse(String text) {
            String[] parts = text.split("x");
            return new Setting(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }
    }

    /** Verdict counts of one kind of pair in one setting. */
    static final class Tally {
        final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        double differenceSum;
        double widthSum;
        int pairs;

        void add(ComparisonResult r) {
            counts.merge(r.verdict(), 1, Integer::sum);
            differenceSum += r.difference();
            widthSum += r.differenceInterval().width();
            pairs++;
        }

        int count(Verdict v) {
            return counts.getOrDefault(v, 0);
        }

        double share(Verdict v) {
            return 100.0 * count(v) / pairs;
        }
    }

    private Calibration() {
    }

    /** Runs the calibration; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int pairs = 100;
        int threads = 2;
        List<Metric> metrics = List.of(Metric.FRAME_LOSS_RATE, Metric.GAP_EVENTS_PER_MINUTE, Metric.LATENCY_MEAN,
                Metric.LATENCY_P95, Metric.NACK_RATE);
        Double minimumChange = null;
        List<Method> methods = List.of(Method.AUTO);
        Blocking blocking = null;
        List<Setting> settings = List.of(new Setting(60, 1), new Setting(120, 1), new Setting(120, 3));
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--pairs" -> pairs = Integer.parseInt(value);
                case "--settings" -> settings = java.util.Arrays.stream(value.split(",")).map(Setting::parse).toList();
                case "--threads" -> threads = Integer.parseInt(value);
                case "--metric" -> metrics = value.equals("all") ? Metric.builtIn()
                        : java.util.Arrays.stream(value.split(",")).map(Calibration::metricOf).toList();
                case "--minimum-change" -> minimumChange = Double.parseDouble(value);
                case "--blocking" -> blocking = Blocking.valueOf(value);
                case "--method" -> methods = java.util.Arrays.stream(value.split(",")).map(Method::valueOf).toList();
                default -> {
                    System.err.println("Unknown argument [" + args[i] + "]; usage: Calibration [--pairs N] [--threads N]"
                            + " [--settings 60x1,120x1,120x3] [--metric KEY,...|all] [--minimum-change X] [--method AUTO|WINDOWS|RUNS_THEN_WINDOWS|RUNS,...]");
                    System.exit(2);
                }
            }
        }
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("fecunit-calibration");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%d pairs per setting, 95 %% interval, FEC rate %d %% (A/A) vs %d %% (A/B)%n",
                pairs, BASE_FEC_RATE, REGRESSED_FEC_RATE));
        table.append(String.format(Locale.ROOT, "%-10s | %-24s | %-8s | %-17s | %-24s | %-18s | %-20s | %s%n", "setting",
                "figure", "min chg", "method", "A/A false alarms (w / b)", "A/A same / inconcl", "A/B detected",
                "A/B mean diff, mean CI width"));
        try {
            for (int durationS : settings.stream().map(Setting::durationS).distinct().toList()) {
                int maxReps = settings.stream().filter(s -> s.durationS() == durationS)
                        .mapToInt(Setting::repetitions).max().orElseThrow();
                System.err.printf(Locale.ROOT, "simulating %d + %d runs of %d s ...%n", 2 * pairs * maxReps, pairs * maxReps, durationS);
                List<Run> base = simulate(pool, work, durationS, BASE_FEC_RATE, 2 * pairs * maxReps);
                List<Run> regressed = simulate(pool, work, durationS, REGRESSED_FEC_RATE, pairs * maxReps);
                for (Setting setting : settings) {
                    if (setting.durationS() != durationS) {
                        continue;
                    }
                    int r = setting.repetitions();
                    for (Metric metric : metrics) {
                        for (Method method : methods) {
                            Tally aa = new Tally();
                            Tally ab = new Tally();
                            ComparisonResult any = null;
                            for (int p = 0; p < pairs; p++) {
                                RunSet first = RunSet.of(base.subList(2 * p * r, 2 * p * r + r));
                                RunSet second = RunSet.of(base.subList(2 * p * r + r, 2 * p * r + 2 * r));
                                RunSet cut = RunSet.of(regressed.subList(p * r, p * r + r));
                                aa.add(compare(metric, minimumChange, method, blocking, first, second));
                                any = compare(metric, minimumChange, method, blocking, cut, second);
                                ab.add(any);
                            }
                            String row = String.format(Locale.ROOT,
                                    "%-10s | %-24s | %-8s | %-17s | %5.1f %% (%3d / %3d)      | %3d / %3d          | %5.1f %% (%3d of %3d) | %+.2f, %.2f%n",
                                    setting.label(), metric.name() + " (" + metric.unit() + ")", trim(any.minimumChange()),
                                    any.method(), aa.share(Verdict.WORSE) + aa.share(Verdict.BETTER), aa.count(Verdict.WORSE),
                                    aa.count(Verdict.BETTER), aa.count(Verdict.SAME), aa.count(Verdict.INCONCLUSIVE),
                                    ab.share(Verdict.WORSE), ab.count(Verdict.WORSE), ab.pairs,
                                    ab.differenceSum / ab.pairs, ab.widthSum / ab.pairs);
                            table.append(row);
                            System.err.print("done: " + row);
                        }
                    }
                }
            }
        } finally {
            pool.shutdown();
            deleteTree(work);
        }
        System.out.print(table);
        System.out.printf(Locale.ROOT, "run time %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static ComparisonResult compare(Metric metric, Double minimumChange, Method method, Blocking blocking,
                                            RunSet candidate, RunSet baseline) {
        Comparison c = Comparison.of(metric).candidate(candidate).baseline(baseline).method(method);
        if (blocking != null) {
            c.blocking(blocking);
        }
        if (minimumChange != null) {
            c.minimumChange(minimumChange);
        }
        return c.compare();
    }

    /** Simulates {@code count} runs of the burst-loss scenario with FEC at {@code fecRate} %, fresh seeds. */
    private static List<Run> simulate(ExecutorService pool, Path work, int durationS, int fecRate, int count)
            throws Exception {
        AtomicInteger done = new AtomicInteger();
        List<Future<Run>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = 1_000_000L * durationS + 10_000L * fecRate + i;
            Scenario scenario = Scenario.burstLoss(Scenario.Mode.FEC).toBuilder()
                    .sfu(SfuSetup.referenceHarness("ND_calibr8"))
                    .durationS(durationS).fecRatePercent(fecRate).seed(seed).build();
            Path dir = work.resolve(durationS + "s-fec" + fecRate + "-" + i);
            futures.add(pool.submit(() -> {
                HarnessSimulator.write(scenario, dir);
                Run run = Run.load(dir);
                deleteTree(dir);
                int n = done.incrementAndGet();
                if (n % 50 == 0) {
                    System.err.printf(Locale.ROOT, "  %d/%d runs of %d s at FEC %d %%%n", n, count, durationS, fecRate);
                }
                return run;
            }));
        }
        List<Run> runs = new ArrayList<>();
        for (Future<Run> f : futures) {
            runs.add(f.get());
        }
        return runs;
    }

    private static Metric metricOf(String key) {
        return Metric.builtIn().stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown metric [" + key + "]; one of "
                        + Metric.builtIn().stream().map(Metric::key).toList()));
    }

    private static String trim(double x) {
        return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
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
