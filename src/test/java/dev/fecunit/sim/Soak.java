package dev.fecunit.sim;

import dev.fecunit.sim.Scenario.FecMask;
import dev.fecunit.sim.Scenario.Mode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a 24-hour soak run for the benchmark: one FEC run under the burst-ab loss for a day, on the
 * SFU that labels per track and direction (several label sets per family): about 2.5 M frame rows,
 * 2.4 M prom.tsv lines and 454 MB. Not committed: generate it where it is measured. A second soak,
 * {@link #writeHarnessDefaults}, is the input the readers were not tuned on.
 *
 * <pre>{@code
 * java -cp … dev.fecunit.sim.Soak /tmp/soak 24
 * }</pre>
 */
public final class Soak {

    private Soak() {
    }

    /** {@code Soak OUTDIR [HOURS]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Soak OUTDIR [HOURS]");
            System.exit(2);
        }
        WrittenRun run = write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 24);
        System.out.println(run.directory() + ": " + run.framesRendered() + " frame rows");
    }

    /**
     * Writes the soak run into {@code dir}.
     *
     * @param dir   the run directory
     * @param hours length of the measurement window
     * @return the written run
     */
    public static WrittenRun write(Path dir, int hours) throws IOException {
        Scenario scenario = Scenario.burstLoss(Mode.FEC).toBuilder()
                .durationS(hours * 3600)
                .t0Us(Scenario.REFERENCE_T0_US)
                .seed(2_400)
                .build();
        return HarnessSimulator.write(scenario, dir);
    }

    /**
     * A soak nobody tuned fecunit on: the harness's default loss profile (2 % base loss, 25 % bursts
     * of 3 s every 15 s), another random seed, and an SFU that has been up for a while and forwards to
     * 16 subscribers, so its outgoing counters are past a million and written as {@code 1.5e+06}.
     *
     * @param dir   the run directory
     * @param hours length of the measurement window
     * @return the written run
     */
    public static WrittenRun writeHarnessDefaults(Path dir, int hours) throws IOException {
        Scenario scenario = Scenario.defaults().mode(Mode.FEC)
                .durationS(hours * 3600)
                .baseLoss(0.02).burstLoss(0.25).burstLenS(3).burstEveryS(15)
                .fecMask(FecMask.RANDOM)
                .sfu(SfuSetup.detailed("ND_7hQm2Kd0", "TR_Zx81Lq0Rc", "TR_Pw4Mn7bVe")
                        .withForwardedBefore(48_000_000, 1_200_000).withSubscribers(16))
                .t0Us(Scenario.REFERENCE_T0_US)
                .seed(91_127)
                .build();
        return HarnessSimulator.write(scenario, dir);
    }
}
