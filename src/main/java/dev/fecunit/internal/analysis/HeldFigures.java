package dev.fecunit.internal.analysis;

import dev.fecunit.CounterSeries;
import dev.fecunit.Run;

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
 * series, which counter series are out of time order). The public figures ({@code RunSummary},
 * {@code BurstBreakdown}, {@code FreezeAnalysis}, ...) are held by {@code dev.fecunit.analysis.AnalysedRun},
 * which this object holds in turn ({@link #figures}).
 */
public final class HeldFigures {

    private final Run run;
    private final Lazy<FrameAnalysis.DistinctIds> distinctIds;
    private final Lazy<List<FrameGap>> gaps;
    private final Lazy<Series> fpsSeries;
    private final Lazy<Series> latencySeries;
    private final Lazy<Set<CounterSeries>> seriesOutOfTimeOrder;
    private final AtomicReference<Object> figures = new AtomicReference<>();

    private HeldFigures(Run run) {
        this.run = run;
        distinctIds = new Lazy<>(() -> FrameAnalysis.DistinctIds.of(run.frames()));
        gaps = new Lazy<>(() -> FrameAnalysis.computeGaps(run));
        fpsSeries = new Lazy<>(() -> FrameAnalysis.computeFpsSeries(run));
        latencySeries = new Lazy<>(() -> FrameAnalysis.computeLatencySeries(run));
        seriesOutOfTimeOrder = new Lazy<>(this::findSeriesOutOfTimeOrder);
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
