package dev.fecunit.internal.analysis;

import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The frame figures of a run, each defined once: latency, frame-id gaps and loss, delivered fps.
 *
 * <p>Frame loss follows the sorted distinct frame ids (expected = max - min + 1, lost = expected -
 * distinct), so reordered or duplicated rows are never counted as lost, unlike the seed, which
 * walks ids in receive order.
 */
public final class FrameAnalysis {

    private FrameAnalysis() {
    }

    /** Latency of one frame in ms: receive time minus the publisher's capture time, as the seed. */
    public static double latencyMs(Frames frames, int i) {
        return latencyUs(frames, i) / 1e3;
    }

    /** Latency of one frame in µs, saturated at the ends of {@code long} (a hostile capture time cannot wrap it). */
    public static long latencyUs(Frames frames, int i) {
        return Saturating.subtract(frames.receiveUs(i), frames.captureUs(i));
    }

    /**
     * Capture-to-receive latency of every frame with a capture time: x = seconds since start,
     * y = milliseconds, in receive order.
     */
    public static Series latencySeries(Run run) {
        return HeldFigures.of(run).latencySeries();
    }

    public static Series computeLatencySeries(Run run) {
        Frames frames = run.frames();
        double[] xs = new double[frames.size()];
        double[] ys = new double[frames.size()];
        int n = 0;
        for (int i = 0; i < frames.size(); i++) {
            if (frames.hasCaptureTime(i)) {
                xs[n] = secondsSinceStart(run, frames.receiveUs(i));
                ys[n] = latencyMs(frames, i);
                n++;
            }
        }
        return new Series(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    /** Latencies (ms) of the frames received in {@code scope}, ascending. */
    public static double[] sortedLatenciesMs(Run run, Scope scope) {
        Frames frames = run.frames();
        int[] rows = scope.rows(frames);
        double[] values = new double[count(rows)];
        int n = 0;
        for (int r = 0; r < rows.length; r += 2) {
            for (int i = rows[r]; i < rows[r + 1]; i++) {
                if (frames.hasCaptureTime(i)) {
                    values[n++] = latencyMs(frames, i);
                }
            }
        }
        values = Arrays.copyOf(values, n);
        Arrays.sort(values);
        return values;
    }

    /** Mean and nearest-rank p50, p95 and p99 latency (ms); all {@code NaN} when there is no latency. */
    public record LatencyFigures(double meanMs, double p50Ms, double p95Ms, double p99Ms) {
    }

    /**
     * The figures {@link #latencyMeanMs} and {@link #latencyPercentileMs} give for {@code scope},
     * bit for bit, in one pass: the percentiles are picked from the integer microsecond latencies
     * (milliseconds are those divided by 1e3, which keeps their order) without sorting doubles.
     */
    public static LatencyFigures latencyFigures(Run run, Scope scope) {
        Frames frames = run.frames();
        int[] rows = scope.rows(frames); // only the scope's rows: a burst costs its own frames
        long[] us = new long[count(rows)];
        int n = 0;
        ExactSum sum = new ExactSum();
        for (int r = 0; r < rows.length; r += 2) {
            for (int i = rows[r]; i < rows[r + 1]; i++) {
                if (frames.hasCaptureTime(i)) {
                    long latencyUs = latencyUs(frames, i);
                    us[n++] = latencyUs;
                    sum.add(latencyUs / 1e3); // as latencyMs
                }
            }
        }
        if (n == 0) {
            return new LatencyFigures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] picked = Percentiles.nearestRanks(n == us.length ? us : Arrays.copyOf(us, n), 0.50, 0.95, 0.99);
        return new LatencyFigures(sum.value() / n, picked[0] / 1e3, picked[1] / 1e3, picked[2] / 1e3);
    }

    /** Mean latency (ms) of the frames received in {@code scope}; {@code NaN} when there is none. */
    public static double latencyMeanMs(Run run, Scope scope) {
        return meanOf(sortedLatenciesMs(run, scope));
    }

    /**
     * The mean of {@code values}: their correctly rounded sum divided by their count, as Python's
     * {@code statistics.fmean} (the sum is exact, so the order of the values does not matter);
     * {@code NaN} when there is none.
     */
    static double meanOf(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        ExactSum sum = new ExactSum();
        for (double v : values) {
            sum.add(v);
        }
        return sum.value() / values.length;
    }

    /**
     * Latency percentile (ms) over {@code scope}, nearest rank ({@link Percentiles#nearestRank}).
     *
     * @param p fraction 0..1, e.g. 0.99
     */
    public static double latencyPercentileMs(Run run, Scope scope, double p) {
        Percentiles.checkFraction(p);
        return Percentiles.nearestRank(sortedLatenciesMs(run, scope), p);
    }

    /** Every gap in the run's sorted distinct frame ids, in id order. */
    public static List<FrameGap> gaps(Run run) {
        return HeldFigures.of(run).gaps();
    }

    public static List<FrameGap> computeGaps(Run run) {
        DistinctIds ids = DistinctIds.of(run);
        List<FrameGap> gaps = new ArrayList<>();
        for (int k = 1; k < ids.size; k++) {
            long missing = missingBetween(ids.ids[k - 1], ids.ids[k]);
            if (missing > 0) {
                gaps.add(new FrameGap(ids.ids[k - 1], ids.ids[k], missing, ids.firstReceiveUs[k]));
            }
        }
        return List.copyOf(gaps);
    }

    /** Receive time of the first row of frame {@code id}; {@link Long#MAX_VALUE} when no row has it. */
    public static long firstReceiveUs(Run run, long id) {
        DistinctIds ids = DistinctIds.of(run);
        int k = Arrays.binarySearch(ids.ids, 0, ids.size, id);
        return k >= 0 ? ids.firstReceiveUs[k] : Long.MAX_VALUE;
    }

    /** Frame loss over the whole measurement window. */
    public static FrameLoss frameLoss(Run run) {
        return frameLoss(run, Scope.whole(run));
    }

    /** Frame loss over {@code scope} (see {@link Scope} for how frames and gaps are attributed). */
    public static FrameLoss frameLoss(Run run, Scope scope) {
        Frames frames = run.frames();
        long received = count(scope.rows(frames));
        DistinctIds ids = DistinctIds.of(run);
        long distinct = 0;
        long lost = 0;
        long gapEvents = 0;
        // The ids first received in the scope, found by binary search on their first-receive times.
        int[] ranges = scope.rows(ids.byTimeUs, ids.size);
        for (int r = 0; r < ranges.length; r += 2) {
            for (int j = ranges[r]; j < ranges[r + 1]; j++) {
                int k = ids.byTime(j);
                distinct++;
                long missing = k == 0 ? 0 : missingBetween(ids.ids[k - 1], ids.ids[k]);
                if (missing > 0) {
                    lost = Saturating.add(lost, missing);
                    gapEvents++;
                }
            }
        }
        // Ids may span more than a long holds (-2^63 .. 2^63-1): expected then saturates, lost <= expected holds.
        return new FrameLoss(received, Saturating.add(distinct, lost), lost, gapEvents);
    }

    /** Ids skipped between two consecutive distinct ids: {@code later - earlier - 1}, saturated. */
    static long missingBetween(long earlierId, long laterId) {
        return Saturating.subtract(laterId, earlierId + 1); // earlierId < laterId, so earlierId + 1 fits
    }

    /** Number of rows in packed {@code [lo, hi)} ranges ({@link Scope#rows(Frames)}). */
    private static int count(int[] rows) {
        int n = 0;
        for (int r = 0; r < rows.length; r += 2) {
            n += rows[r + 1] - rows[r];
        }
        return n;
    }

    /**
     * Delivered frames per second: frames received in each whole second since the start of the
     * window. Seconds without a frame are 0 (the seed leaves them out), through the last second
     * of the window (or the last frame when the run has no {@code T1_US}).
     *
     * <p>The series holds every second with a frame, and of each stretch of seconds without one its first
     * and last second (at 0 fps): the same line on a chart, and every 0 fps is shown, but its size follows
     * the frames, not the window (a window from 1970 has 1.7 billion empty seconds). Over a run that
     * delivered frames every few seconds, as every real run does, that is every second of the window.
     * Computed once per run ({@link HeldFigures}).
     */
    public static Series fpsSeries(Run run) {
        return HeldFigures.of(run).fpsSeries();
    }

    public static Series computeFpsSeries(Run run) {
        OptionalLong last = lastFpsSecond(run);
        if (last.isEmpty()) {
            return new Series(new double[0], new double[0]);
        }
        long end = Saturating.add(last.getAsLong(), 1);
        SeriesBuilder out = new SeriesBuilder();
        FrameSeconds seconds = FrameSeconds.between(run.frames(), run.meta().windowStartUs(), 0, end);
        long expected = 0;
        while (seconds.next()) {
            out.zeros(expected, seconds.second());
            out.add(seconds.second(), seconds.count());
            expected = seconds.second() + 1;
        }
        out.zeros(expected, end);
        return out.build();
    }

    /**
     * The last second of the fps series: the second holding {@code T1_US} (the last one starting before it),
     * or the last frame's when the run has no {@code T1_US}; empty when there is neither.
     */
    static OptionalLong lastFpsSecond(Run run) {
        long t0 = run.meta().windowStartUs();
        long last = -1;
        if (run.meta().t1Us().isPresent()) {
            last = WholeSeconds.ceil(t0, run.meta().t1Us().getAsLong()) - 1;
        }
        Frames frames = run.frames();
        if (!frames.isEmpty()) {
            last = Math.max(last, WholeSeconds.of(t0, frames.receiveUs(frames.size() - 1)));
        }
        return last < 0 ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /** Points of a series at whole seconds; a stretch of empty seconds is its first and last second at 0. */
    private static final class SeriesBuilder {
        private double[] xs = new double[16];
        private double[] ys = new double[16];
        private int size;

        void add(long second, double value) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, 2 * size);
                ys = Arrays.copyOf(ys, 2 * size);
            }
            xs[size] = second;
            ys[size] = value;
            size++;
        }

        /** The empty seconds {@code from <= s < to}. */
        void zeros(long from, long to) {
            if (from < to) {
                add(from, 0);
                if (to - 1 > from) {
                    add(to - 1, 0);
                }
            }
        }

        Series build() {
            return new Series(Arrays.copyOf(xs, size), Arrays.copyOf(ys, size));
        }
    }

    /** The whole second since start that {@code wallUs} falls in, as the seed's {@code int(rel(t))} (exact). */
    static long bucket(Run run, long wallUs) {
        return WholeSeconds.of(run.meta().windowStartUs(), wallUs);
    }

    /** Seconds from {@code T0_US} to {@code wallUs}, as {@link Run#secondsSinceStart} without wrapping around. */
    public static double secondsSinceStart(Run run, long wallUs) {
        return Saturating.difference(wallUs, run.meta().windowStartUs()) / 1e6;
    }

    /**
     * Sorted distinct frame ids, each with the receive time of its first row, and the same ids ordered
     * by that time so the ids first received in an interval are found by binary search. Built once per
     * run (a run is immutable): every scoped figure of a 720-burst run shares it.
     */
    public static final class DistinctIds {
        final long[] ids;
        public final long[] firstReceiveUs;
        final int size;
        /**
         * Indexes into {@link #ids} in ascending first-receive time (stable: id order on a tie);
         * null when that is the ids' own order (the usual file: ids increase with receive time).
         */
        private final int[] byTime;
        /** {@code firstReceiveUs[byTime(j)]}, ascending (the same array when {@link #byTime} is null). */
        final long[] byTimeUs;

        private DistinctIds(long[] ids, long[] firstReceiveUs, int size) {
            this.ids = ids;
            this.firstReceiveUs = firstReceiveUs;
            this.size = size;
            boolean ascending = true;
            for (int k = 1; k < size && ascending; k++) {
                ascending = firstReceiveUs[k] >= firstReceiveUs[k - 1];
            }
            if (ascending) {
                // a 24-hour run's ids take 20 MB a column: the identity order is not stored
                this.byTime = null;
                this.byTimeUs = firstReceiveUs;
                return;
            }
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingLong(k -> firstReceiveUs[k]));
            this.byTime = new int[size];
            this.byTimeUs = new long[size];
            for (int k = 0; k < size; k++) {
                byTime[k] = order[k];
            }
            for (int j = 0; j < size; j++) {
                byTimeUs[j] = firstReceiveUs[byTime[j]];
            }
        }

        /** The index into {@link #ids} of the {@code j}-th id by first-receive time. */
        int byTime(int j) {
            return byTime == null ? j : byTime[j];
        }

        /**
         * The receive times of the frames delivered (each id's first row), in receive order, when
         * every row has an id and the ids increase with receive time (the usual file); else null.
         */
        public long[] allRowsInReceiveOrder(int rows) {
            return byTime == null && size == rows && firstReceiveUs.length == rows ? firstReceiveUs : null;
        }

        /** The run's ids, computed once per run ({@link HeldFigures}). */
        public static DistinctIds of(Run run) {
            return HeldFigures.of(run).distinctIds();
        }

        public static DistinctIds of(Frames frames) {
            int n = frames.size();
            long[] ids = new long[n];
            long[] times = new long[n];
            int m = 0;
            boolean increasing = true;
            for (int i = 0; i < n; i++) {
                if (frames.hasFrameId(i)) {
                    ids[m] = frames.frameId(i);
                    times[m] = frames.receiveUs(i);
                    if (m > 0 && ids[m] <= ids[m - 1]) {
                        increasing = false;
                    }
                    m++;
                }
            }
            if (increasing) {
                return new DistinctIds(ids, times, m);
            }
            // Rows are in receive order, so a stable sort by id keeps each id's first reception first.
            Integer[] order = new Integer[m];
            for (int k = 0; k < m; k++) {
                order[k] = k;
            }
            long[] unsortedIds = ids;
            Arrays.sort(order, Comparator.comparingLong(k -> unsortedIds[k]));
            long[] sortedIds = new long[m];
            long[] sortedTimes = new long[m];
            int size = 0;
            for (int k = 0; k < m; k++) {
                long id = unsortedIds[order[k]];
                if (size > 0 && sortedIds[size - 1] == id) {
                    continue;
                }
                sortedIds[size] = id;
                sortedTimes[size] = times[order[k]];
                size++;
            }
            return new DistinctIds(sortedIds, sortedTimes, size);
        }
    }
}
