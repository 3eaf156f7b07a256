package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.HeldFigures;
import dev.fecunit.internal.analysis.Lazy;

import java.util.List;

/**
 * The public figures of one run, each computed on first use and then held with the run for as long as the
 * run lives (in {@link HeldFigures}, which the run holds): the one analysed run that the JUnit extension's
 * cache, the CLI, the report and the assertions share. A {@link Run} is immutable, so a figure never has to
 * be recomputed; there is no global map of runs, and each figure has its own lock ({@link Lazy}), so
 * parallel tests never queue behind one lock.
 *
 * <p>Users and fecunit's other layers reach these through the static entry points, which read their figure
 * from here: {@link RunSummary#of(Run)} (and {@link RunSummary#of(Run, Scope)} for the whole window, all
 * bursts and all steady time), {@link BurstBreakdown#of(Run)}, {@link SteadyRange#of(Run)},
 * {@link FreezeAnalysis#of(Run)} (and over the same three scopes), {@link RecoveryTime#afterEachBurst(Run)},
 * {@link Scope#whole}, {@link Scope#bursts}, {@link Scope#outsideBursts}. Figures over other scopes (one
 * burst, say) are computed on each call.
 */
final class AnalysedRun {

    private final Run run;

    private final Lazy<Scope> whole;
    private final Lazy<List<RunWindow>> windows;
    private final Lazy<List<RunWindow>> bursts;
    private final Lazy<List<RunWindow>> steadyWindows;
    private final Lazy<Scope> duringBursts;
    private final Lazy<Scope> outsideBursts;
    private final Lazy<WindowFigures.Gaps> gapsByTime;
    private final Lazy<FreezeAnalysis.Timeline> timeline;
    private final Lazy<RunSummary> summary;
    private final Lazy<RunSummary> summaryDuringBursts;
    private final Lazy<RunSummary> summaryOutsideBursts;
    private final Lazy<FreezeFigures> freezes;
    private final Lazy<FreezeFigures> freezesDuringBursts;
    private final Lazy<FreezeFigures> freezesOutsideBursts;
    private final Lazy<SteadyRange> steadyRange;
    private final Lazy<List<RecoveryTime>> recoveries;
    private final Lazy<BurstBreakdown> burstBreakdown;

    private AnalysedRun(Run run) {
        this.run = run;
        whole = new Lazy<>(() -> Scope.computeWhole(run));
        windows = new Lazy<>(() -> RunWindows.compute(run));
        bursts = new Lazy<>(() -> windows().stream().filter(w -> w.kind() == RunWindow.Kind.BURST).toList());
        steadyWindows = new Lazy<>(() -> windows().stream().filter(w -> w.kind() == RunWindow.Kind.STEADY).toList());
        duringBursts = new Lazy<>(() -> Scope.union("during bursts", bursts()));
        outsideBursts = new Lazy<>(() -> Scope.union("outside bursts", steadyWindows()));
        gapsByTime = new Lazy<>(() -> WindowFigures.Gaps.of(run, FrameAnalysis.gaps(run)));
        timeline = new Lazy<>(() -> FreezeAnalysis.Timeline.compute(run));
        summary = new Lazy<>(() -> RunSummary.compute(run, whole()));
        summaryDuringBursts = new Lazy<>(() -> RunSummary.compute(run, duringBursts()));
        summaryOutsideBursts = new Lazy<>(() -> RunSummary.compute(run, outsideBursts()));
        freezes = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, whole()));
        freezesDuringBursts = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, duringBursts()));
        freezesOutsideBursts = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, outsideBursts()));
        steadyRange = new Lazy<>(() -> SteadyRange.compute(run));
        recoveries = new Lazy<>(() -> RecoveryTime.computeAfterEachBurst(run));
        burstBreakdown = new Lazy<>(() -> BurstBreakdown.compute(run));
    }

    /** The analysed run of {@code run}: created once per run and held by it, so every caller gets the same one. */
    static AnalysedRun of(Run run) {
        return HeldFigures.of(run).figures(AnalysedRun.class, AnalysedRun::new);
    }

    /** The run these figures are of. */
    Run run() {
        return run;
    }

    /** The figures of the whole measurement window ({@link RunSummary#of(Run)}). */
    RunSummary summary() {
        return summary.get();
    }

    /** The figures over all bursts together ({@link Scope#bursts}). */
    RunSummary summaryDuringBursts() {
        return summaryDuringBursts.get();
    }

    /** The figures over all steady time together ({@link Scope#outsideBursts}). */
    RunSummary summaryOutsideBursts() {
        return summaryOutsideBursts.get();
    }

    /** The freeze figures of the whole window ({@link FreezeAnalysis#of(Run)}). */
    FreezeFigures freezes() {
        return freezes.get();
    }

    /** The freeze figures over all bursts together. */
    FreezeFigures freezesDuringBursts() {
        return freezesDuringBursts.get();
    }

    /** The freeze figures over all steady time together. */
    FreezeFigures freezesOutsideBursts() {
        return freezesOutsideBursts.get();
    }

    /** The normal delivery recovery is measured against ({@link SteadyRange#of}). */
    SteadyRange steadyRange() {
        return steadyRange.get();
    }

    /** The time to recover after each burst, in time order ({@link RecoveryTime#afterEachBurst}). */
    List<RecoveryTime> recoveries() {
        return recoveries.get();
    }

    /** The per-burst table ({@link BurstBreakdown#of}). */
    BurstBreakdown burstBreakdown() {
        return burstBreakdown.get();
    }




    /** Every window of the run in time order ({@link RunWindows#of}). */
    List<RunWindow> windows() {
        return windows.get();
    }

    /** The burst windows in time order ({@link RunWindows#bursts}). */
    List<RunWindow> bursts() {
        return bursts.get();
    }

    /** The steady windows in time order ({@link RunWindows#steady}). */
    List<RunWindow> steadyWindows() {
        return steadyWindows.get();
    }

    /** The whole measurement window as a scope ({@link Scope#whole}). */
    Scope whole() {
        return whole.get();
    }

    /** All bursts together as a scope ({@link Scope#bursts}). */
    Scope duringBursts() {
        return duringBursts.get();
    }

    /** All steady time together as a scope ({@link Scope#outsideBursts}). */
    Scope outsideBursts() {
        return outsideBursts.get();
    }

    /** The held summary of {@code scope} when it is one of the three scopes held here; null otherwise. */
    RunSummary heldSummary(Scope scope) {
        if (scope == whole()) {
            return summary();
        }
        if (scope == duringBursts()) {
            return summaryDuringBursts();
        }
        return scope == outsideBursts() ? summaryOutsideBursts() : null;
    }

    /** The held freeze figures of {@code scope} when it is one of the three scopes held here; null otherwise. */
    FreezeFigures heldFreezes(Scope scope) {
        if (scope == whole()) {
            return freezes();
        }
        if (scope == duringBursts()) {
            return freezesDuringBursts();
        }
        return scope == outsideBursts() ? freezesOutsideBursts() : null;
    }


    WindowFigures.Gaps gapsByTime() {
        return gapsByTime.get();
    }

    FreezeAnalysis.Timeline timeline() {
        return timeline.get();
    }

    @Override
    public String toString() {
        return "AnalysedRun[" + run.name() + "]";
    }
}
