package dev.fecunit.analysis;

import dev.fecunit.Run;

import java.util.Optional;
import java.util.OptionalDouble;

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
        for (long[] interval : scope.intervals()) {
            // Scopes end at T1_US + 1 so that T1_US itself is inside; the window is T1_US - T0_US long.
            lengthUs += Math.max(0, Math.min(interval[1], t1) - Math.max(interval[0], t0));
        }
        if (lengthUs == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(FrameAnalysis.frameLoss(run, scope).received() / (lengthUs / 1e6));
    }

    /**
     * The second with the fewest frames among the whole seconds of {@link FrameAnalysis#fpsSeries(Run)}
     * that lie entirely inside {@code scope} (a second cut by a burst edge is not judged); the
     * earliest such second on a tie.
     *
     * @param run   the run
     * @param scope the part of its window whose whole seconds are judged
     * @return empty when no whole second lies inside the scope
     */
    public static Optional<Second> worstSecond(Run run, Scope scope) {
        Series fps = FrameAnalysis.fpsSeries(run);
        long t0 = run.meta().windowStartUs();
        Second worst = null;
        for (int i = 0; i < fps.size(); i++) {
            long second = (long) fps.xs()[i];
            long from = t0 + second * 1_000_000L;
            long to = from + 1_000_000L;
            if (inside(scope, from, to) && (worst == null || fps.ys()[i] < worst.fps())) {
                worst = new Second(second, fps.ys()[i]);
            }
        }
        return Optional.ofNullable(worst);
    }

    private static boolean inside(Scope scope, long fromUs, long toUs) {
        for (long[] interval : scope.intervals()) {
            if (interval[0] <= fromUs && toUs <= interval[1]) {
                return true;
            }
        }
        return false;
    }
}
