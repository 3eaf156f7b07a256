package dev.fecunit.analysis;

import dev.fecunit.BurstWindow;
import dev.fecunit.Run;

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
final class RunWindows {

    private RunWindows() {
    }

    /**
     * Every window of {@code run} in time order, covering the measurement window without overlap; computed
     * once per run ({@link AnalysedRun#windows()}).
     */
    static List<RunWindow> of(Run run) {
        return AnalysedRun.of(run).windows();
    }

    static List<RunWindow> compute(Run run) {
        long[] window = Scope.window(run);
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
    static List<RunWindow> bursts(Run run) {
        return AnalysedRun.of(run).bursts();
    }

    /** The steady windows of {@code run} in time order. */
    static List<RunWindow> steady(Run run) {
        return AnalysedRun.of(run).steadyWindows();
    }
}
