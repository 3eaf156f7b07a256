package dev.fecunit.internal.analysis;

import dev.fecunit.internal.analysis.FrameSeconds;
import dev.fecunit.internal.analysis.Saturating;
import dev.fecunit.internal.analysis.WholeSeconds;

import java.util.List;

/**
 * How long delivery took to get back to normal after a loss burst ended.
 *
 * <p>Definition: the seconds after {@code burst_off} are cut into 1 s buckets
 * {@code [off + k s, off + (k+1) s)}, k = 0, 1, ...; the time to recover is k seconds for the first
 * bucket whose fps and p95 latency are within the run's {@link SteadyRange} ({@link SteadyRange#isNormal}).
 * 0 means the very first second after the burst was already normal. Only buckets that end before the
 * next {@code burst_on} (or the end of the window, or of the frames when the run has no {@code T1_US})
 * are looked at; when none is normal the burst did not recover, and {@link #limitS()} says how long
 * it had.
 *
 * <pre>{@code
 * for (BurstFigures burst : BurstBreakdown.of(run).bursts()) {
 *     RecoveryTime r = burst.recovery();
 *     if (!r.recovered()) System.out.println("burst at " + burst.startS() + " s: " + r.outcome());
 * }
 * }</pre>
 *
 * @param outcome whether and how the search ended
 * @param seconds the time to recover in whole seconds after {@code burst_off}; {@code NaN} unless recovered
 * @param limitS  seconds from {@code burst_off} to the next {@code burst_on} or the end of the data
 */
public record RecoveryTime(Outcome outcome, double seconds, double limitS) {

    /** How the search for a normal second ended. */
    public enum Outcome {
        /** A normal second came before the next burst and the end. */
        RECOVERED,
        /** Not back to normal when the next burst began. */
        NOT_BEFORE_NEXT_BURST,
        /** Not back to normal before the end of the window (or of the frames). */
        NOT_BEFORE_END,
        /** The run has no whole steady second, so there is no normal to get back to. */
        NO_STEADY_STATE
    }

    /** Whether delivery got back to normal before the next burst or the end. */
    public boolean recovered() {
        return outcome == Outcome.RECOVERED;
    }

    /**
     * The time to recover after each burst of {@code run} ({@link RunWindows#bursts}), in time order: the
     * {@link BurstFigures#recovery()} of {@link BurstBreakdown#of}, without the other per-burst figures.
     *
     * <pre>{@code
     * long recovered = RecoveryTime.afterEachBurst(run).stream().filter(RecoveryTime::recovered).count();
     * }</pre>
     */
    public static List<RecoveryTime> afterEachBurst(dev.fecunit.Run run) {
        return HeldFigures.of(run).recoveries();
    }

    static List<RecoveryTime> computeAfterEachBurst(dev.fecunit.Run run) {
        SteadyRange steady = SteadyRange.of(run);
        List<RunWindow> bursts = RunWindows.bursts(run);
        List<RecoveryTime> out = new java.util.ArrayList<>(bursts.size());
        SteadyRange.SecondP95 secondP95 = new SteadyRange.SecondP95();
        for (RunWindow burst : bursts) {
            out.add(after(run, burst, bursts, steady, secondP95));
        }
        return List.copyOf(out);
    }

    /**
     * The recovery after burst {@code burst} of {@code run}.
     *
     * @param bursts the run's burst windows in time order ({@link RunWindows#bursts}), to find the next one
     * @param steady the run's steady range ({@link SteadyRange#of})
     * @param secondP95 where the latencies of a second are ranked
     */
    static RecoveryTime after(dev.fecunit.Run run, RunWindow burst, List<RunWindow> bursts, SteadyRange steady,
                              SteadyRange.SecondP95 secondP95) {
        long off = burst.toUs();
        int index = burst.index() < bursts.size() && bursts.get(burst.index()).equals(burst)
                ? burst.index() : bursts.indexOf(burst); // a window knows its place among the bursts
        boolean nextBurst = index >= 0 && index + 1 < bursts.size();
        long limit = nextBurst ? bursts.get(index + 1).fromUs() : SteadyRange.dataEndUs(run);
        double limitS = Math.max(0, Saturating.subtract(limit, off)) / 1e6;
        if (steady.isEmpty()) {
            return new RecoveryTime(Outcome.NO_STEADY_STATE, Double.NaN, limitS);
        }
        // Buckets k with off + (k + 1) s <= limit; only those holding frames are read, and an empty bucket
        // (0 fps, no latency) is judged once, so the cost is the frames up to the limit, not the seconds.
        long buckets = Math.max(0, WholeSeconds.of(off, limit));
        boolean emptyIsNormal = steady.isNormal(0, Double.NaN);
        FrameSeconds seconds = FrameSeconds.between(run.frames(), off, 0, buckets);
        long expected = 0;
        while (seconds.next()) {
            if (emptyIsNormal && seconds.second() > expected) {
                return new RecoveryTime(Outcome.RECOVERED, expected, limitS);
            }
            double p95 = secondP95.of(run.frames(), seconds.lo(), seconds.hi());
            if (steady.isNormal(seconds.count(), p95)) {
                return new RecoveryTime(Outcome.RECOVERED, seconds.second(), limitS);
            }
            expected = seconds.second() + 1;
        }
        if (emptyIsNormal && expected < buckets) {
            return new RecoveryTime(Outcome.RECOVERED, expected, limitS);
        }
        return new RecoveryTime(nextBurst ? Outcome.NOT_BEFORE_NEXT_BURST : Outcome.NOT_BEFORE_END, Double.NaN, limitS);
    }
}
