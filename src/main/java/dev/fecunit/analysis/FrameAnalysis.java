package dev.fecunit.analysis;

import dev.fecunit.Frames;
import dev.fecunit.Run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

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
    static double latencyMs(Frames frames, int i) {
        return (frames.receiveUs(i) - frames.captureUs(i)) / 1e3;
    }

    /**
     * Capture-to-receive latency of every frame with a capture time: x = seconds since start,
     * y = milliseconds, in receive order.
     */
    public static Series latencySeries(Run run) {
        Frames frames = run.frames();
        double[] xs = new double[frames.size()];
        double[] ys = new double[frames.size()];
        int n = 0;
        for (int i = 0; i < frames.size(); i++) {
            if (frames.hasCaptureTime(i)) {
                xs[n] = run.secondsSinceStart(frames.receiveUs(i));
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
    record LatencyFigures(double meanMs, double p50Ms, double p95Ms, double p99Ms) {
    }

    /**
     * The figures {@link #latencyMeanMs} and {@link #latencyPercentileMs} give for {@code scope},
     * bit for bit, in one pass: the percentiles are picked from the integer microsecond latencies
     * (milliseconds are those divided by 1e3, which keeps their order) without sorting doubles.
     */
    static LatencyFigures latencyFigures(Run run, Scope scope) {
        Frames frames = run.frames();
        int[] rows = scope.rows(frames); // only the scope's rows: a burst costs its own frames
        long[] us = new long[count(rows)];
        int n = 0;
        ExactSum sum = new ExactSum();
        for (int r = 0; r < rows.length; r += 2) {
            for (int i = rows[r]; i < rows[r + 1]; i++) {
                if (frames.hasCaptureTime(i)) {
                    long latencyUs = frames.receiveUs(i) - frames.captureUs(i);
                    us[n++] = latencyUs;
                    sum.add(latencyUs / 1e3); // as latencyMs
                }
            }
        }
        if (n == 0) {
            return new LatencyFigures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] picked = Percentiles.nearestRanks(Arrays.copyOf(us, n), 0.50, 0.95, 0.99);
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
        DistinctIds ids = DistinctIds.of(run);
        List<FrameGap> gaps = new ArrayList<>();
        for (int k = 1; k < ids.size; k++) {
            long missing = ids.ids[k] - ids.ids[k - 1] - 1;
            if (missing > 0) {
                gaps.add(new FrameGap(ids.ids[k - 1], ids.ids[k], missing, ids.firstReceiveUs[k]));
            }
        }
        return gaps;
    }

    /** Receive time of the first row of frame {@code id}; {@link Long#MAX_VALUE} when no row has it. */
    static long firstReceiveUs(Run run, long id) {
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
                int k = ids.byTime[j];
                distinct++;
                long missing = k == 0 ? 0 : ids.ids[k] - ids.ids[k - 1] - 1;
                if (missing > 0) {
                    lost += missing;
                    gapEvents++;
                }
            }
        }
        return new FrameLoss(received, distinct + lost, lost, gapEvents);
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
     */
    public static Series fpsSeries(Run run) {
        Frames frames = run.frames();
        long lastBucket = -1;
        if (run.meta().t1Us().isPresent()) {
            double seconds = run.secondsSinceStart(run.meta().windowEndUs());
            lastBucket = (long) Math.ceil(seconds) - 1;
        }
        for (int i = 0; i < frames.size(); i++) {
            lastBucket = Math.max(lastBucket, bucket(run, frames.receiveUs(i)));
        }
        if (lastBucket < 0) {
            return new Series(new double[0], new double[0]);
        }
        double[] counts = new double[Math.toIntExact(lastBucket + 1)];
        for (int i = 0; i < frames.size(); i++) {
            counts[(int) bucket(run, frames.receiveUs(i))]++;
        }
        double[] xs = new double[counts.length];
        for (int s = 0; s < xs.length; s++) {
            xs[s] = s;
        }
        return new Series(xs, counts);
    }

    /** The whole second since start that {@code wallUs} falls in, as the seed's {@code int(rel(t))}. */
    static long bucket(Run run, long wallUs) {
        return (long) run.secondsSinceStart(wallUs);
    }

    /**
     * Sorted distinct frame ids, each with the receive time of its first row, and the same ids ordered
     * by that time so the ids first received in an interval are found by binary search. Built once per
     * run (a run is immutable): every scoped figure of a 720-burst run shares it.
     */
    private static final class DistinctIds {
        private static final Map<Run, DistinctIds> BY_RUN = Collections.synchronizedMap(new WeakHashMap<>());

        final long[] ids;
        final long[] firstReceiveUs;
        final int size;
        /** Indexes into {@link #ids} in ascending first-receive time (stable: id order on a tie). */
        final int[] byTime;
        /** {@code firstReceiveUs[byTime[j]]}, ascending. */
        final long[] byTimeUs;

        private DistinctIds(long[] ids, long[] firstReceiveUs, int size) {
            this.ids = ids;
            this.firstReceiveUs = firstReceiveUs;
            this.size = size;
            this.byTime = new int[size];
            this.byTimeUs = new long[size];
            boolean ascending = true;
            for (int k = 1; k < size && ascending; k++) {
                ascending = firstReceiveUs[k] >= firstReceiveUs[k - 1];
            }
            if (ascending) {
                for (int k = 0; k < size; k++) {
                    byTime[k] = k;
                }
            } else {
                Integer[] order = new Integer[size];
                for (int k = 0; k < size; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, Comparator.comparingLong(k -> firstReceiveUs[k]));
                for (int k = 0; k < size; k++) {
                    byTime[k] = order[k];
                }
            }
            for (int j = 0; j < size; j++) {
                byTimeUs[j] = firstReceiveUs[byTime[j]];
            }
        }

        static DistinctIds of(Run run) {
            DistinctIds ids = BY_RUN.get(run);
            if (ids == null) {
                ids = of(run.frames());
                BY_RUN.put(run, ids);
            }
            return ids;
        }

        private static DistinctIds of(Frames frames) {
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
