package dev.fecunit.sim;

import dev.fecunit.sim.SfuCounters.Counter;
import dev.fecunit.sim.TrackSimulator.DeliveredFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one measured harness run (publisher → SFU → subscriber under the scenario's loss)
 * and writes its run directory: {@code meta.env}, {@code frames.csv}, {@code prom.tsv} and, when
 * the shaper ran, {@code events.csv}, in the exact style of the harness's own files.
 *
 * <p>Deterministic: everything random comes from the scenario's seed, so the same scenario
 * always writes byte-identical files.
 *
 * <pre>{@code
 * WrittenRun run = HarnessSimulator.write(Scenario.burstLoss(Scenario.Mode.FEC), Path.of("runs/fec"));
 * }</pre>
 */
public final class HarnessSimulator {

    /** The publisher starts capturing this long before T0 (warm-up, as in the reference runs). */
    static final long WARM_UP_US = 3_000_000;
    /** ... and keeps capturing this long after the planned end of the window. */
    static final long COOL_DOWN_US = 2_000_000;

    private HarnessSimulator() {
    }

    /**
     * Simulates {@code scenario} and writes its run directory, creating it if needed and
     * replacing the files of an earlier run there.
     *
     * @return the directory and where each injected defect went; never null
     * @throws IOException if a file cannot be written
     */
    public static WrittenRun write(Scenario scenario, Path runDir) throws IOException {
        return new RunDirectoryWriter(simulate(scenario)).writeTo(runDir);
    }

    /** Everything the harness would have recorded, before it is spelled into files. */
    record Recording(
            Scenario scenario,
            long t1Us,
            long stopUs,
            List<DeliveredFrame> frames,
            SfuCounters counters,
            List<ShapedLink.Event> events,
            SplittableRandom defectRandom) {
    }

    static Recording simulate(Scenario scenario) {
        SplittableRandom root = new SplittableRandom(scenario.seed());
        SplittableRandom schedule = root.split();
        SplittableRandom channel = root.split();
        SplittableRandom camera = root.split();
        SplittableRandom screen = root.split();
        SplittableRandom defects = root.split();

        long t0 = scenario.t0Us();
        long t1 = t0 + scenario.durationS() * 1_000_000L + schedule.nextLong(5_000, 60_000);
        Defects d = scenario.defects();
        // Where the recording stops: a dead harness writes nothing after it died.
        long stopUs = d.died() ? t0 + seconds(d.diesAtS()) + defects.nextLong(1_000) : Long.MAX_VALUE;
        SfuOutage outage = d.sfuRestarts()
                ? new SfuOutage(t0 + seconds(d.sfuRestartAtS()), t0 + seconds(d.sfuRestartAtS() + d.sfuDowntimeS()))
                : SfuOutage.NONE;

        ShapedLink link = new ShapedLink(scenario, t1, schedule, channel);
        long[] polls = pollTimes(t0, d.died() ? stopUs : t1 + schedule.nextLong(150_000, 450_000), outage, schedule);
        SfuSetup sfu = scenario.sfu();
        List<String> tracks = sfu.screenTrack() == null
                ? List.of(sfu.cameraTrack()) : List.of(sfu.cameraTrack(), sfu.screenTrack());
        SfuCounters counters = new SfuCounters(sfu, tracks, polls, outage);

        long firstCaptureUs = t0 - WARM_UP_US;
        long lastCaptureUs = t0 + scenario.durationS() * 1_000_000L + COOL_DOWN_US;
        // The first moments of a publication (track binding, layer probing) show up as a few
        // sequence gaps and NACKs before any shaping starts, as in the reference runs.
        counters.add(Counter.LOSS_INCOMING, sfu.cameraTrack(), firstCaptureUs + 200_000, schedule.nextLong(20, 80));
        counters.add(Counter.NACK_INCOMING, sfu.cameraTrack(), firstCaptureUs + 200_000, schedule.nextLong(0, 45));

        List<DeliveredFrame> frames = new TrackSimulator(
                TrackSimulator.Profile.camera(sfu.cameraTrack(), scenario.width(), scenario.height()),
                scenario, link, outage, counters, camera).run(firstCaptureUs, lastCaptureUs);
        if (sfu.screenTrack() != null) {
            new TrackSimulator(TrackSimulator.Profile.screenShare(sfu.screenTrack()),
                    scenario, link, outage, counters, screen).run(firstCaptureUs, lastCaptureUs);
        }
        return new Recording(scenario, t1, stopUs, frames, counters, link.events(), defects);
    }

    /**
     * The harness scrapes about once a second (a scrape takes its time, hence the jitter),
     * from around T0 to a little past T1; scrapes fail while the SFU is down.
     */
    private static long[] pollTimes(long t0, long lastUs, SfuOutage outage, SplittableRandom schedule) {
        List<Long> polls = new ArrayList<>();
        for (long t = t0 + schedule.nextLong(-40_000, 180_000); t <= lastUs;
                t += 1_000_000 + schedule.nextLong(-40_000, 60_000)) {
            if (!outage.isDown(t)) {
                polls.add(t);
            }
        }
        return polls.stream().mapToLong(Long::longValue).toArray();
    }

    private static long seconds(double s) {
        return Math.round(s * 1_000_000);
    }
}
