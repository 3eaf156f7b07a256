package dev.fecunit.internal.analysis;

import dev.fecunit.BurstWindow;
import dev.fecunit.Run;

import dev.fecunit.analysis.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run's measurement window into its loss bursts and the steady windows around them: the one
 * definition behind {@link Scope#bursts}, {@link Scope#outsideBursts} and per-burst figures.
 *
 * <pre>{@code
 * for (RunWindow w : RunWindows.of(run)) {
 *     FrameLoss loss = FrameAnalysis.frameLoss(run, w.scope());
 * }
 * }</pre>
 *
 * <p>Bursts are clipped to {@code [T0_US, T1_US]}; overlapping bursts are merged; a burst of zero
 * length (open at the end of a run without {@code T1_US}) is left out.
 */
public final class RunWindows {

    private RunWindows() {
    }

    /**
     * Every window of {@code run} in time order, covering the measurement window without overlap; computed
     * once per run ({@link HeldFigures}).
     */
    public static List<RunWindow> of(Run run) {
        return HeldFigures.of(run).windows();
    }

    public static List<RunWindow> compute(Run run) {
        long[] window = measurementWindow(run);
        long start = window[0];
        long end = window[1];
        List<long[]> bursts = new ArrayList<>();
        for (BurstWindow burst : run.bursts()) {
            long from = Math.max(burst.startUs(), start);
            long to = Math.min(burst.endUs(), end);
            if (from < to) {
                bursts.add(new long[] {from, to});
            }
        }
        bursts.sort((a, b) -> Long.compare(a[0], b[0]));
        List<RunWindow> windows = new ArrayList<>();
        int burstIndex = 0;
        int steadyIndex = 0;
        long cursor = start;
        int i = 0;
        while (i < bursts.size()) {
            long from = bursts.get(i)[0];
            long to = bursts.get(i)[1];
            for (i++; i < bursts.size() && bursts.get(i)[0] <= to; i++) {
                to = Math.max(to, bursts.get(i)[1]);
            }
            if (from > cursor) {
                windows.add(new RunWindow(RunWindow.Kind.STEADY, steadyIndex++, cursor, from));
            }
            windows.add(new RunWindow(RunWindow.Kind.BURST, burstIndex++, from, to));
            cursor = to;
        }
        if (cursor < end) {
            windows.add(new RunWindow(RunWindow.Kind.STEADY, steadyIndex, cursor, end));
        }
        return List.copyOf(windows);
    }

    /** The burst windows of {@code run} in time order. */
    public static List<RunWindow> bursts(Run run) {
        return HeldFigures.of(run).bursts();
    }

    /** The steady windows of {@code run} in time order. */
    public static List<RunWindow> steady(Run run) {
        return HeldFigures.of(run).steadyWindows();
    }

    /**
     * The measurement window as {@code [T0_US, T1_US + 1)}: T1_US itself belongs to the window (the seed's
     * {@code t0 <= ts <= t1}). A {@code T1_US} of {@link Long#MAX_VALUE} gives the end {@code Long.MAX_VALUE},
     * which every scope treats as including {@code Long.MAX_VALUE} itself ({@link Scope#END_OF_TIME}); a
     * {@code T1_US} before {@code T0_US} gives an empty window.
     */
    public static long[] measurementWindow(Run run) {
        long start = run.meta().windowStartUs();
        long end = Saturating.add(run.meta().windowEndUs(), 1);
        return new long[] {start, Math.max(start, end)};
    }
}
