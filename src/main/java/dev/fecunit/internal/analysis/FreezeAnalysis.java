package dev.fecunit.internal.analysis;

import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.RunMeta;
import dev.fecunit.analysis.Scope;
import dev.fecunit.internal.analysis.ExactSum;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.Saturating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Freezes and pauses as a viewer feels them, defined as in W3C webrtc-stats
 * ({@code RTCInboundRtpStreamStats.freezeCount}, {@code totalFreezesDuration}, {@code pauseCount},
 * {@code totalPausesDuration}, {@code totalInterFrameDelay}, {@code totalSquaredInterFrameDelay}) and
 * libwebrtc's {@code video/video_quality_observer2.cc} ({@code VideoQualityObserver::OnRenderedFrame}),
 * on the receive times of the delivered frames instead of render times.
 *
 * <pre>{@code
 * FreezeFigures f = FreezeAnalysis.of(run);
 * f.freezeCount();            // 3
 * f.totalFreezesDurationS();  // 1.45
 * FreezeFigures inBursts = FreezeAnalysis.of(run, Scope.bursts(run));
 * }</pre>
 *
 * <p>Definitions, each as the sources state them:
 * <ul>
 *   <li>Delivered frames: the first row of each distinct frame id, in receive-time order (a duplicated
 *       row is not shown twice); rows without a frame id each count.</li>
 *   <li>Inter-frame delay Δ: receive time of a delivered frame minus that of the delivered frame before it.</li>
 *   <li>Pause: Δ &gt; 5 s (webrtc-stats {@code pauseCount}). A pause is neither a freeze nor part of the
 *       average below (libwebrtc skips freeze detection while paused).</li>
 *   <li>Freeze: any other Δ with Δ ≥ max(3·avg, avg + 150 ms), where avg is the mean of the last 30
 *       non-pause Δ <em>including the current one</em> (libwebrtc adds the sample before averaging),
 *       and only once that window holds at least 5 Δ. As in libwebrtc, avg is truncated to whole
 *       milliseconds ({@code GetAverageRoundedDown}), so a Δ on libwebrtc's threshold is a freeze here
 *       too (150 ms frames then 483 ms: avg 161.1 ms, rounded down 161, 483 ≥ 3·161); Δ itself keeps its
 *       microseconds.</li>
 *   <li>A freeze or pause lasts its whole Δ and belongs to the scope holding the receive time of the
 *       frame that ends it (as a frame-id gap does). The detector always runs over the whole run, so a
 *       scope never restarts the warm-up.</li>
 *   <li>Harmonic framerate: ΣΔ / ΣΔ² in seconds, i.e. libwebrtc's {@code HarmonicFrameRate}
 *       (video duration from first to last frame / sum of squared Δ), without its rounding to whole fps.
 *       Pauses and freezes are included, as in libwebrtc.</li>
 *   <li>Freeze ratio: the part of the scope covered by freezes (pauses excluded) / the scope's length.</li>
 *   <li>Mean time between freezes: libwebrtc's smooth playback durations averaged: a stretch runs from
 *       the frame ending a freeze or pause (or the first frame) to the last frame before the next freeze
 *       (counted even when empty, as in libwebrtc), pause (counted when not empty) or the end. Within a
 *       scope, a scope boundary closes a stretch like a pause and a stretch opened there is not counted
 *       empty.</li>
 * </ul>
 * A stall that no frame ends before the end of the window is not counted (webrtc-stats counts a freeze
 * when the frame after it is rendered).
 */
public final class FreezeAnalysis {

    /** libwebrtc {@code kMinFrameSamplesToDetectFreeze}: Δ needed in the average before a freeze can be detected. */
    public static final int MIN_DELAYS_TO_DETECT_FREEZE = 5;
    /** libwebrtc {@code kAvgInterframeDelaysWindowSizeFrames}: Δ in the moving average. */
    public static final int AVERAGE_WINDOW_DELAYS = 30;
    /** libwebrtc {@code kMinIncreaseForFreezeMs}, in microseconds. */
    public static final long MIN_FREEZE_INCREASE_US = 150_000;
    /** webrtc-stats: a frame rendered more than 5 s after the previous one ends a pause. */
    public static final long PAUSE_ABOVE_US = 5_000_000;

    private static final byte SMOOTH = 0;
    private static final byte FREEZE = 1;
    private static final byte PAUSE = 2;

    private FreezeAnalysis() {
    }

    /** The freeze figures of the whole measurement window. */
    public static FreezeFigures of(Run run) {
        return HeldFigures.of(run).heldFreezes(Scope.whole(run));
    }

    /** The freeze figures of {@code scope}: the Δ, freezes and pauses ending in it (see the class comment). */
    public static FreezeFigures of(Run run, Scope scope) {
        HeldFigures analysed = HeldFigures.of(run);
        FreezeFigures held = analysed.heldFreezes(scope);
        return held != null ? held : of(analysed.timeline(), run, scope);
    }

    static FreezeFigures of(Timeline timeline, Run run, Scope scope) {
        long[] t = timeline.receiveUs;
        long frames = 0;
        long delays = 0;
        long sumUs = 0;
        ExactSum squares = new ExactSum();
        long freezes = 0;
        long freezeUs = 0;
        long pauses = 0;
        long pauseUs = 0;
        Stretches stretches = new Stretches();
        int previous = -2;
        // Only the frames received inside the scope's intervals (receive times are sorted).
        for (int i = 0; i < scope.size(); i++) {
            int end = Scope.firstAtOrAfter(t, t.length, scope.toUs(i));
            for (int k = Scope.firstAtOrAfter(t, t.length, scope.fromUs(i)); k < end; k++) {
                if (k == 0) {
                    frames++; // the first frame ends no delay
                    continue;
                }
                frames++;
                long delta = Saturating.subtract(t[k], t[k - 1]);
                delays++;
                sumUs = Saturating.add(sumUs, delta);
                double seconds = delta / 1e6;
                squares.add(seconds * seconds);
                if (k != previous + 1) {
                    stretches.open(t[k - 1]);
                }
                byte kind = timeline.kind[k];
                if (kind == FREEZE) {
                    freezes++;
                    freezeUs = Saturating.add(freezeUs, delta);
                    stretches.freeze(t[k - 1], t[k]);
                } else if (kind == PAUSE) {
                    pauses++;
                    pauseUs = Saturating.add(pauseUs, delta);
                    stretches.pause(t[k - 1], t[k]);
                } else {
                    stretches.smooth(t[k]);
                }
                previous = k;
            }
        }
        stretches.close();
        double sumSquares = squares.value();
        return new FreezeFigures(frames, delays, sumUs / 1e6, sumSquares, freezes, freezeUs / 1e6, pauses,
                pauseUs / 1e6, freezeRatio(timeline, run, scope), stretches.mean(),
                sumSquares > 0 ? (sumUs / 1e6) / sumSquares : Double.NaN);
    }

    /** Every freeze of the run in time order (pauses excluded). */
    public static List<Freeze> freezes(Run run) {
        return Timeline.of(run).freezes;
    }

    /** Every pause of the run (Δ above 5 s) in time order. */
    public static List<Freeze> pauses(Run run) {
        return Timeline.of(run).stalls(PAUSE);
    }

    private static double freezeRatio(Timeline timeline, Run run, Scope scope) {
        long length = scope.durationUs();
        if (length <= 0 || scope.toUs(scope.size() - 1) > RunMeta.NO_END_US) {
            return Double.NaN; // a run without T1_US has no finite window to divide by
        }
        // Freezes follow each other without overlap, so each interval needs only the freezes it meets.
        long[] ends = timeline.freezeEndsUs;
        long covered = 0;
        for (int i = 0; i < scope.size(); i++) {
            long from = scope.fromUs(i);
            long to = scope.toUs(i);
            // The first freeze ending after the interval's start.
            for (int k = Scope.firstAtOrAfter(ends, ends.length, Saturating.add(from, 1)); k < ends.length; k++) {
                Freeze freeze = timeline.freezes.get(k);
                if (freeze.fromUs() >= to) {
                    break;
                }
                covered = Saturating.add(covered,
                        Math.max(0, Saturating.subtract(Math.min(freeze.toUs(), to), Math.max(freeze.fromUs(), from))));
            }
        }
        return (double) covered / length;
    }

    /** libwebrtc's smooth playback durations, restricted to a scope. */
    private static final class Stretches {
        private long startUs;
        private long lastUs;
        private boolean open;
        private boolean fresh;
        private long sumUs;
        private long count;

        void open(long firstFrameUs) {
            close();
            open = true;
            fresh = true;
            startUs = firstFrameUs;
            lastUs = firstFrameUs;
        }

        void freeze(long beforeUs, long afterUs) {
            if (!fresh) {
                add(Saturating.subtract(beforeUs, startUs)); // libwebrtc counts the stretch even when empty (back-to-back freezes)
            }
            restart(afterUs);
        }

        void pause(long beforeUs, long afterUs) {
            if (beforeUs > startUs) {
                add(Saturating.subtract(beforeUs, startUs));
            }
            restart(afterUs);
        }

        void smooth(long frameUs) {
            lastUs = frameUs;
            fresh = false;
        }

        private void restart(long frameUs) {
            startUs = frameUs;
            lastUs = frameUs;
            fresh = false;
        }

        void close() {
            if (open && lastUs > startUs) {
                add(Saturating.subtract(lastUs, startUs));
            }
            open = false;
        }

        private void add(long us) {
            sumUs = Saturating.add(sumUs, us);
            count++;
        }

        double mean() {
            return count == 0 ? Double.NaN : sumUs / 1e6 / count;
        }
    }

    /** The delivered frames of a run and the kind of each Δ, computed once over the whole run. */
    static final class Timeline {
        final long[] receiveUs;
        /** {@code kind[k]}: what the Δ from frame k-1 to frame k is (index 0 unused). */
        final byte[] kind;
        /** The freezes, kept because every scope's freeze ratio needs them. */
        final List<Freeze> freezes;
        /** The freezes' ends, ascending (freezes are consecutive inter-frame delays: they never overlap). */
        final long[] freezeEndsUs;

        private Timeline(long[] receiveUs, byte[] kind) {
            this.receiveUs = receiveUs;
            this.kind = kind;
            this.freezes = List.copyOf(stalls(FREEZE));
            this.freezeEndsUs = freezes.stream().mapToLong(Freeze::toUs).toArray();
        }

        /** The run's timeline, computed once per run and held with it ({@link HeldFigures}). */
        static Timeline of(Run run) {
            return HeldFigures.of(run).timeline();
        }

        static Timeline compute(Run run) {
            // usually the distinct ids' receive times are every row's: one array then serves both
            long[] shared = FrameAnalysis.DistinctIds.of(run).allRowsInReceiveOrder(run.frames().size());
            long[] t = shared != null ? shared : deliveredReceiveTimes(run.frames());
            byte[] kind = new byte[t.length];
            long[] window = new long[AVERAGE_WINDOW_DELAYS];
            int size = 0;
            int next = 0;
            long windowSum = 0;
            for (int k = 1; k < t.length; k++) {
                long delta = Saturating.subtract(t[k], t[k - 1]);
                if (delta > PAUSE_ABOVE_US) {
                    kind[k] = PAUSE;
                    continue;
                }
                if (size == AVERAGE_WINDOW_DELAYS) {
                    windowSum -= window[next];
                } else {
                    size++;
                }
                window[next] = delta;
                windowSum += delta;
                next = (next + 1) % AVERAGE_WINDOW_DELAYS;
                if (size >= MIN_DELAYS_TO_DETECT_FREEZE && delta >= freezeThresholdUs(windowSum, size)) {
                    kind[k] = FREEZE;
                }
            }
            return new Timeline(t, kind);
        }

        /**
         * libwebrtc's threshold {@code max(3·avg, avg + 150 ms)}, with avg the mean of the window in whole
         * milliseconds rounded down ({@code MovingAverage::GetAverageRoundedDown}), in microseconds.
         */
        static long freezeThresholdUs(long windowSumUs, int size) {
            long averageMs = Math.floorDiv(windowSumUs, 1_000L * size);
            return Math.max(3 * averageMs * 1_000, averageMs * 1_000 + MIN_FREEZE_INCREASE_US);
        }

        /** The first receipt of each frame id (rows without an id all count), in receive order. */
        private static long[] deliveredReceiveTimes(Frames frames) {
            if (idsIncreasing(frames)) {
                // The usual harness file: no id repeats, so every row is a delivered frame (no boxing of 10^5 ids).
                long[] out = new long[frames.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = frames.receiveUs(i);
                }
                return out;
            }
            long[] out = new long[frames.size()];
            Set<Long> seen = new HashSet<>();
            int n = 0;
            for (int i = 0; i < frames.size(); i++) {
                if (!frames.hasFrameId(i) || seen.add(frames.frameId(i))) {
                    out[n++] = frames.receiveUs(i);
                }
            }
            return Arrays.copyOf(out, n);
        }

        /** Whether the rows' frame ids strictly increase in receive order (rows without an id are skipped). */
        private static boolean idsIncreasing(Frames frames) {
            boolean any = false;
            long last = 0;
            for (int i = 0; i < frames.size(); i++) {
                if (frames.hasFrameId(i)) {
                    long id = frames.frameId(i);
                    if (any && id <= last) {
                        return false;
                    }
                    last = id;
                    any = true;
                }
            }
            return true;
        }

        List<Freeze> stalls(byte wanted) {
            List<Freeze> out = new ArrayList<>();
            for (int k = 1; k < receiveUs.length; k++) {
                if (kind[k] == wanted) {
                    out.add(new Freeze(receiveUs[k - 1], receiveUs[k]));
                }
            }
            return out;
        }
    }
}
