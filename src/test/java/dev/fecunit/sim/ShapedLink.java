package dev.fecunit.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The publisher→SFU uplink as the harness shapes it, and the shaper's log (events.csv).
 *
 * <p>While the shaper runs, loss follows a Gilbert-Elliott channel whose long-run average is
 * {@code BASE_LOSS} (short bad spells with heavy loss, long clean spells), except inside burst
 * windows, where netem drops uniformly at {@code BURST_LOSS}. With {@code DEBUG_DROP} set the
 * SFU itself drops that percentage of everything it receives, from its start; with the shaper off
 * and no debug drop, nothing is lost.
 */
final class ShapedLink {

    /** Mean length of a bad spell: a few packets' worth of correlated loss. */
    private static final double BAD_SPELL_MEAN_US = 10_000;
    /** Loss probability inside a bad spell. */
    private static final double BAD_SPELL_LOSS = 0.6;
    /** The harness starts the shaper this long after T0 (as in the reference runs). */
    private static final long SHAPER_START_AFTER_T0_US = 900_000;
    /** ... and stops it this long before writing T1_US. */
    private static final long SHAPER_STOP_BEFORE_T1_US = 20_000;

    /** One logged shaper event: a line of events.csv. */
    record Event(long wallUs, String text) {
        String line() {
            return wallUs + "," + text;
        }
    }

    private final Scenario scenario;
    private final long shaperStartUs;
    private final long shaperStopUs;
    /** Burst windows [on, off) and bad spells [start, end), each sorted and disjoint. */
    private final Windows bursts;
    private final Windows badSpells;

    ShapedLink(Scenario scenario, long t1Us, SplittableRandom schedule, SplittableRandom channel) {
        this.scenario = scenario;
        this.shaperStartUs = scenario.t0Us() + SHAPER_START_AFTER_T0_US;
        this.shaperStopUs = t1Us - SHAPER_STOP_BEFORE_T1_US;
        boolean shaped = scenario.shaping() && scenario.debugDropPercent() == 0;
        this.bursts = shaped ? planBursts(schedule) : Windows.NONE;
        this.badSpells = shaped ? planBadSpells(channel) : Windows.NONE;
    }

    /** Sorted, disjoint time windows [start, end). */
    private record Windows(long[] starts, long[] ends) {
        static final Windows NONE = new Windows(new long[0], new long[0]);

        static Windows of(List<long[]> windows) {
            return new Windows(windows.stream().mapToLong(w -> w[0]).toArray(),
                    windows.stream().mapToLong(w -> w[1]).toArray());
        }

        boolean contain(long t) {
            int i = Arrays.binarySearch(starts, t);
            int window = i >= 0 ? i : -i - 2;
            return window >= 0 && t < ends[window];
        }
    }

    /**
     * The harness sleeps BURST_EVERY seconds, raises the loss for BURST_LEN seconds, and so on;
     * each tc call takes a few milliseconds, which is the jitter on the timestamps.
     */
    private Windows planBursts(SplittableRandom schedule) {
        List<long[]> windows = new ArrayList<>();
        long period = (scenario.burstEveryS() + scenario.burstLenS()) * 1_000_000L;
        long firstOn = scenario.t0Us() + (1L + scenario.burstEveryS()) * 1_000_000L;
        for (long n = 0; ; n++) {
            long on = firstOn + n * period + schedule.nextLong(30_000);
            long off = firstOn + n * period + scenario.burstLenS() * 1_000_000L + schedule.nextLong(5_000, 45_000);
            if (off >= shaperStopUs) {
                return Windows.of(windows);
            }
            windows.add(new long[] {on, off});
        }
    }

    /** Alternating clean and bad spells with exponential lengths, chosen so the average loss is BASE_LOSS. */
    private Windows planBadSpells(SplittableRandom channel) {
        double badShare = Math.min(0.5, scenario.baseLoss() / BAD_SPELL_LOSS);
        if (badShare <= 0) {
            return Windows.NONE;
        }
        double cleanMean = BAD_SPELL_MEAN_US * (1 - badShare) / badShare;
        List<long[]> spells = new ArrayList<>();
        long t = shaperStartUs;
        while (t < shaperStopUs) {
            long start = t + exponential(channel, cleanMean);
            long end = start + 1 + exponential(channel, BAD_SPELL_MEAN_US);
            spells.add(new long[] {start, end});
            t = end;
        }
        return Windows.of(spells);
    }

    static long exponential(SplittableRandom random, double mean) {
        return (long) (-mean * Math.log(1 - random.nextDouble()));
    }

    /** The probability that a packet sent at {@code sendUs} is lost before the SFU handles it. */
    double lossProbability(long sendUs) {
        if (scenario.debugDropPercent() > 0) {
            return scenario.debugDropPercent() / 100.0;
        }
        if (!scenario.shaping() || sendUs < shaperStartUs || sendUs >= shaperStopUs) {
            return 0;
        }
        if (bursts.contain(sendUs)) {
            return scenario.burstLoss();
        }
        return badSpells.contain(sendUs) ? BAD_SPELL_LOSS : 0;
    }

    /** Draws whether a packet sent at {@code sendUs} is lost. */
    boolean drops(long sendUs, SplittableRandom loss) {
        double p = lossProbability(sendUs);
        return p > 0 && loss.nextDouble() < p;
    }

    /** The shaper's log, or an empty list when the shaper never ran (then events.csv is absent). */
    List<Event> events() {
        if (!scenario.shaping() || scenario.debugDropPercent() > 0) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        events.add(new Event(shaperStartUs, "shaper_started base=" + Scenario.decimal(scenario.baseLoss())
                + " burst=" + Scenario.decimal(scenario.burstLoss())));
        for (int i = 0; i < bursts.starts().length; i++) {
            events.add(new Event(bursts.starts()[i], "burst_on"));
            events.add(new Event(bursts.ends()[i], "burst_off"));
        }
        events.add(new Event(shaperStopUs, "shaper_stopped"));
        return events;
    }
}
