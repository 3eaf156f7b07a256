package dev.fecunit.analysis;

import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.internal.analysis.RunWindow;
import dev.fecunit.internal.analysis.RunWindows;
import dev.fecunit.internal.analysis.Saturating;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

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
 * double burst0Loss = Figures.FRAME_LOSS_RATE.of(run, Scope.eachBurst(run).get(0));
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
        return AnalysedRun.of(run).whole();
    }

    static Scope computeWhole(Run run) {
        return new Scope("whole run", List.of(RunWindows.measurementWindow(run)));
    }

    /** The shaper's loss bursts, clipped to the measurement window; held with the run. */
    public static Scope bursts(Run run) {
        return AnalysedRun.of(run).duringBursts();
    }

    /** The measurement window outside the loss bursts (the whole window when there are none). */
    public static Scope outsideBursts(Run run) {
        return AnalysedRun.of(run).outsideBursts();
    }

    /**
     * Each loss burst on its own, in time order, described {@code burst 0}, {@code burst 1}, ...: the scopes of
     * the per-burst table, so any figure can be had per burst.
     *
     * <pre>{@code
     * for (Scope burst : Scope.eachBurst(run)) {
     *     System.out.println(burst + ": " + Figures.FRAME_LOSS_RATE.of(run, burst) + " % of frames lost, "
     *             + Figures.RECOVERY_SUCCESS.of(run, burst) + " % of FEC recoveries succeeded");
     * }
     * }</pre>
     */
    public static List<Scope> eachBurst(Run run) {
        return RunWindows.bursts(run).stream().map(RunWindow::scope).toList();
    }

    /** Each stretch of steady time (before, between and after the bursts) on its own, in time order. */
    public static List<Scope> eachSteadyWindow(Run run) {
        return RunWindows.steady(run).stream().map(RunWindow::scope).toList();
    }

    static Scope union(String description, List<RunWindow> windows) {
        List<long[]> intervals = new ArrayList<>();
        for (RunWindow w : windows) {
            intervals.add(new long[] {w.fromUs(), w.toUs()});
        }
        return new Scope(description, intervals);
    }

    /** One interval {@code [fromUs, toUs)}, e.g. a single burst. */
    public static Scope between(long fromUs, long toUs, String description) {
        if (toUs < fromUs) {
            throw new IllegalArgumentException("Scope end [" + toUs + "] is before its start [" + fromUs + "]");
        }
        return new Scope(description, List.of(new long[] {fromUs, toUs}));
    }


    /** An interval end that includes {@link Long#MAX_VALUE} itself (no {@code long} lies after it). */
    public static final long END_OF_TIME = Long.MAX_VALUE;

    /** Whether {@code wallUs} lies in one of the intervals. */
    public boolean contains(long wallUs) {
        int candidate = lastStartingAtOrBefore(wallUs);
        return candidate >= 0 && (wallUs < to[candidate] || to[candidate] == END_OF_TIME);
    }

    /**
     * {@link #contains} for a sweep through time: asked for times in ascending order, the predicate
     * walks the intervals along instead of searching them for each time (a counter's 86,400 polls
     * against a day's 5,760 bursts). A time earlier than the one asked before is searched for. Not
     * for use by two threads at once.
     */
    public LongPredicate containsAscending() {
        return new LongPredicate() {
            private int candidate = -1; // the last interval starting at or before the last time asked
            private long lastAsked = Long.MIN_VALUE;

            @Override
            public boolean test(long wallUs) {
                if (wallUs < lastAsked) {
                    candidate = lastStartingAtOrBefore(wallUs);
                } else {
                    while (candidate + 1 < from.length && from[candidate + 1] <= wallUs) {
                        candidate++;
                    }
                }
                lastAsked = wallUs;
                return candidate >= 0 && (wallUs < to[candidate] || to[candidate] == END_OF_TIME);
            }
        };
    }

    /** Whether {@code [fromUs, toUs)} lies entirely inside one of the intervals. */
    boolean containsWhole(long fromUs, long toUs) {
        int candidate = lastStartingAtOrBefore(fromUs);
        return candidate >= 0 && toUs <= to[candidate];
    }

    /** Index of the last interval starting at or before {@code wallUs}; -1 when none does. */
    private int lastStartingAtOrBefore(long wallUs) {
        int i = java.util.Arrays.binarySearch(from, wallUs);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < from.length && from[i + 1] == wallUs) {
            i++; // an empty interval may start where the next one does
        }
        return i;
    }

    /** Number of intervals. */
    public int size() {
        return from.length;
    }

    /** Start of interval {@code i} (inclusive). */
    public long fromUs(int i) {
        return from[i];
    }

    /** End of interval {@code i} (exclusive; {@link #END_OF_TIME} includes {@code Long.MAX_VALUE}). */
    public long toUs(int i) {
        return to[i];
    }

    /**
     * The rows of {@code frames} received in the scope, as index ranges {@code [lo, hi)} packed
     * {@code lo0, hi0, lo1, hi1, ...} in time order. Frames are sorted by receive time, so each
     * interval's rows are found by binary search: a figure over a burst costs the burst's rows, not
     * the whole run's.
     */
    public int[] rows(Frames frames) {
        int[] bounds = new int[2 * from.length];
        for (int i = 0; i < from.length; i++) {
            bounds[2 * i] = firstAtOrAfter(frames, from[i]);
            bounds[2 * i + 1] = Math.max(bounds[2 * i], firstAtOrAfter(frames, to[i]));
        }
        return bounds;
    }

    /** The same ranges as {@link #rows(Frames)} over ascending {@code times}. */
    public int[] rows(long[] times, int size) {
        int[] bounds = new int[2 * from.length];
        for (int i = 0; i < from.length; i++) {
            bounds[2 * i] = firstAtOrAfter(times, size, from[i]);
            bounds[2 * i + 1] = Math.max(bounds[2 * i], firstAtOrAfter(times, size, to[i]));
        }
        return bounds;
    }

    /**
     * Index of the first frame received at or after {@code wallUs} (frames are sorted by receive time);
     * for {@link #END_OF_TIME}, the number of frames (an interval ending there holds every later frame).
     */
    public static int firstAtOrAfter(Frames frames, long wallUs) {
        if (wallUs == END_OF_TIME) {
            return frames.size();
        }
        int lo = 0;
        int hi = frames.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frames.receiveUs(mid) < wallUs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public static int firstAtOrAfter(long[] times, int size, long wallUs) {
        if (wallUs == END_OF_TIME) {
            return size;
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < wallUs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The intervals as {@code [fromUs, toUs)} pairs in time order. */
    public List<long[]> intervals() {
        List<long[]> out = new ArrayList<>(from.length);
        for (int i = 0; i < from.length; i++) {
            out.add(new long[] {from[i], to[i]});
        }
        return out;
    }

    /**
     * Total length of the intervals in microseconds (a run without T1_US has no finite length); saturated at
     * {@link Long#MAX_VALUE} for a window longer than a {@code long} holds.
     */
    public long durationUs() {
        long sum = 0;
        for (int i = 0; i < from.length; i++) {
            sum = Saturating.add(sum, Saturating.subtract(to[i], from[i]));
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
