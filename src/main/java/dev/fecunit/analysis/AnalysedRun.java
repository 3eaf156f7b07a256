package dev.fecunit.analysis;

import dev.fecunit.CounterSeries;
import dev.fecunit.Run;
import dev.fecunit.internal.analysis.CounterMath;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameGap;
import dev.fecunit.internal.analysis.Series;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The figures of one run, each computed on first use and then held with the run for as long as the run
 * lives: the one analysed run that the JUnit extension's cache, the CLI, the report and the assertions
 * share. A {@link Run} is immutable, so a figure never has to be recomputed; there is no global map of
 * runs, and each figure has its own lock ({@link Lazy}), so parallel tests never queue behind one lock.
 *
 * <pre>{@code
 * AnalysedRun fec = AnalysedRun.of(run);
 * fec.summary().framesLost();              // the same object RunSummary.of(run) returns
 * fec.burstBreakdown().allBursts();        // computed once, whoever asks first
 * }</pre>
 *
 * <p>The static entry points ({@link RunSummary#of(Run)}, {@link BurstBreakdown#of(Run)},
 * {@link SteadyRange#of(Run)}, {@link FreezeAnalysis#of(Run)}, {@link RecoveryTime#afterEachBurst(Run)},
 * {@link FrameAnalysis#fpsSeries(Run)}) read their figure from here. Figures over other scopes
 * ({@link RunSummary#of(Run, Scope)} for one burst, say) are computed on each call.
 */
public final class AnalysedRun {

    private final Run run;

    private final Lazy<Scope> whole;
    private final Lazy<List<RunWindow>> windows;
    private final Lazy<List<RunWindow>> bursts;
    private final Lazy<List<RunWindow>> steadyWindows;
    private final Lazy<Scope> duringBursts;
    private final Lazy<Scope> outsideBursts;
    private final Lazy<FrameAnalysis.DistinctIds> distinctIds;
    private final Lazy<List<FrameGap>> gaps;
    private final Lazy<WindowFigures.Gaps> gapsByTime;
    private final Lazy<FreezeAnalysis.Timeline> timeline;
    private final Lazy<Set<CounterSeries>> seriesOutOfTimeOrder;
    private final Lazy<RunSummary> summary;
    private final Lazy<RunSummary> summaryDuringBursts;
    private final Lazy<RunSummary> summaryOutsideBursts;
    private final Lazy<FreezeFigures> freezes;
    private final Lazy<FreezeFigures> freezesDuringBursts;
    private final Lazy<FreezeFigures> freezesOutsideBursts;
    private final Lazy<SteadyRange> steadyRange;
    private final Lazy<List<RecoveryTime>> recoveries;
    private final Lazy<BurstBreakdown> burstBreakdown;
    private final Lazy<Series> fpsSeries;
    private final Lazy<Series> latencySeries;

    private AnalysedRun(Run run) {
        this.run = run;
        whole = new Lazy<>(() -> Scope.computeWhole(run));
        windows = new Lazy<>(() -> RunWindows.compute(run));
        bursts = new Lazy<>(() -> windows().stream().filter(w -> w.kind() == RunWindow.Kind.BURST).toList());
        steadyWindows = new Lazy<>(() -> windows().stream().filter(w -> w.kind() == RunWindow.Kind.STEADY).toList());
        duringBursts = new Lazy<>(() -> Scope.union("during bursts", bursts()));
        outsideBursts = new Lazy<>(() -> Scope.union("outside bursts", steadyWindows()));
        distinctIds = new Lazy<>(() -> FrameAnalysis.DistinctIds.of(run.frames()));
        gaps = new Lazy<>(() -> FrameAnalysis.computeGaps(run));
        gapsByTime = new Lazy<>(() -> WindowFigures.Gaps.of(run, gaps()));
        timeline = new Lazy<>(() -> FreezeAnalysis.Timeline.compute(run));
        seriesOutOfTimeOrder = new Lazy<>(this::findSeriesOutOfTimeOrder);
        summary = new Lazy<>(() -> RunSummary.compute(run, whole()));
        summaryDuringBursts = new Lazy<>(() -> RunSummary.compute(run, duringBursts()));
        summaryOutsideBursts = new Lazy<>(() -> RunSummary.compute(run, outsideBursts()));
        freezes = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, whole()));
        freezesDuringBursts = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, duringBursts()));
        freezesOutsideBursts = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, outsideBursts()));
        steadyRange = new Lazy<>(() -> SteadyRange.compute(run));
        recoveries = new Lazy<>(() -> RecoveryTime.computeAfterEachBurst(run));
        burstBreakdown = new Lazy<>(() -> BurstBreakdown.compute(run));
        fpsSeries = new Lazy<>(() -> FrameAnalysis.computeFpsSeries(run));
        latencySeries = new Lazy<>(() -> FrameAnalysis.computeLatencySeries(run));
    }

    /** The analysed run of {@code run}: created once per run and held by it, so every caller gets the same one. */
    public static AnalysedRun of(Run run) {
        return run.analysed(AnalysedRun.class, AnalysedRun::new);
    }

    /** The run these figures are of. */
    public Run run() {
        return run;
    }

    /** The figures of the whole measurement window ({@link RunSummary#of(Run)}). */
    public RunSummary summary() {
        return summary.get();
    }

    /** The figures over all bursts together ({@link Scope#bursts}). */
    public RunSummary summaryDuringBursts() {
        return summaryDuringBursts.get();
    }

    /** The figures over all steady time together ({@link Scope#outsideBursts}). */
    public RunSummary summaryOutsideBursts() {
        return summaryOutsideBursts.get();
    }

    /** The freeze figures of the whole window ({@link FreezeAnalysis#of(Run)}). */
    public FreezeFigures freezes() {
        return freezes.get();
    }

    /** The freeze figures over all bursts together. */
    public FreezeFigures freezesDuringBursts() {
        return freezesDuringBursts.get();
    }

    /** The freeze figures over all steady time together. */
    public FreezeFigures freezesOutsideBursts() {
        return freezesOutsideBursts.get();
    }

    /** The normal delivery recovery is measured against ({@link SteadyRange#of}). */
    public SteadyRange steadyRange() {
        return steadyRange.get();
    }

    /** The time to recover after each burst, in time order ({@link RecoveryTime#afterEachBurst}). */
    public List<RecoveryTime> recoveries() {
        return recoveries.get();
    }

    /** The per-burst table ({@link BurstBreakdown#of}). */
    public BurstBreakdown burstBreakdown() {
        return burstBreakdown.get();
    }

    /** Delivered frames per second ({@link FrameAnalysis#fpsSeries}). */
    public Series fpsSeries() {
        return fpsSeries.get();
    }

    /** Capture-to-receive latency of every frame ({@link FrameAnalysis#latencySeries}). */
    public Series latencySeries() {
        return latencySeries.get();
    }

    /** Every frame-id gap in id order ({@link FrameAnalysis#gaps}). */
    public List<FrameGap> gaps() {
        return gaps.get();
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
    public Scope whole() {
        return whole.get();
    }

    /** All bursts together as a scope ({@link Scope#bursts}). */
    public Scope duringBursts() {
        return duringBursts.get();
    }

    /** All steady time together as a scope ({@link Scope#outsideBursts}). */
    public Scope outsideBursts() {
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

    public FrameAnalysis.DistinctIds distinctIds() {
        return distinctIds.get();
    }

    WindowFigures.Gaps gapsByTime() {
        return gapsByTime.get();
    }

    FreezeAnalysis.Timeline timeline() {
        return timeline.get();
    }

    /** Whether the polls of {@code series} (a series of this run) are in time order, as prom.tsv writes them. */
    public boolean inTimeOrder(CounterSeries series) {
        return !seriesOutOfTimeOrder.get().contains(series);
    }

    private Set<CounterSeries> findSeriesOutOfTimeOrder() {
        Set<CounterSeries> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String family : run.families()) {
            for (CounterSeries series : run.series(family)) {
                if (!CounterMath.ascending(series)) {
                    out.add(series);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    @Override
    public String toString() {
        return "AnalysedRun[" + run.name() + "]";
    }
}
