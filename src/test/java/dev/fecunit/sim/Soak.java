package dev.fecunit.sim;

import dev.fecunit.sim.Scenario.Mode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a 24-hour soak run for the benchmark: one FEC run under the burst-ab loss for a day, on the
 * SFU that labels per track and direction (several label sets per family): about 2.3 M frame rows,
 * 3.5 M prom.tsv lines and 530 MB. Not committed: generate it where it is measured.
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
}
