package dev.fecunit.sim;

import dev.fecunit.sim.Scenario.Mode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a long A/B pair for benchmarks: {@code OUTDIR/baseline} and {@code OUTDIR/fec} under the
 * burst-ab loss, N minutes each (60 minutes: about 108k frame rows and 100k prom.tsv lines a run).
 *
 * <pre>{@code
 * java -cp … dev.fecunit.sim.LongPair /tmp/long 60
 * }</pre>
 */
public final class LongPair {

    private LongPair() {
    }

    /** {@code LongPair OUTDIR MINUTES}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LongPair OUTDIR MINUTES");
            System.exit(2);
        }
        int minutes = Integer.parseInt(args[1]);
        for (WrittenRun run : write(Path.of(args[0]), minutes)) {
            System.out.println(run.directory() + ": " + run.framesRendered() + " frame rows");
        }
    }

    /**
     * Writes the pair.
     *
     * @param outDir  parent of the two run directories
     * @param minutes length of the measurement window of each run
     * @return the baseline run, then the fec run
     */
    public static WrittenRun[] write(Path outDir, int minutes) throws IOException {
        WrittenRun[] pair = new WrittenRun[2];
        for (Mode mode : Mode.values()) {
            Scenario scenario = Scenario.burstLoss(mode).toBuilder()
                    .durationS(minutes * 60)
                    .t0Us(Scenario.REFERENCE_T0_US + mode.ordinal() * (minutes * 60 + 30) * 1_000_000L)
                    .seed(1_000 + mode.ordinal())
                    .build();
            pair[mode.ordinal()] = HarnessSimulator.write(scenario, outDir.resolve(mode.metaValue()));
        }
        return pair;
    }
}
