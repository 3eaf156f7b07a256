package dev.fecunit;

import dev.fecunit.internal.io.FrameRows;
import dev.fecunit.internal.io.FrameTable;
import dev.fecunit.internal.io.LongColumn;
import dev.fecunit.internal.io.Resolutions;

import java.util.Objects;

/**
 * The frames the subscriber received inside the measurement window, one row per line of
 * {@code frames.csv}, sorted by receive time (stable for equal times), held as primitive columns.
 *
 * <p>A frame without a {@code frame_id} or {@code user_timestamp_us} keeps its row (it was
 * received) but has no value in that column: {@link #hasFrameId(int)} and
 * {@link #hasCaptureTime(int)} tell. Instances are immutable: they keep no array a caller holds.
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
    public static final long MISSING = FrameRows.MISSING;

    private final LongColumn receiveUs;
    private final LongColumn frameId;
    private final LongColumn captureUs;
    private final Resolutions resolutions;
    private final int size;

    /**
     * Copies columns of equal length, rows already sorted by receive time; the table keeps no
     * reference to the caller's arrays.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public Frames(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height) {
        this(LongColumn.of(receiveUs), LongColumn.of(frameId), LongColumn.of(captureUs),
                Resolutions.of(width, height, checkedLength(receiveUs, frameId, captureUs, width, height)),
                receiveUs.length);
    }

    /** Takes over the columns read from {@code frames.csv}, which nothing else holds. */
    Frames(FrameTable table) {
        this(table.receiveUs(), table.frameId(), table.captureUs(), table.resolutions(), table.size());
    }

    private Frames(LongColumn receiveUs, LongColumn frameId, LongColumn captureUs, Resolutions resolutions, int size) {
        this.receiveUs = receiveUs;
        this.frameId = frameId;
        this.captureUs = captureUs;
        this.resolutions = resolutions;
        this.size = size;
    }

    private static int checkedLength(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height) {
        int n = receiveUs.length;
        if (frameId.length != n || captureUs.length != n || width.length != n || height.length != n) {
            throw new IllegalArgumentException("columns differ in length: receiveUs " + n + ", frameId "
                    + frameId.length + ", captureUs " + captureUs.length + ", width " + width.length
                    + ", height " + height.length);
        }
        return n;
    }

    /** An empty table, for a run without {@code frames.csv}. */
    public static Frames empty() {
        return new Frames(FrameTable.empty());
    }

    /**
     * Bytes the table's columns hold on the heap (array contents, unused capacity included): at
     * most 48 per row for a table read from {@code frames.csv}.
     */
    public long retainedBytes() {
        return receiveUs.retainedBytes() + frameId.retainedBytes() + captureUs.retainedBytes()
                + resolutions.retainedBytes();
    }

    /** Number of rows (frames received in the window, duplicates included). */
    public int size() {
        return size;
    }

    /** True when no frame was received in the window. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** {@code recv_wall_us} of row {@code i}: when the subscriber received the frame. */
    public long receiveUs(int i) {
        return receiveUs.get(Objects.checkIndex(i, size));
    }

    /** {@code frame_id} of row {@code i}, or {@link #MISSING}. */
    public long frameId(int i) {
        return frameId.get(Objects.checkIndex(i, size));
    }

    /** Whether row {@code i} has a frame id. */
    public boolean hasFrameId(int i) {
        return frameId.get(Objects.checkIndex(i, size)) != MISSING;
    }

    /** {@code user_timestamp_us} of row {@code i}: the publisher's capture wall clock, or {@link #MISSING}. */
    public long captureUs(int i) {
        return captureUs.get(Objects.checkIndex(i, size));
    }

    /**
     * Whether row {@code i} has a usable capture time. As in the seed, a capture time of 0 counts
     * as missing (the publisher writes 0 when it has no timestamp).
     */
    public boolean hasCaptureTime(int i) {
        long capture = captureUs.get(Objects.checkIndex(i, size));
        return capture != MISSING && capture != 0;
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
