package dev.fecunit.internal.verdict;

import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;
import dev.fecunit.verdict.Blocking;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run into the blocks a comparison reads its noise from: its burst and steady windows
 * ({@link Scope#bursts}, {@link Scope#outsideBursts}) or loss cycles ({@link Blocking}), or, when the run had no burst, fixed-length blocks over the window (a
 * remainder shorter than half a block joins the last block). Frames within a few seconds are
 * correlated, so they are judged together.
 *
 * <pre>{@code
 * for (Blocks.Block block : Blocks.of(run, Blocking.WINDOWS, Comparison.DEFAULT_BLOCK_LENGTH)) {
 *     Ratio loss = Metric.FRAME_LOSS_RATE.ratio(run, block.scope());
 * }
 * }</pre>
 */
public final class Blocks {

    /**
     * One block and its stratum (blocks are compared with blocks of the same stratum).
     *
     * @param stratum {@code burst}, {@code steady}, {@code cycle}, {@code lead-in} or {@code fixed}
     * @param scope   the block's time interval
     */
    public record Block(String stratum, Scope scope) {
    }

    private Blocks() {
    }

    /** The blocks of {@code run} in time order; runs without bursts are cut into {@code fixedLength} blocks. */
    public static List<Block> of(Run run, Blocking blocking, java.time.Duration fixedLength) {
        return of(run, blocking, fixedLength.toNanos() / 1000);
    }

    public static List<Block> of(Run run, Blocking blocking, long fixedBlockUs) {
        List<Window> windows = windows(run);
        List<Block> blocks = new ArrayList<>();
        boolean bursts = windows.stream().anyMatch(Window::burst);
        if (bursts && blocking == Blocking.WINDOWS) {
            for (Window w : windows) {
                blocks.add(new Block(w.burst() ? "burst" : "steady", w.scope()));
            }
            return blocks;
        }
        if (bursts && blocking == Blocking.CYCLES) {
            int i = 0;
            if (!windows.get(0).burst()) {
                blocks.add(new Block("lead-in", windows.get(0).scope()));
                i = 1;
            }
            int index = 0;
            for (; i < windows.size(); i++) {
                long from = windows.get(i).fromUs();
                long to = windows.get(i).toUs();
                if (i + 1 < windows.size() && !windows.get(i + 1).burst()) {
                    to = windows.get(++i).toUs();
                }
                blocks.add(new Block("cycle", Scope.between(from, to, "cycle " + index++)));
            }
            return blocks;
        }
        long start = run.meta().windowStartUs();
        long end = endOf(run);
        int index = 0;
        for (long from = start; from < end; from += fixedBlockUs) {
            long to = end - (from + fixedBlockUs) < fixedBlockUs / 2 ? end : from + fixedBlockUs;
            blocks.add(new Block("fixed", Scope.between(from, to, "block " + index++)));
            if (to == end) {
                break;
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new Block("fixed", Scope.whole(run)));
        }
        return blocks;
    }

    /** End of the window, exclusive: {@code T1_US + 1}, or after the last frame when the run died. */
    /** One burst, or one steady stretch between bursts, of the measurement window. */
    private record Window(boolean burst, int index, long fromUs, long toUs) {
        Scope scope() {
            return Scope.between(fromUs, toUs, (burst ? "burst " : "steady ") + index);
        }
    }

    /** The bursts ({@link Scope#bursts}) and the steady stretches ({@link Scope#outsideBursts}) in time order. */
    private static List<Window> windows(Run run) {
        Scope bursts = Scope.bursts(run);
        Scope steady = Scope.outsideBursts(run);
        List<Window> windows = new ArrayList<>(bursts.size() + steady.size());
        int b = 0;
        int s = 0;
        while (b < bursts.size() || s < steady.size()) {
            if (s == steady.size() || b < bursts.size() && bursts.fromUs(b) < steady.fromUs(s)) {
                windows.add(new Window(true, b, bursts.fromUs(b), bursts.toUs(b)));
                b++;
            } else {
                windows.add(new Window(false, s, steady.fromUs(s), steady.toUs(s)));
                s++;
            }
        }
        return windows;
    }

    private static long endOf(Run run) {
        if (run.meta().t1Us().isPresent()) {
            return run.meta().windowEndUs() + 1;
        }
        Frames frames = run.frames();
        long last = run.meta().windowStartUs();
        for (int i = 0; i < frames.size(); i++) {
            last = Math.max(last, frames.receiveUs(i));
        }
        return last + 1;
    }
}
