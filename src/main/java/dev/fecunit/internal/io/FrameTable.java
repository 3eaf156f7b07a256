package dev.fecunit.internal.io;

import java.util.Objects;

/**
 * The frames of {@code frames.csv} as read ({@link FrameRows#build}): columns of rows sorted by receive time
 * (stable for equal times), {@link FrameRows#MISSING} where a row has no value. A run's
 * {@code dev.fecunit.Frames} reads through one of these. Immutable once built: nothing else holds its columns.
 */
public final class FrameTable {

    private final LongColumn receiveUs;
    private final LongColumn frameId;
    private final LongColumn captureUs;
    private final Resolutions resolutions;
    private final int size;

    FrameTable(LongColumn receiveUs, LongColumn frameId, LongColumn captureUs, Resolutions resolutions, int size) {
        this.receiveUs = receiveUs;
        this.frameId = frameId;
        this.captureUs = captureUs;
        this.resolutions = resolutions;
        this.size = size;
    }

    /**
     * Copies columns of equal length, rows already sorted by receive time.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public static FrameTable of(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height) {
        int n = receiveUs.length;
        if (frameId.length != n || captureUs.length != n || width.length != n || height.length != n) {
            throw new IllegalArgumentException("columns differ in length: receiveUs " + n + ", frameId "
                    + frameId.length + ", captureUs " + captureUs.length + ", width " + width.length
                    + ", height " + height.length);
        }
        return new FrameTable(LongColumn.of(receiveUs), LongColumn.of(frameId), LongColumn.of(captureUs),
                Resolutions.of(width, height, n), n);
    }

    /** No frames, for a run without {@code frames.csv}. */
    public static FrameTable empty() {
        return new FrameTable(new LongColumn().trimmed(), new LongColumn().trimmed(), new LongColumn().trimmed(),
                Resolutions.of(new int[0], new int[0], 0), 0);
    }

    /** Bytes the columns hold on the heap (array contents, unused capacity included). */
    public long retainedBytes() {
        return receiveUs.retainedBytes() + frameId.retainedBytes() + captureUs.retainedBytes()
                + resolutions.retainedBytes();
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** {@code recv_wall_us} of row {@code i}. */
    public long receiveUs(int i) {
        return receiveUs.get(Objects.checkIndex(i, size));
    }

    /** {@code frame_id} of row {@code i}, or {@link FrameRows#MISSING}. */
    public long frameId(int i) {
        return frameId.get(Objects.checkIndex(i, size));
    }

    /** {@code user_timestamp_us} of row {@code i}, or {@link FrameRows#MISSING}. */
    public long captureUs(int i) {
        return captureUs.get(Objects.checkIndex(i, size));
    }

    /** Whether row {@code i} has a usable capture time: as in the seed, 0 counts as missing. */
    public boolean hasCaptureTime(int i) {
        long capture = captureUs(i);
        return capture != FrameRows.MISSING && capture != 0;
    }

    /** {@code width} of row {@code i} (0 when missing). */
    public int width(int i) {
        return resolutions.width(Objects.checkIndex(i, size));
    }

    /** {@code height} of row {@code i} (0 when missing). */
    public int height(int i) {
        return resolutions.height(Objects.checkIndex(i, size));
    }
}
