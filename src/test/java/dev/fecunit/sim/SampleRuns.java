package dev.fecunit.sim;

import dev.fecunit.sim.Scenario.FecMask;
import dev.fecunit.sim.Scenario.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sample run directories of {@code example-tests/runs/}: every set the examples and tests
 * use, with fixed seeds, so that {@link #writeAll(Path)} writes byte-identical files every time.
 *
 * <pre>{@code
 * java -cp … dev.fecunit.sim.SampleRuns example-tests/runs
 * }</pre>
 */
public final class SampleRuns {

    /**
     * One sample run: where it goes under the runs root and what it simulates.
     *
     * @param path     relative path of the run directory, e.g. {@code burst-ab/fec}
     * @param scenario what it simulates
     */
    public record SampleRun(String path, Scenario scenario) {
    }

    /** Loss levels and configurations of the small sweep (as in the reference sweep). */
    private static final double[] SWEEP_LOSSES = {0.15, 0.30, 0.50};
    private static final int REPEATS = 5;
    /** Nights in {@code nightly/}, their length, and the first night with the FEC rate cut (2026-11-17). */
    private static final int NIGHTS = 24;
    private static final int NIGHT_SECONDS = 30;
    public static final int NIGHTLY_STEP = 16;

    private SampleRuns() {
    }

    /** Writes the sample runs under {@code args[0]} (default {@code example-tests/runs}). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "example-tests/runs");
        for (WrittenRun run : writeAll(root)) {
            System.out.println(root.relativize(run.directory()) + ": " + run.framesRendered() + " frame rows"
                    + (run.defects().isEmpty() ? "" : ", " + run.defects().size() + " defects"));
        }
    }

    /**
     * Every sample run, in writing order: {@code burst-ab/}, {@code uniform-ab/}, {@code no-loss/},
     * {@code defects/}, {@code sweep-small/}, {@code repeats/}, {@code nightly/}, {@code recovery-ab/}.
     */
    public static List<SampleRun> all() {
        List<SampleRun> runs = new ArrayList<>();
        // burst-ab: the A/B pair under periodic 15 % bursts, plus a FEC build whose rate was cut to 5.
        // Seeds picked so each run sits near its configuration's typical loss (see repeats/ for spread).
        // 64 subscribers push the outgoing data counter past a million (1.0xxxxxe+06 in prom.tsv).
        SfuSetup loadTestRoom = Scenario.burstLoss(Mode.FEC).sfu().withSubscribers(64);
        runs.add(new SampleRun("burst-ab/baseline", Scenario.burstLoss(Mode.BASELINE).toBuilder()
                .t0Us(1_763_904_000_000_000L).seed(10).sfu(loadTestRoom).build()));
        runs.add(new SampleRun("burst-ab/fec", Scenario.burstLoss(Mode.FEC).toBuilder()
                .t0Us(1_763_904_100_000_000L).seed(11).sfu(loadTestRoom).build()));
        runs.add(new SampleRun("burst-ab/fec-regressed", Scenario.burstLoss(Mode.FEC).toBuilder()
                .t0Us(1_763_904_200_000_000L).seed(28).sfu(loadTestRoom).fecRatePercent(5).build()));

        // uniform-ab: 5 % dropped at the SFU's receive path; a long-lived SFU (counters ≥ 1e6 from the
        // start: 1.2345xxxe+07, 1.5e+06) and a camera track label needing escapes.
        SfuSetup longLived = Scenario.uniformDrop(Mode.FEC, 5).sfu();
        runs.add(new SampleRun("uniform-ab/baseline", Scenario.uniformDrop(Mode.BASELINE, 5).toBuilder()
                .t0Us(1_763_905_000_000_000L).seed(21).firstFrameId(48_213)
                .sfu(longLived.withForwardedBefore(12_104_400, 1_499_000)).build()));
        runs.add(new SampleRun("uniform-ab/fec", Scenario.uniformDrop(Mode.FEC, 5).toBuilder()
                .t0Us(1_763_905_100_000_000L).seed(22).firstFrameId(52_117)
                .sfu(longLived.withForwardedBefore(12_345_000, 1_500_000)).build()));

        // no-loss: recorded on Windows (CRLF in meta.env and frames.csv), 1080p.
        runs.add(new SampleRun("no-loss/fec", Scenario.noLoss(Mode.FEC).toBuilder()
                .t0Us(1_763_906_000_000_000L).seed(31).firstFrameId(7_300_001).resolution(1920, 1080)
                .windowsLineEndings(true).build()));

        // defects: a run that died, with every defect docs/run-directory.md names.
        runs.add(new SampleRun("defects/fec", Scenario.burstLoss(Mode.FEC).toBuilder()
                .t0Us(1_763_907_000_000_000L).seed(41).durationS(40)
                .sfu(SfuSetup.detailed("ND_q8Lf2Vxa", "TR_VCm4YbQe7s", "screen\\desk\n2"))
                .defects(Defects.diedRun()).build()));

        int seed = 51;
        for (double loss : SWEEP_LOSSES) {
            for (String config : List.of("baseline", "rate30_random", "rate30_bursty")) {
                Mode mode = config.equals("baseline") ? Mode.BASELINE : Mode.FEC;
                FecMask mask = config.endsWith("random") ? FecMask.RANDOM : FecMask.BURSTY;
                String leaf = "cell_loss" + lossLabel(loss) + "_" + config + "/" + mode.metaValue();
                runs.add(new SampleRun("sweep-small/" + leaf, Scenario.sweepCell(loss, mode, mask).toBuilder()
                        .seed(seed++).build()));
            }
        }

        // repeats: the burst-ab configuration again and again with fresh seeds (not picked), recorded on
        // an SFU labelled like the reference sweep's (ten series a poll keeps the ten runs small).
        SfuSetup compact = SfuSetup.referenceHarness("ND_r3Pe7tQz");
        for (int i = 1; i <= REPEATS; i++) {
            long t0 = 1_763_910_000_000_000L + (i - 1) * 200_000_000L;
            for (Mode mode : Mode.values()) {
                runs.add(new SampleRun("repeats/" + mode.metaValue() + "-" + i, Scenario.burstLoss(mode).toBuilder()
                        .sfu(compact).seed(60 + 2L * i + mode.ordinal())
                        .t0Us(t0 + mode.ordinal() * 100_000_000L).build()));
            }
        }

        // nightly: a nightly job's history, the harness's default profile, short nights; from night
        // NIGHTLY_STEP on, the FEC rate was cut from 30 % to 10 % (the regression to find).
        for (int night = 0; night < NIGHTS; night++) {
            runs.add(new SampleRun("nightly/" + NightlyRuns.folder(night) + "/fec", NightlyRuns.night(night,
                    NIGHT_SECONDS, night >= NIGHTLY_STEP ? 10 : 30, 7000 + night).build()));
        }
        // recovery-ab: single 60 s runs of the harness's default profile, two at FEC rate 30 % (A/A) and one
        // cut to 10 % (the regression), fresh seeds, not picked.
        for (String name : List.of("fec30-a", "fec30-b", "fec10")) {
            int rate = name.startsWith("fec30") ? 30 : 10;
            runs.add(new SampleRun("recovery-ab/" + name, NightlyRuns.harnessDefault(60, rate)
                    .t0Us(1_764_000_000_000_000L + runs.size() * 100_000_000L).seed(9000 + runs.size()).build()));
        }
        return runs;
    }

    /**
     * Writes every sample run under {@code root}, with the sweep's {@code manifest.tsv},
     * {@code defects/DEFECTS.md} (where each defect is) and a {@code README.md}.
     *
     * @return the written runs, in {@link #all()} order
     */
    public static List<WrittenRun> writeAll(Path root) throws IOException {
        List<WrittenRun> written = new ArrayList<>();
        List<String> manifest = new ArrayList<>(List.of("leaf\tmode\tloss\tfec_rate\tfec_mask"));
        StringBuilder defects = new StringBuilder();
        for (SampleRun run : all()) {
            WrittenRun w = HarnessSimulator.write(run.scenario(), root.resolve(run.path()));
            written.add(w);
            Scenario s = run.scenario();
            if (run.path().startsWith("sweep-small/")) {
                boolean fec = s.mode() == Mode.FEC;
                manifest.add(String.join("\t", run.path().substring("sweep-small/".length()), s.mode().metaValue(),
                        lossLabel(s.burstLoss()), fec ? Integer.toString(s.fecRatePercent()) : "-",
                        fec ? s.fecMask().metaValue() : "-"));
            }
            for (DefectLocation d : w.defects()) {
                defects.append("- `").append(run.path().substring("defects/".length())).append('/')
                        .append(d.file()).append(':').append(d.line()).append("`: ").append(d.description())
                        .append('\n');
            }
        }
        Files.write(root.resolve("sweep-small/manifest.tsv"), manifest, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("defects/DEFECTS.md"), "# Defects of `defects/fec`\n\n"
                + "Written by `dev.fecunit.sim.SampleRuns` (`Defects.diedRun()`); lines are 1-based.\n\n"
                + defects, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("README.md"), README, StandardCharsets.UTF_8);
        return written;
    }

    /** The sweep's spelling of a loss level: two decimals, {@code 0.30}. */
    private static String lossLabel(double loss) {
        return String.format(Locale.ROOT, "%.2f", loss);
    }

    private static final String README = """
            # Sample runs

            Simulated FlexFEC harness run directories (meta.env, frames.csv, prom.tsv, events.csv), written by
            `dev.fecunit.sim.SampleRuns` (src/test/java) with fixed seeds; regenerate them with

                javac -d /tmp/simbuild $(find src/test/java/dev/fecunit/sim -name '*.java')
                java -cp /tmp/simbuild dev.fecunit.sim.SampleRuns example-tests/runs

            - `burst-ab/`: baseline vs fec, 60 s, base loss 1 % with 2 s bursts of 15 % every 5 s, and
              `fec-regressed` (FEC_RATE=5) under the same loss.
            - `uniform-ab/`: baseline vs fec, 60 s, 5 % uniform drop at the SFU (DEBUG_DROP=5, no events.csv).
            - `no-loss/fec`: 30 s without loss, 1920x1080, CRLF line endings in meta.env and frames.csv.
            - `defects/fec`: a run that died, with an SFU restart and malformed lines; see `defects/DEFECTS.md`.
            - `sweep-small/`: a sweep in the harness layout (manifest.tsv), 20 s cells at burst loss
              0.15/0.30/0.50 for baseline, rate30 random and rate30 bursty.
            - `repeats/`: five repetitions of the burst-ab configuration (60 s each, unpicked seeds), `baseline-N`
              and `fec-N`, on an SFU exporting one label set per family like the reference sweep's.
            - `nightly/<date>/fec`: a nightly job, 24 nights of 30 s from 2026-11-01 under the harness's default
              profile (2 % base loss, 25 % bursts of 3 s every 15 s); from 2026-11-17 on the FEC rate is 10 %
              instead of 30 % (the regression a history finds).
            - `recovery-ab/`: single 60 s runs of the harness's default profile, `fec30-a` and `fec30-b` at FEC
              rate 30 % and `fec10` at 10 % (unpicked seeds): a recovery regression one run a side catches.
            """;
}
