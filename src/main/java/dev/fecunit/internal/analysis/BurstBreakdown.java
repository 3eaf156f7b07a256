package dev.fecunit.internal.analysis;

import dev.fecunit.Run;

import dev.fecunit.analysis.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The per-burst table of a run: the figures of each loss burst, of all bursts together and of all
 * steady time together. The aggregates are computed over {@link Scope#bursts} and
 * {@link Scope#outsideBursts} with the same code as a single burst, so they are never sums of
 * rounded per-burst figures.
 *
 * <pre>{@code
 * BurstBreakdown b = BurstBreakdown.of(run);
 * for (BurstFigures burst : b.bursts()) {
 *     System.out.printf("%.1f-%.1f s lost %d, recovered after %s s%n", burst.startS(), burst.endS(),
 *             burst.summary().framesLost(), burst.recovery().seconds());
 * }
 * b.allBursts().summary().framesLost();
 * b.steady().freezes().freezeCount();
 * }</pre>
 *
 * @param bursts      one entry per burst window, in time order
 * @param allBursts   the figures over all bursts together
 * @param steady      the figures over all steady time together
 * @param steadyRange the normal delivery that recovery is measured against
 */
public record BurstBreakdown(List<BurstFigures> bursts, WindowFigures allBursts, WindowFigures steady,
                             SteadyRange steadyRange) {

    /** Copies the list of bursts. */
    public BurstBreakdown {
        bursts = List.copyOf(bursts);
    }

    /**
     * The per-burst table of {@code run}, computed on first use and held with the run:
     * the report's page, JSON and chart share one computation.
     */
    public static BurstBreakdown of(Run run) {
        return HeldFigures.of(run).burstBreakdown();
    }

    static BurstBreakdown compute(Run run) {
        HeldFigures analysed = HeldFigures.of(run);
        WindowFigures.Gaps gaps = analysed.gapsByTime();
        FreezeAnalysis.Timeline timeline = analysed.timeline();
        SteadyRange steadyRange = analysed.steadyRange();
        List<RunWindow> windows = analysed.bursts();
        List<BurstFigures> bursts = new ArrayList<>();
        for (RunWindow window : windows) {
            bursts.add(new BurstFigures(window, WindowFigures.of(run, window.scope(), gaps, timeline),
                    analysed.recoveries().get(window.index())));
        }
        return new BurstBreakdown(bursts,
                WindowFigures.of(run, Scope.bursts(run), gaps, timeline),
                WindowFigures.of(run, Scope.outsideBursts(run), gaps, timeline),
                steadyRange);
    }

    /** Whether delivery got back to normal after every burst (true when there is no burst). */
    public boolean allRecovered() {
        return bursts.stream().allMatch(b -> b.recovery().recovered());
    }

    /** The longest time to recover among the bursts that recovered; empty when none did. */
    public OptionalDouble longestRecoveryS() {
        return bursts.stream().filter(b -> b.recovery().recovered())
                .mapToDouble(b -> b.recovery().seconds()).max();
    }
}
