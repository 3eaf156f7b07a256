package dev.fecunit;

import dev.fecunit.internal.io.FrameRows;
import dev.fecunit.internal.io.FrameTable;

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

    private final FrameTable table;

    /**
     * Copies columns of equal length, rows already sorted by receive time; the table keeps no
     * reference to the caller's arrays.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public Frames(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height) {
        this(FrameTable.of(receiveUs, frameId, captureUs, width, height));
    }

    /** Reads through the frames read from {@code frames.csv}, which nothing else holds. */
    Frames(FrameTable table) {
        this.table = table;
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
        return table.retainedBytes();
    }

    /** Number of rows (frames received in the window, duplicates included). */
    public int size() {
        return table.size();
    }

    /** True when no frame was received in the window. */
    public boolean isEmpty() {
        return table.size() == 0;
    }

    /** {@code recv_wall_us} of row {@code i}: when the subscriber received the frame. */
    public long receiveUs(int i) {
        return table.receiveUs(i);
    }

    /** {@code frame_id} of row {@code i}, or {@link #MISSING}. */
    public long frameId(int i) {
        return table.frameId(i);
    }

    /** Whether row {@code i} has a frame id. */
    public boolean hasFrameId(int i) {
        return table.frameId(i) != MISSING;
    }

    /** {@code user_timestamp_us} of row {@code i}: the publisher's capture wall clock, or {@link #MISSING}. */
    public long captureUs(int i) {
        return table.captureUs(i);
    }

    /**
     * Whether row {@code i} has a usable capture time. As in the seed, a capture time of 0 counts
     * as missing (the publisher writes 0 when it has no timestamp).
     */
    public boolean hasCaptureTime(int i) {
        return table.hasCaptureTime(i);
    }

    /** {@code width} of row {@code i} (0 when missing). */
    public int width(int i) {
        return table.width(i);
    }

    /** {@code height} of row {@code i} (0 when missing). */
    public int height(int i) {
        return table.height(i);
    }
}
