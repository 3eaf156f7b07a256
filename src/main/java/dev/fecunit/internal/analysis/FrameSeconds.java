package dev.fecunit.internal.analysis;

import dev.fecunit.Frames;
import dev.fecunit.analysis.Scope;

/**
 * Walks the whole seconds {@code [origin + s, origin + s + 1 s)} that hold at least one frame row, in time
 * order, from second {@code first} up to (not including) second {@code end}: the frame rows of each such
 * second as {@code [lo(), hi())}. Seconds without a frame are skipped, so the cost is the rows read, never
 * the number of seconds in between (a window from 1970 has 1.7 billion of them); callers that need the
 * empty seconds count them from the gaps between {@link #second()}s.
 *
 * <pre>{@code
 * FrameSeconds seconds = FrameSeconds.between(frames, t0, 0, 60);
 * while (seconds.next()) {
 *     long fps = seconds.hi() - seconds.lo(); // frames received in second seconds.second()
 * }
 * }</pre>
 */
public final class FrameSeconds {

    private final Frames frames;
    private final long originUs;
    private final int endRow;
    private int row;
    private long second;
    private int lo;

    private FrameSeconds(Frames frames, long originUs, int firstRow, int endRow) {
        this.frames = frames;
        this.originUs = originUs;
        this.row = firstRow;
        this.endRow = endRow;
    }

    /** The seconds {@code first <= s < end} after {@code originUs} that hold frames. */
    public static FrameSeconds between(Frames frames, long originUs, long first, long end) {
        if (end <= first) {
            return new FrameSeconds(frames, originUs, 0, 0);
        }
        long endUs = WholeSeconds.startUs(originUs, end);
        int endRow = end == Long.MAX_VALUE ? frames.size() : Scope.firstAtOrAfter(frames, endUs);
        return new FrameSeconds(frames, originUs, Scope.firstAtOrAfter(frames, WholeSeconds.startUs(originUs, first)),
                endRow);
    }

    /** Moves to the next second holding a frame; false when there is none. */
    public boolean next() {
        if (row >= endRow) {
            return false;
        }
        lo = row;
        second = WholeSeconds.of(originUs, frames.receiveUs(row));
        while (row < endRow && WholeSeconds.of(originUs, frames.receiveUs(row)) == second) {
            row++;
        }
        return true;
    }

    /** The current second, whole seconds after the origin. */
    public long second() {
        return second;
    }

    /** First frame row of the current second. */
    public int lo() {
        return lo;
    }

    /** One past the last frame row of the current second. */
    public int hi() {
        return row;
    }

    /** Frames received in the current second. */
    public int count() {
        return row - lo;
    }
}
