package dev.fecunit.calibration;

import dev.fecunit.Run;
import dev.fecunit.analysis.Direction;
import dev.fecunit.sim.HarnessSimulator;
import dev.fecunit.sim.Scenario;
import dev.fecunit.sim.SfuSetup;
import dev.fecunit.verdict.Blocking;
import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Difference;
import dev.fecunit.verdict.Method;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.RunSet;
import dev.fecunit.verdict.Verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Measures how often the default verdict is wrong, and how often it catches a real regression
 * compared with what the data allows, on the loss profiles users run.
 *
 * <p>For each profile, run length and number of runs per side it simulates (with {@code dev.fecunit.sim})
 * independent runs at FEC rate 30 % and at two regressed rates (10 %, and the milder 20 %), and
 * compares with the defaults of {@link Comparison} (95 %, each figure's minimum change, {@link Method#AUTO}):
 * <ul>
 *   <li><b>A/A pairs</b>: both sides at FEC 30 %, different seeds; a false alarm is WORSE or BETTER;</li>
 *   <li><b>A/B pairs</b>: the candidate at 10 % (or 20 %) against FEC 30 %; a detection is the verdict
 *       in the regression's direction (WORSE for most figures, BETTER where the cut really improves the
 *       figure, e.g. fewer packets sent and lost);</li>
 *   <li><b>what the data allows</b>: the same decision rule on the same pairs with the interval built
 *       from the true between-run spread ({@code ±1.96 σ}, σ measured over all simulated sides of the
 *       cell) instead of the one estimated from the pair.</li>
 * </ul>
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$CLASSPATH dev.fecunit.calibration.Calibration \
 *      [--pairs 300] [--threads 2] [--profiles default,bursts5,uniform4,none] [--lengths 60,120]
 *      [--runs 1,3] [--metric KEY,...|all] [--seed-base 2] [--pool N] [--blocking WINDOWS|CYCLES|FIXED]
 * </pre>
 *
 * {@code --seed-base} picks the seeds (the published table uses 2; the method was tuned on 1), {@code
 * --pool N} caps the runs simulated per configuration (pairs then draw their runs from the pool at
 * random: cheaper, slightly correlated pairs). Runs are simulated into a temporary directory, loaded,
 * and the files deleted at once; the same arguments always print the same figures.
 */
public final class Calibration {

    private static final int BASE_FEC_RATE = 30;
    private static final int[] REGRESSED_FEC_RATES = {10, 20};

    /** The loss profiles the table covers. */
    enum Profile {
        /** {@code run_fec_test.sh} defaults. */
        DEFAULT("default", "harness default: base loss 2 %, 25 % bursts of 3 s every 15 s, bursty mask"),
        /** The README's earlier calibration profile, bursts every 5 s. */
        BURSTS5("bursts5", "base loss 1 %, 15 % bursts of 2 s every 5 s, random mask"),
        /** The SFU dropping 4 % uniformly, shaper off. */
        UNIFORM4("uniform4", "uniform drop at the SFU, DEBUG_DROP=4, shaper off"),
        /** No loss at all. */
        NONE("none", "no loss, shaper off");

        final String key;
        final String description;

        Profile(String key, String description) {
            this.key = key;
            this.description = description;
        }

        Scenario scenario(int durationS, int fecRate, long seed) {
            Scenario.Builder b = switch (this) {
                case DEFAULT -> Scenario.defaults().mode(Scenario.Mode.FEC).baseLoss(0.02).burstLoss(0.25)
                        .burstLenS(3).burstEveryS(15).fecMask(Scenario.FecMask.BURSTY);
                case BURSTS5 -> Scenario.burstLoss(Scenario.Mode.FEC).toBuilder();
                case UNIFORM4 -> Scenario.uniformDrop(Scenario.Mode.FEC, 4).toBuilder();
                case NONE -> Scenario.noLoss(Scenario.Mode.FEC).toBuilder();
            };
            return b.sfu(SfuSetup.referenceHarness("ND_calibr8")).durationS(durationS).fecRatePercent(fecRate)
                    .seed(seed).build();
        }

        static Profile of(String key) {
            return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown profile [" + key + "]; one of default,"
                            + " bursts5, uniform4, none"));
        }
    }

    /** Verdicts of one kind of pair for one figure, and the sides' figures. */
    static final class Tally {
        final int[] counts = new int[Verdict.values().length];
        final int[] oracleCounts = new int[Verdict.values().length];
        double widthSum;
        int widths;
        int pairs;

        int count(Verdict v) {
            return counts[v.ordinal()];
        }

        double share(Verdict v) {
            return 100.0 * count(v) / pairs;
        }

        double oracleShare(Verdict v) {
            return 100.0 * oracleCounts[v.ordinal()] / pairs;
        }
    }

    private Calibration() {
    }

    /** Runs the calibration; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int pairs = 300;
        int threads = 2;
        int pool = 0;
        long seedBase = 2;
        List<Profile> profiles = List.of(Profile.values());
        List<Integer> lengths = List.of(60, 120);
        List<Integer> repetitions = List.of(1, 3);
        // Figures reported but not judged (FEC overhead, network loss, packet loss rate) have no false alarms.
        List<Metric> metrics = Metric.builtIn().stream().filter(m -> m.direction() != Direction.NOT_JUDGED).toList();
        Blocking blocking = Blocking.WINDOWS;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--pairs" -> pairs = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--pool" -> pool = Integer.parseInt(value);
                case "--seed-base" -> seedBase = Long.parseLong(value);
                case "--profiles" -> profiles = Arrays.stream(value.split(",")).map(Profile::of).toList();
                case "--lengths" -> lengths = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
                case "--runs" -> repetitions = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
                case "--blocking" -> blocking = Blocking.valueOf(value);
                case "--metric" -> metrics = value.equals("all") ? metrics
                        : Arrays.stream(value.split(",")).map(Calibration::metricOf).toList();
                default -> {
                    System.err.println("Unknown argument [" + args[i] + "]; usage: Calibration [--pairs N] [--threads N]"
                            + " [--profiles default,bursts5,uniform4,none] [--lengths 60,120] [--runs 1,3]"
                            + " [--metric KEY,...|all] [--seed-base N] [--pool N]");
                    System.exit(2);
                }
            }
        }
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("fecunit-calibration");
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%d pairs per cell, 95 %% interval, default settings; A/A: FEC %d %% vs %d %%;"
                + " A/B: FEC %d %% and %d %% vs %d %%; seed base %d%s%n", pairs, BASE_FEC_RATE, BASE_FEC_RATE,
                REGRESSED_FEC_RATES[0], REGRESSED_FEC_RATES[1], BASE_FEC_RATE, seedBase,
                pool > 0 ? ", pool of " + pool + " runs per configuration" : ""));
        table.append("| profile | runs | figure | min chg | A/A false alarms (w/b) | allowed | 30→10 detected | allowed"
                + " | 30→20 detected | allowed | A/A width / true |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        try {
            for (Profile profile : profiles) {
                for (int durationS : lengths) {
                    int maxReps = repetitions.stream().mapToInt(Integer::intValue).max().orElseThrow();
                    int baseCount = pool > 0 ? pool : 2 * pairs * maxReps;
                    int cutCount = pool > 0 ? pool : pairs * maxReps;
                    System.err.printf(Locale.ROOT, "%s, %d s: simulating %d + 2 x %d runs ...%n", profile.key, durationS,
                            baseCount, cutCount);
                    List<Run> base = simulate(executor, work, profile, durationS, BASE_FEC_RATE, baseCount, seedBase);
                    List<List<Run>> cut = new ArrayList<>();
                    for (int rate : REGRESSED_FEC_RATES) {
                        cut.add(simulate(executor, work, profile, durationS, rate, cutCount, seedBase));
                    }
                    for (int r : repetitions) {
                        Draw draw = new Draw(pairs, r, base.size(), cutCount, pool > 0, seedBase * 31 + r);
                        for (Metric metric : metrics) {
                            table.append(cell(executor, profile, durationS, r, metric, blocking, draw, base, cut));
                        }
                    }
                }
            }
        } finally {
            executor.shutdown();
            deleteTree(work);
        }
        System.out.print(table);
        System.out.printf(Locale.ROOT, "run time %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Which runs each pair takes: disjoint slices, or random draws from a smaller pool. */
    static final class Draw {
        final int[][] first;
        final int[][] second;
        final int[][] cut;

        Draw(int pairs, int r, int baseCount, int cutCount, boolean random, long seed) {
            first = new int[pairs][];
            second = new int[pairs][];
            cut = new int[pairs][];
            SplittableRandom rng = new SplittableRandom(seed);
            boolean disjoint = !random || (baseCount >= 2 * r * pairs && cutCount >= r * pairs);
            for (int p = 0; p < pairs; p++) {
                if (!disjoint) {
                    int[] six = distinct(rng, baseCount, 2 * r);
                    first[p] = Arrays.copyOfRange(six, 0, r);
                    second[p] = Arrays.copyOfRange(six, r, 2 * r);
                    cut[p] = distinct(rng, cutCount, r);
                } else {
                    first[p] = range(2 * p * r, r);
                    second[p] = range(2 * p * r + r, r);
                    cut[p] = range(p * r, r);
                }
            }
        }

        private static int[] range(int from, int n) {
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = from + i;
            }
            return out;
        }

        private static int[] distinct(SplittableRandom rng, int bound, int n) {
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                int x;
                boolean again;
                do {
                    x = rng.nextInt(bound);
                    again = false;
                    for (int j = 0; j < i; j++) {
                        again |= out[j] == x;
                    }
                } while (again);
                out[i] = x;
            }
            return out;
        }
    }

    /** One row: A/A and both A/B kinds for one figure, with what the true spread allows. */
    private static String cell(ExecutorService executor, Profile profile, int durationS, int r, Metric metric,
                               Blocking blocking, Draw draw,
                               List<Run> base, List<List<Run>> cut) throws Exception {
        int pairs = draw.first.length;
        List<Future<ComparisonResult[]>> futures = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            int pair = p;
            futures.add(executor.submit(() -> {
                RunSet first = set(base, draw.first[pair]);
                RunSet second = set(base, draw.second[pair]);
                ComparisonResult[] out = new ComparisonResult[1 + cut.size()];
                out[0] = Comparison.of(metric).blocking(blocking).candidate(first).baseline(second).compare();
                for (int k = 0; k < cut.size(); k++) {
                    out[k + 1] = Comparison.of(metric).blocking(blocking).candidate(set(cut.get(k), draw.cut[pair]))
                            .baseline(second).compare();
                }
                return out;
            }));
        }
        ComparisonResult[][] results = new ComparisonResult[pairs][];
        for (int p = 0; p < pairs; p++) {
            results[p] = futures.get(p).get();
        }
        // The true spread of one side's figure: over every independent base side and every cut side.
        double[] baseSides = new double[2 * pairs];
        for (int p = 0; p < pairs; p++) {
            baseSides[2 * p] = results[p][0].candidateFigure();
            baseSides[2 * p + 1] = results[p][0].baselineFigure();
        }
        double sdBase = sd(baseSides);
        double delta = results[0][0].minimumChange();
        Direction direction = metric.direction();
        Tally aa = new Tally();
        List<Tally> ab = new ArrayList<>();
        double[] cutSd = new double[cut.size()];
        int[] regressionSign = new int[cut.size()];
        for (int k = 0; k < cut.size(); k++) {
            double[] cutSides = new double[pairs];
            double diffSum = 0;
            for (int p = 0; p < pairs; p++) {
                cutSides[p] = results[p][k + 1].candidateFigure();
                diffSum += Double.isNaN(results[p][k + 1].difference()) ? 0 : results[p][k + 1].difference();
            }
            cutSd[k] = sd(cutSides);
            // The regression's direction on this figure: the sign of the mean difference.
            int worse = direction == Direction.LOWER_IS_BETTER ? 1 : -1;
            regressionSign[k] = diffSum * worse >= 0 ? 1 : -1;
            ab.add(new Tally());
        }
        for (int p = 0; p < pairs; p++) {
            tally(aa, results[p][0], Math.sqrt(2) * sdBase, delta, direction);
            for (int k = 0; k < cut.size(); k++) {
                tally(ab.get(k), results[p][k + 1], Math.hypot(sdBase, cutSd[k]), delta, direction);
            }
        }
        StringBuilder row = new StringBuilder();
        row.append(String.format(Locale.ROOT, "| %s | %d x %d s | %s | %s | %.1f %% (%d/%d) | %.1f %%", profile.key, r,
                durationS, metric.name(), trim(delta), aa.share(Verdict.WORSE) + aa.share(Verdict.BETTER),
                aa.count(Verdict.WORSE), aa.count(Verdict.BETTER),
                aa.oracleShare(Verdict.WORSE) + aa.oracleShare(Verdict.BETTER)));
        for (int k = 0; k < cut.size(); k++) {
            Verdict detected = regressionSign[k] > 0 ? Verdict.WORSE : Verdict.BETTER;
            row.append(String.format(Locale.ROOT, " | %.1f %%%s | %.1f %%", ab.get(k).share(detected),
                    detected == Verdict.BETTER ? " (better)" : "", ab.get(k).oracleShare(detected)));
        }
        double trueWidth = 2 * 1.959964 * Math.sqrt(2) * sdBase;
        row.append(String.format(Locale.ROOT, " | %.2f |%n", aa.widths == 0 || trueWidth == 0 ? Double.NaN
                : aa.widthSum / aa.widths / trueWidth));
        System.err.print("done: " + row);
        return row.toString();
    }

    private static void tally(Tally tally, ComparisonResult result, double trueSd, double delta, Direction direction) {
        tally.counts[result.verdict().ordinal()]++;
        tally.pairs++;
        if (Double.isFinite(result.differenceInterval().width())) {
            tally.widthSum += result.differenceInterval().width();
            tally.widths++;
        }
        double d = result.difference();
        Difference oracle = new Difference(result.candidateFigure(), result.baselineFigure(), d,
                new dev.fecunit.verdict.Interval(d - 1.959964 * trueSd, d + 1.959964 * trueSd),
                Double.NaN, new dev.fecunit.verdict.Interval(Double.NaN, Double.NaN), Double.POSITIVE_INFINITY, "true spread", "");
        tally.oracleCounts[oracle.verdict(delta, direction).ordinal()]++;
    }

    private static double sd(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
    }

    private static RunSet set(List<Run> runs, int[] indices) {
        List<Run> out = new ArrayList<>();
        for (int i : indices) {
            out.add(runs.get(i));
        }
        return RunSet.of(out);
    }

    /** Simulates {@code count} runs of {@code profile} with FEC at {@code fecRate} %, each with its own seed. */
    private static List<Run> simulate(ExecutorService executor, Path work, Profile profile, int durationS, int fecRate,
                                      int count, long seedBase) throws Exception {
        AtomicInteger done = new AtomicInteger();
        List<Future<Run>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = seedBase * 1_000_000_000L + profile.ordinal() * 100_000_000L + durationS * 100_000L
                    + fecRate * 1_000L * 10 + i;
            Scenario scenario = profile.scenario(durationS, fecRate, seed);
            Path dir = work.resolve(profile.key + "-" + durationS + "s-fec" + fecRate + "-" + i);
            futures.add(executor.submit(() -> {
                HarnessSimulator.write(scenario, dir);
                Run run = Run.load(dir);
                deleteTree(dir);
                int n = done.incrementAndGet();
                if (n % 200 == 0) {
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
