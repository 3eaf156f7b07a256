package dev.fecunit.internal.analysis;

import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameSeconds;
import dev.fecunit.internal.analysis.Percentiles;
import dev.fecunit.internal.analysis.Saturating;
import dev.fecunit.internal.analysis.WholeSeconds;

import java.util.Arrays;

/**
 * What delivery looks like when no burst is on, against which {@link RecoveryTime} decides that
 * delivery is back to normal: the median fps and median p95 latency of the run's steady seconds.
 *
 * <p>A steady second is a whole second since {@code T0_US}, {@code [T0 + s, T0 + s + 1 s)}, lying
 * entirely inside one steady window (one interval of {@link Scope#outsideBursts}) and not past the end of the data. Its
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

    /** The steady range of {@code run}, computed on first use and held with the run. */
    public static SteadyRange of(Run run) {
        return HeldFigures.of(run).steadyRange();
    }

    /**
     * Reads only the seconds holding frames: the empty steady seconds (0 fps, no latency) are counted, not
     * listed, and sort first among the fps values, so a window from 1970 costs its frames, not its seconds.
     */
    static SteadyRange compute(Run run) {
        long dataEnd = dataEndUs(run);
        long t0 = run.meta().windowStartUs();
        long seconds = 0;
        DoubleList fps = new DoubleList();
        DoubleList p95 = new DoubleList();
        SecondP95 secondP95 = new SecondP95();
        for (RunWindow window : RunWindows.steady(run)) {
            long end = Math.min(window.toUs(), dataEnd);
            long first = WholeSeconds.ceil(t0, window.fromUs());
            long last = WholeSeconds.of(t0, end); // seconds first <= s < last end at or before `end`
            if (first >= last) {
                continue;
            }
            seconds = Saturating.add(seconds, Saturating.subtract(last, first));
            FrameSeconds withFrames = FrameSeconds.between(run.frames(), t0, first, last);
            while (withFrames.next()) {
                fps.add(withFrames.count());
                double latency = secondP95.of(run.frames(), withFrames.lo(), withFrames.hi());
                if (!Double.isNaN(latency)) {
                    p95.add(latency);
                }
            }
        }
        long emptySeconds = seconds - fps.size();
        return new SteadyRange(seconds, medianWithZeros(fps.sorted(), emptySeconds, seconds),
                Percentiles.nearestRank(p95.sorted(), 0.5));
    }

    /** The nearest-rank median of {@code zeros} zeros followed by the ascending non-negative {@code sorted}. */
    private static double medianWithZeros(double[] sorted, long zeros, long n) {
        if (n == 0) {
            return Double.NaN;
        }
        long index = Percentiles.rankIndex(n, 0.5);
        return index < zeros ? 0.0 : sorted[(int) (index - zeros)];
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

    /** Nearest-rank p95 latency (ms) of frame rows {@code [lo, hi)}; {@code NaN} when none has a capture time. */
    static double p95LatencyMs(Frames frames, int lo, int hi) {
        return new SecondP95().of(frames, lo, hi);
    }

    /**
     * {@link #p95LatencyMs} for one second after another without an allocation each: the
     * latencies are ranked as whole microseconds (milliseconds are those divided by 1e3, which
     * keeps their order, so the value picked is the same double).
     */
    static final class SecondP95 {
        private long[] latenciesUs = new long[64];

        double of(Frames frames, int lo, int hi) {
            if (latenciesUs.length < hi - lo) {
                latenciesUs = new long[hi - lo];
            }
            long[] us = latenciesUs;
            int n = 0;
            for (int i = lo; i < hi; i++) {
                if (frames.hasCaptureTime(i)) {
                    us[n++] = FrameAnalysis.latencyUs(frames, i);
                }
            }
            if (n == 0) {
                return Double.NaN;
            }
            Arrays.sort(us, 0, n);
            return us[(int) Percentiles.rankIndex(n, 0.95)] / 1e3; // the nearest rank of a partly filled array
        }
    }

    /** Where the data ends: {@code T1_US}, or just after the last frame when the run has no T1_US. */
    static long dataEndUs(Run run) {
        if (run.meta().t1Us().isPresent()) {
            return run.meta().windowEndUs();
        }
        Frames frames = run.frames();
        return frames.isEmpty() ? run.meta().windowStartUs() : Saturating.add(frames.receiveUs(frames.size() - 1), 1);
    }

    /** A growing list of doubles without boxing (one per second holding frames). */
    private static final class DoubleList {
        private double[] values = new double[16];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        double[] sorted() {
            double[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}
