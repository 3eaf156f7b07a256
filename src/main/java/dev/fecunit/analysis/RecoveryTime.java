package dev.fecunit.analysis;

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

    private static final long SECOND_US = 1_000_000;

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
        SteadyRange steady = SteadyRange.of(run);
        List<RunWindow> bursts = RunWindows.bursts(run);
        List<RecoveryTime> out = new java.util.ArrayList<>(bursts.size());
        for (RunWindow burst : bursts) {
            out.add(after(run, burst, bursts, steady));
        }
        return List.copyOf(out);
    }

    /**
     * The recovery after burst {@code burst} of {@code run}.
     *
     * @param bursts the run's burst windows in time order ({@link RunWindows#bursts}), to find the next one
     * @param steady the run's steady range ({@link SteadyRange#of})
     */
    static RecoveryTime after(dev.fecunit.Run run, RunWindow burst, List<RunWindow> bursts, SteadyRange steady) {
        long off = burst.toUs();
        int index = burst.index() < bursts.size() && bursts.get(burst.index()).equals(burst)
                ? burst.index() : bursts.indexOf(burst); // a window knows its place among the bursts
        boolean nextBurst = index >= 0 && index + 1 < bursts.size();
        long limit = nextBurst ? bursts.get(index + 1).fromUs() : SteadyRange.dataEndUs(run);
        double limitS = Math.max(0, limit - off) / 1e6;
        if (steady.isEmpty()) {
            return new RecoveryTime(Outcome.NO_STEADY_STATE, Double.NaN, limitS);
        }
        for (long k = 0; off + (k + 1) * SECOND_US <= limit; k++) {
            double[] second = SteadyRange.second(run, off + k * SECOND_US);
            if (steady.isNormal(second[0], second[1])) {
                return new RecoveryTime(Outcome.RECOVERED, k, limitS);
            }
            if (second[0] == 0) {
                // An empty second is not normal, so no empty second is: go on at the next frame's second
                // (a gap of days after the last burst costs nothing).
                int next = Scope.firstAtOrAfter(run.frames(), off + (k + 1) * SECOND_US);
                if (next >= run.frames().size() || run.frames().receiveUs(next) >= limit) {
                    break;
                }
                k = Math.max(k, (run.frames().receiveUs(next) - off) / SECOND_US - 1);
            }
        }
        return new RecoveryTime(nextBurst ? Outcome.NOT_BEFORE_NEXT_BURST : Outcome.NOT_BEFORE_END, Double.NaN, limitS);
    }
}
