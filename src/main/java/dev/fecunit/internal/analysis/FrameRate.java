package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Delivered frame rate over a {@link Scope}: the mean over the scope's length, and the worst whole
 * second of {@link FrameAnalysis#fpsSeries(Run)}.
 *
 * <pre>{@code
 * OptionalDouble mean = FrameRate.meanFps(run, Scope.whole(run));        // frames received / window seconds
 * Optional<FrameRate.Second> worst = FrameRate.worstSecond(run, Scope.bursts(run));
 * }</pre>
 */
public final class FrameRate {

    private FrameRate() {
    }

    /**
     * One whole second of the fps series.
     *
     * @param second whole seconds since {@code T0_US}: the second {@code [second, second + 1)}
     * @param fps    frames received in that second
     */
    public record Second(long second, double fps) {
    }

    /**
     * Frames received in {@code scope} divided by the scope's length in seconds, measured inside
     * {@code [T0_US, T1_US]} (the whole run: {@code T1_US - T0_US}).
     *
     * @param run   the run
     * @param scope the part of its window to average over
     * @return empty when the run has no {@code T1_US} (the window has no length) or the scope is empty
     */
    public static OptionalDouble meanFps(Run run, Scope scope) {
        if (run.meta().t1Us().isEmpty()) {
            return OptionalDouble.empty();
        }
        long t0 = run.meta().windowStartUs();
        long t1 = run.meta().t1Us().getAsLong();
        long lengthUs = 0;
        for (int i = 0; i < scope.size(); i++) {
            // Scopes end at T1_US + 1 so that T1_US itself is inside; the window is T1_US - T0_US long.
            long from = Math.max(scope.fromUs(i), t0);
            long to = Math.min(scope.toUs(i), t1);
            lengthUs = Saturating.add(lengthUs, Math.max(0, Saturating.subtract(to, from)));
        }
        if (lengthUs == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(FrameAnalysis.frameLoss(run, scope).received() / (lengthUs / 1e6));
    }

    /**
     * The second with the fewest frames among the whole seconds of {@link FrameAnalysis#fpsSeries(Run)}
     * that lie entirely inside {@code scope} (a second cut by a burst edge is not judged); the
     * earliest such second on a tie. A second without a frame has 0 fps.
     *
     * <p>Costs the frames in the scope, not the seconds: only seconds holding frames are visited, and the
     * first empty second of each interval is found between them.
     *
     * @param run   the run
     * @param scope the part of its window whose whole seconds are judged
     * @return empty when no whole second lies inside the scope
     */
    public static Optional<Second> worstSecond(Run run, Scope scope) {
        long t0 = run.meta().windowStartUs();
        OptionalLong last = FrameAnalysis.lastFpsSecond(run);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Second worst = null;
        for (int i = 0; i < scope.size(); i++) {
            long first = Math.max(0, WholeSeconds.ceil(t0, scope.fromUs(i)));
            // Second s fits when T0 + (s + 1) s <= the interval's end.
            long end = Math.min(WholeSeconds.of(t0, scope.toUs(i)), Saturating.add(last.getAsLong(), 1));
            if (first >= end) {
                continue;
            }
            Second lowest = lowestIn(run, t0, first, end);
            if (worst == null || lowest.fps() < worst.fps()) {
                worst = lowest;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The earliest second with the fewest frames among seconds {@code first <= s < end}. */
    private static Second lowestIn(Run run, long t0, long first, long end) {
        FrameSeconds seconds = FrameSeconds.between(run.frames(), t0, first, end);
        long expected = first;
        Second lowest = null;
        while (seconds.next()) {
            if (seconds.second() > expected) {
                return new Second(expected, 0); // an empty second: nothing is lower, and it is the earliest
            }
            if (lowest == null || seconds.count() < lowest.fps()) {
                lowest = new Second(seconds.second(), seconds.count());
            }
            expected = seconds.second() + 1;
        }
        return expected < end ? new Second(expected, 0) : lowest;
    }
}
