package dev.fecunit;

/**
 * The frames the subscriber received inside the measurement window, one row per line of
 * {@code frames.csv}, sorted by receive time (stable for equal times), held as primitive columns.
 *
 * <p>A frame without a {@code frame_id} or {@code user_timestamp_us} keeps its row (it was
 * received) but has no value in that column: {@link #hasFrameId(int)} and
 * {@link #hasCaptureTime(int)} tell. Instances are immutable.
 *
 * <pre>{@code
 * Frames frames = run.frames();
 * for (int i = 0; i < frames.size(); i++) {
 *     long latencyUs = frames.receiveUs(i) - frames.captureUs(i);
 * }
 * }</pre>
 */
public final class Frames {

    /** Marks a missing value in a column. */
    public static final long MISSING = Long.MIN_VALUE;

    private final long[] receiveUs;
    private final long[] frameId;
    private final long[] captureUs;
    private final int[] width;
    private final int[] height;

    /**
     * Wraps columns of equal length (not copied: the reader hands over arrays it no longer uses).
     * Rows must already be sorted by receive time.
     */
    public Frames(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height) {
        int n = receiveUs.length;
        if (frameId.length != n || captureUs.length != n || width.length != n || height.length != n) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.receiveUs = receiveUs;
        this.frameId = frameId;
        this.captureUs = captureUs;
        this.width = width;
        this.height = height;
    }

    /** An empty table, for a run without {@code frames.csv}. */
    public static Frames empty() {
        return new Frames(new long[0], new long[0], new long[0], new int[0], new int[0]);
    }

    /** Number of rows (frames received in the window, duplicates included). */
    public int size() {
        return receiveUs.length;
    }

    /** True when no frame was received in the window. */
    public boolean isEmpty() {
        return receiveUs.length == 0;
    }

    /** {@code recv_wall_us} of row {@code i}: when the subscriber received the frame. */
    public long receiveUs(int i) {
        return receiveUs[i];
    }

    /** {@code frame_id} of row {@code i}, or {@link #MISSING}. */
    public long frameId(int i) {
        return frameId[i];
    }

    /** Whether row {@code i} has a frame id. */
    public boolean hasFrameId(int i) {
        return frameId[i] != MISSING;
    }

    /** {@code user_timestamp_us} of row {@code i}: the publisher's capture wall clock, or {@link #MISSING}. */
    public long captureUs(int i) {
        return captureUs[i];
    }

    /**
     * Whether row {@code i} has a usable capture time. As in the seed, a capture time of 0 counts
     * as missing (the publisher writes 0 when it has no timestamp).
     */
    public boolean hasCaptureTime(int i) {
        return captureUs[i] != MISSING && captureUs[i] != 0;
    }

    /** {@code width} of row {@code i} (0 when missing). */
    public int width(int i) {
        return width[i];
    }

    /** {@code height} of row {@code i} (0 when missing). */
    public int height(int i) {
        return height[i];
    }
}
