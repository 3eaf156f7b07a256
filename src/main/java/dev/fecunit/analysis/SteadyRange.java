package dev.fecunit.analysis;

import dev.fecunit.Frames;
import dev.fecunit.Run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.List;

/**
 * What delivery looks like when no burst is on, against which {@link RecoveryTime} decides that
 * delivery is back to normal: the median fps and median p95 latency of the run's steady seconds.
 *
 * <p>A steady second is a whole second since {@code T0_US}, {@code [T0 + s, T0 + s + 1 s)}, lying
 * entirely inside one steady window ({@link RunWindows#steady}) and not past the end of the data. Its
 * fps is the number of frame rows received in it (the {@link FrameAnalysis#fpsSeries} definition) and
 * its p95 latency the nearest-rank p95 ({@link Percentiles#nearestRank}) of their latencies. Medians
 * (nearest rank) are used because the steady windows also hold the recovery seconds after each burst:
 * they move a median only when they are the majority. A second is normal when its fps is within
 * {@value #FPS_TOLERANCE} (relative) of the median fps and its p95 latency at most
 * {@value #LATENCY_FACTOR} times the median p95 latency.
 *
 * <pre>{@code
 * SteadyRange steady = SteadyRange.of(run);
 * steady.medianFps();         // 30.0
 * steady.fpsLow();            // 27.0
 * steady.latencyP95HighMs();  // 90.0
 * }</pre>
 *
 * @param seconds            number of steady seconds (0: no range, every recovery is undecided)
 * @param medianFps          nearest-rank median of the steady seconds' fps ({@code NaN} without any)
 * @param medianLatencyP95Ms nearest-rank median of the steady seconds' p95 latencies, ms; {@code NaN}
 *                           when no steady frame has a capture time, and then latency does not decide
 */
public record SteadyRange(long seconds, double medianFps, double medianLatencyP95Ms) {

    /** How far (relative) a normal second's fps may be from the steady median: 10%. */
    public static final double FPS_TOLERANCE = 0.10;
    /** How many times the steady median p95 latency a normal second's p95 latency may reach. */
    public static final double LATENCY_FACTOR = 1.5;

    private static final long SECOND_US = 1_000_000;

    /** Ranges by run: a run is immutable, so the per-burst table and the CLI's lines share one computation. */
    private static final Map<Run, SteadyRange> BY_RUN = Collections.synchronizedMap(new WeakHashMap<>());

    /** The steady range of {@code run}, computed on first use and kept for as long as the run is. */
    public static SteadyRange of(Run run) {
        SteadyRange range = BY_RUN.get(run);
        if (range == null) {
            range = compute(run);
            BY_RUN.put(run, range);
        }
        return range;
    }

    private static SteadyRange compute(Run run) {
        long dataEnd = dataEndUs(run);
        long t0 = run.meta().windowStartUs();
        Frames frames = run.frames();
        // Only the seconds holding frames are looked at; the empty ones (0 fps, no latency) are counted,
        // so a window of weeks with a few frames costs its frames, not its seconds.
        List<Double> fps = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        long emptySeconds = 0;
        for (RunWindow window : RunWindows.steady(run)) {
            long end = Math.min(window.toUs(), dataEnd);
            long s = Math.floorDiv(window.fromUs() - t0 + SECOND_US - 1, SECOND_US);
            long from = t0 + s * SECOND_US;
            long whole = end - from >= SECOND_US ? (end - from) / SECOND_US : 0;
            long stop = from + whole * SECOND_US;
            while (from < stop) {
                int next = Scope.firstAtOrAfter(frames, from);
                if (next >= frames.size() || frames.receiveUs(next) >= stop) {
                    emptySeconds += (stop - from) / SECOND_US;
                    break;
                }
                long skipped = (frames.receiveUs(next) - from) / SECOND_US;
                emptySeconds += skipped;
                from += skipped * SECOND_US;
                double[] second = second(run, from);
                fps.add(second[0]);
                if (!Double.isNaN(second[1])) {
                    p95.add(second[1]);
                }
                from += SECOND_US;
            }
        }
        double[] sortedFps = sorted(fps);
        return new SteadyRange(sortedFps.length + emptySeconds, medianWithZeros(sortedFps, emptySeconds),
                Percentiles.nearestRank(sorted(p95), 0.5));
    }

    /**
     * The nearest-rank median of {@code sorted} and {@code zeros} more seconds of 0 fps (which sort
     * first), as {@link Percentiles#nearestRank} of them all would give, without listing the zeros.
     */
    private static double medianWithZeros(double[] sorted, long zeros) {
        if (zeros == 0) {
            return Percentiles.nearestRank(sorted, 0.5);
        }
        long n = sorted.length + zeros;
        long rank = Math.min(n - 1, (long) Math.floor(n * 0.5));
        return rank < zeros ? 0.0 : sorted[(int) (rank - zeros)];
    }

    /** The lowest normal fps: {@code (1 - FPS_TOLERANCE) * medianFps}. */
    public double fpsLow() {
        return (1 - FPS_TOLERANCE) * medianFps;
    }

    /** The highest normal fps: {@code (1 + FPS_TOLERANCE) * medianFps} (a catch-up rush is not normal yet). */
    public double fpsHigh() {
        return (1 + FPS_TOLERANCE) * medianFps;
    }

    /** The highest normal p95 latency, ms: {@code LATENCY_FACTOR * medianLatencyP95Ms}. */
    public double latencyP95HighMs() {
        return LATENCY_FACTOR * medianLatencyP95Ms;
    }

    /** Whether there was any steady second to learn the range from. */
    public boolean isEmpty() {
        return seconds == 0;
    }

    /**
     * Whether a second with this fps and p95 latency is normal: fps within {@code [fpsLow(), fpsHigh()]}
     * and p95 latency at most {@code latencyP95HighMs()} (a second without latency data is not normal
     * unless the steady seconds had none either).
     */
    public boolean isNormal(double fps, double latencyP95Ms) {
        if (isEmpty() || fps < fpsLow() || fps > fpsHigh()) {
            return false;
        }
        return Double.isNaN(medianLatencyP95Ms) || latencyP95Ms <= latencyP95HighMs();
    }

    /** fps and nearest-rank p95 latency (ms, {@code NaN} without data) of the second starting at {@code fromUs}. */
    static double[] second(Run run, long fromUs) {
        Frames frames = run.frames();
        int lo = Scope.firstAtOrAfter(frames, fromUs);
        int hi = Scope.firstAtOrAfter(frames, fromUs + SECOND_US);
        double[] latencies = new double[hi - lo];
        int n = 0;
        for (int i = lo; i < hi; i++) {
            if (frames.hasCaptureTime(i)) {
                latencies[n++] = FrameAnalysis.latencyMs(frames, i);
            }
        }
        latencies = Arrays.copyOf(latencies, n);
        Arrays.sort(latencies);
        return new double[] {hi - lo, Percentiles.nearestRank(latencies, 0.95)};
    }

    /** Where the data ends: {@code T1_US}, or just after the last frame when the run has no T1_US. */
    static long dataEndUs(Run run) {
        if (run.meta().t1Us().isPresent()) {
            return run.meta().windowEndUs();
        }
        Frames frames = run.frames();
        return frames.isEmpty() ? run.meta().windowStartUs() : frames.receiveUs(frames.size() - 1) + 1;
    }

    private static double[] sorted(List<Double> values) {
        double[] out = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
