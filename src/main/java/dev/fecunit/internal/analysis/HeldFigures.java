package dev.fecunit.internal.analysis;

import dev.fecunit.CounterSeries;
import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;

import dev.fecunit.analysis.RunSummary;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Everything computed from one run, held with the run ({@link Run#analysed}) for as long as it lives, so a
 * figure is computed once whoever asks first (the JUnit cache, the CLI, the report, the assertions) and
 * there is no global map of runs. Each entry has its own lock ({@link Lazy}), so parallel tests never queue
 * behind one lock.
 *
 * <p>Here: what the definitions in this package compute (distinct frame ids, frame-id gaps, the per-second
 * series, which counter series are out of time order, the burst and steady windows, the freeze timeline and
 * figures, the steady range, the time to recover after each burst, the per-burst table). The scopes and
 * summaries of the public {@code dev.fecunit.analysis} ({@code Scope.bursts(run)}, {@code RunSummary.of(run)})
 * are held by its package-private {@code AnalysedRun}, which this object holds in turn ({@link #figures}).
 */
public final class HeldFigures {

    private final Run run;
    private final Lazy<FrameAnalysis.DistinctIds> distinctIds;
    private final Lazy<List<FrameGap>> gaps;
    private final Lazy<Series> fpsSeries;
    private final Lazy<Series> latencySeries;
    private final Lazy<Set<CounterSeries>> seriesOutOfTimeOrder;
    private final Lazy<List<RunWindow>> windows;
    private final Lazy<List<RunWindow>> bursts;
    private final Lazy<List<RunWindow>> steadyWindows;
    private final Lazy<WindowFigures.Gaps> gapsByTime;
    private final Lazy<FreezeAnalysis.Timeline> timeline;
    private final Lazy<FreezeFigures> freezes;
    private final Lazy<FreezeFigures> freezesDuringBursts;
    private final Lazy<FreezeFigures> freezesOutsideBursts;
    private final Lazy<SteadyRange> steadyRange;
    private final Lazy<List<RecoveryTime>> recoveries;
    private final Lazy<BurstBreakdown> burstBreakdown;
    private final AtomicReference<Object> figures = new AtomicReference<>();

    private HeldFigures(Run run) {
        this.run = run;
        distinctIds = new Lazy<>(() -> FrameAnalysis.DistinctIds.of(run.frames()));
        gaps = new Lazy<>(() -> FrameAnalysis.computeGaps(run));
        fpsSeries = new Lazy<>(() -> FrameAnalysis.computeFpsSeries(run));
        latencySeries = new Lazy<>(() -> FrameAnalysis.computeLatencySeries(run));
        seriesOutOfTimeOrder = new Lazy<>(this::findSeriesOutOfTimeOrder);
        windows = new Lazy<>(() -> RunWindows.compute(run));
        bursts = new Lazy<>(() -> windows.get().stream().filter(w -> w.kind() == RunWindow.Kind.BURST).toList());
        steadyWindows = new Lazy<>(() -> windows.get().stream().filter(w -> w.kind() == RunWindow.Kind.STEADY).toList());
        gapsByTime = new Lazy<>(() -> WindowFigures.Gaps.of(run, gaps()));
        timeline = new Lazy<>(() -> FreezeAnalysis.Timeline.compute(run));
        freezes = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, Scope.whole(run)));
        freezesDuringBursts = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, Scope.bursts(run)));
        freezesOutsideBursts = new Lazy<>(() -> FreezeAnalysis.of(timeline(), run, Scope.outsideBursts(run)));
        steadyRange = new Lazy<>(() -> SteadyRange.compute(run));
        recoveries = new Lazy<>(() -> RecoveryTime.computeAfterEachBurst(run));
        burstBreakdown = new Lazy<>(() -> BurstBreakdown.compute(run));
    }

    /** The figures held with {@code run}: created once per run and held by it, so every caller gets the same. */
    public static HeldFigures of(Run run) {
        return run.analysed(HeldFigures.class, HeldFigures::new);
    }

    /**
     * The analysis layer's holder of the public figures, created by {@code create} on first use and then the
     * same for every caller (the first one set wins a race, before any figure is in it).
     *
     * @throws ClassCastException when the holder already created is not a {@code type}
     */
    public <T> T figures(Class<T> type, Function<Run, ? extends T> create) {
        Object holder = figures.get();
        if (holder == null) {
            figures.compareAndSet(null, Objects.requireNonNull(create.apply(run), "holder"));
            holder = figures.get();
        }
        return type.cast(holder);
    }

    /** The run's distinct frame ids ({@link FrameAnalysis.DistinctIds#of(Run)}). */
    FrameAnalysis.DistinctIds distinctIds() {
        return distinctIds.get();
    }

    /** Every frame-id gap in id order ({@link FrameAnalysis#gaps}). */
    List<FrameGap> gaps() {
        return gaps.get();
    }

    /** Delivered frames per second ({@link FrameAnalysis#fpsSeries}). */
    Series fpsSeries() {
        return fpsSeries.get();
    }

    /** Capture-to-receive latency of every frame ({@link FrameAnalysis#latencySeries}). */
    Series latencySeries() {
        return latencySeries.get();
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

    /** The frame-id gaps by the time they were noticed, for figures over any scope. */
    WindowFigures.Gaps gapsByTime() {
        return gapsByTime.get();
    }

    /** The delivered frames and the kind of each interval between them ({@link FreezeAnalysis}). */
    FreezeAnalysis.Timeline timeline() {
        return timeline.get();
    }

    /** The freeze figures of the whole window, all bursts or all steady time; null for any other scope. */
    FreezeFigures heldFreezes(Scope scope) {
        if (scope == Scope.whole(run)) {
            return freezes.get();
        }
        if (scope == Scope.bursts(run)) {
            return freezesDuringBursts.get();
        }
        return scope == Scope.outsideBursts(run) ? freezesOutsideBursts.get() : null;
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

    /** Whether the polls of {@code series} (a series of this run) are in time order, as prom.tsv writes them. */
    boolean inTimeOrder(CounterSeries series) {
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
        return "HeldFigures[" + run.name() + "]";
    }
}
