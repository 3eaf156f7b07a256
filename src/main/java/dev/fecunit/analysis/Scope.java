package dev.fecunit.analysis;

import dev.fecunit.BurstWindow;
import dev.fecunit.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a run that a figure is computed over: a set of disjoint time intervals, each
 * {@code [fromUs, toUs)} in wall-clock microseconds, inside the measurement window.
 *
 * <p>The whole run, the loss bursts and the steady time between them are all scopes, so every
 * figure has one definition whatever part of the run it describes:
 *
 * <pre>{@code
 * RunSummary whole  = RunSummary.of(run);                          // Scope.whole(run)
 * RunSummary bursts = RunSummary.of(run, Scope.bursts(run));
 * RunSummary steady = RunSummary.of(run, Scope.outsideBursts(run));
 * }</pre>
 *
 * <p>Attribution: a frame belongs to the scope holding its receive time; a frame-id gap to the
 * scope holding the receive time of the first frame after it; a counter's increase between two
 * polls to the scope holding the later poll.
 */
public final class Scope {

    private final String description;
    private final long[] from;
    private final long[] to;

    private Scope(String description, List<long[]> intervals) {
        this.description = description;
        this.from = new long[intervals.size()];
        this.to = new long[intervals.size()];
        for (int i = 0; i < intervals.size(); i++) {
            from[i] = intervals.get(i)[0];
            to[i] = intervals.get(i)[1];
        }
    }

    /** The whole measurement window {@code [T0_US, T1_US]}. */
    public static Scope whole(Run run) {
        return new Scope("whole run", List.of(window(run)));
    }

    /** The shaper's loss bursts, clipped to the measurement window. */
    public static Scope bursts(Run run) {
        long[] window = window(run);
        List<long[]> intervals = new ArrayList<>();
        for (BurstWindow burst : run.bursts()) {
            long start = Math.max(burst.startUs(), window[0]);
            long end = Math.min(burst.endUs(), window[1]);
            if (start < end) {
                intervals.add(new long[] {start, end});
            }
        }
        return new Scope("during bursts", merge(intervals));
    }

    /** The measurement window outside the loss bursts (the whole window when there are none). */
    public static Scope outsideBursts(Run run) {
        long[] window = window(run);
        List<long[]> intervals = new ArrayList<>();
        long cursor = window[0];
        for (long[] burst : bursts(run).intervals()) {
            if (burst[0] > cursor) {
                intervals.add(new long[] {cursor, burst[0]});
            }
            cursor = Math.max(cursor, burst[1]);
        }
        if (cursor < window[1]) {
            intervals.add(new long[] {cursor, window[1]});
        }
        return new Scope("outside bursts", intervals);
    }

    /** One interval {@code [fromUs, toUs)}, e.g. a single burst. */
    public static Scope between(long fromUs, long toUs, String description) {
        if (toUs < fromUs) {
            throw new IllegalArgumentException("Scope end [" + toUs + "] is before its start [" + fromUs + "]");
        }
        return new Scope(description, List.of(new long[] {fromUs, toUs}));
    }

    private static long[] window(Run run) {
        // T1_US itself belongs to the window (the seed's t0 <= ts <= t1); NO_END_US + 1 cannot overflow.
        return new long[] {run.meta().windowStartUs(), run.meta().windowEndUs() + 1};
    }

    private static List<long[]> merge(List<long[]> intervals) {
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : intervals) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval.clone());
            }
        }
        return merged;
    }

    /** Whether {@code wallUs} lies in one of the intervals. */
    public boolean contains(long wallUs) {
        int i = java.util.Arrays.binarySearch(from, wallUs);
        int candidate = i >= 0 ? i : -i - 2; // the last interval starting at or before wallUs
        return candidate >= 0 && wallUs < to[candidate];
    }

    /** The intervals as {@code [fromUs, toUs)} pairs in time order. */
    public List<long[]> intervals() {
        List<long[]> out = new ArrayList<>(from.length);
        for (int i = 0; i < from.length; i++) {
            out.add(new long[] {from[i], to[i]});
        }
        return out;
    }

    /** Total length of the intervals in microseconds (a run without T1_US has no finite length). */
    public long durationUs() {
        long sum = 0;
        for (int i = 0; i < from.length; i++) {
            sum += to[i] - from[i];
        }
        return sum;
    }

    /** What the scope is, e.g. {@code during bursts}. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
