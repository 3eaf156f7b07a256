package dev.fecunit;

import java.util.Arrays;
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
    public static final long MISSING = Long.MIN_VALUE;

    private final long[] receiveUs;
    private final long[] frameId;
    private final long[] captureUs;
    private final int[] width;
    private final int[] height;
    private final int size;

    /**
     * Copies columns of equal length, rows already sorted by receive time; the table keeps no
     * reference to the caller's arrays. Readers use {@link Builder}, which copies nothing.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public Frames(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height) {
        this(receiveUs.clone(), frameId.clone(), captureUs.clone(), width.clone(), height.clone(),
                checkedLength(receiveUs, frameId, captureUs, width, height));
    }

    /** Takes ownership of columns whose first {@code size} rows are the table (a {@link Builder}'s). */
    private Frames(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height, int size) {
        this.receiveUs = receiveUs;
        this.frameId = frameId;
        this.captureUs = captureUs;
        this.width = width;
        this.height = height;
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
        return new Frames(new long[0], new long[0], new long[0], new int[0], new int[0], 0);
    }

    /**
     * Bytes the table's columns hold on the heap (array contents, unused capacity included): at
     * most 48 per row for a table from a {@link Builder}.
     */
    public long retainedBytes() {
        return 8L * (receiveUs.length + frameId.length + captureUs.length) + 4L * (width.length + height.length);
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
        return receiveUs[Objects.checkIndex(i, size)];
    }

    /** {@code frame_id} of row {@code i}, or {@link #MISSING}. */
    public long frameId(int i) {
        return frameId[Objects.checkIndex(i, size)];
    }

    /** Whether row {@code i} has a frame id. */
    public boolean hasFrameId(int i) {
        return frameId[Objects.checkIndex(i, size)] != MISSING;
    }

    /** {@code user_timestamp_us} of row {@code i}: the publisher's capture wall clock, or {@link #MISSING}. */
    public long captureUs(int i) {
        return captureUs[Objects.checkIndex(i, size)];
    }

    /**
     * Whether row {@code i} has a usable capture time. As in the seed, a capture time of 0 counts
     * as missing (the publisher writes 0 when it has no timestamp).
     */
    public boolean hasCaptureTime(int i) {
        long capture = captureUs[Objects.checkIndex(i, size)];
        return capture != MISSING && capture != 0;
    }

    /** {@code width} of row {@code i} (0 when missing). */
    public int width(int i) {
        return width[Objects.checkIndex(i, size)];
    }

    /** {@code height} of row {@code i} (0 when missing). */
    public int height(int i) {
        return height[Objects.checkIndex(i, size)];
    }

    /**
     * Collects rows in any order and builds a {@link Frames} sorted by receive time (stable for
     * equal times, as the seed's {@code list.sort}), without copying the columns when it can:
     * a table holds at most 40 bytes per row.
     *
     * <pre>{@code
     * Frames.Builder rows = new Frames.Builder(1024);
     * rows.add(1_000_000, 1, 960_000, 1280, 720);
     * Frames frames = rows.build();
     * }</pre>
     */
    public static final class Builder {

        private static final int MIN_CAPACITY = 16;

        private long[] receiveUs;
        private long[] frameId;
        private long[] captureUs;
        private int[] width;
        private int[] height;
        private int size;
        private boolean sorted = true;
        private int[] order;

        /** A builder with room for {@code expectedRows} rows before it grows. */
        public Builder(int expectedRows) {
            int capacity = Math.max(MIN_CAPACITY, expectedRows);
            receiveUs = new long[capacity];
            frameId = new long[capacity];
            captureUs = new long[capacity];
            width = new int[capacity];
            height = new int[capacity];
        }

        /** Adds a row; {@link #MISSING} for a missing id or capture time. */
        public Builder add(long receiveUs, long frameId, long captureUs, int width, int height) {
            if (size == this.receiveUs.length) {
                grow();
            }
            if (size > 0 && receiveUs < this.receiveUs[size - 1]) {
                sorted = false;
            }
            this.receiveUs[size] = receiveUs;
            this.frameId[size] = frameId;
            this.captureUs[size] = captureUs;
            this.width[size] = width;
            this.height[size] = height;
            size++;
            order = null;
            return this;
        }

        /** Rows added so far. */
        public int size() {
            return size;
        }

        /** {@code frame_id} of the row added {@code i}-th. */
        public long frameId(int i) {
            return frameId[i];
        }

        /**
         * The rows in the order {@link #build()} puts them: element {@code k} is the index (in
         * the order of {@link #add}) of the {@code k}-th row by receive time. A new array.
         */
        public int[] receiveOrder() {
            return receiveOrderShared().clone();
        }

        /** Builds the table; the builder must not be used afterwards. */
        public Frames build() {
            if (!sorted) {
                int[] byTime = receiveOrderShared();
                receiveUs = permuted(receiveUs, byTime);
                frameId = permuted(frameId, byTime);
                captureUs = permuted(captureUs, byTime);
                width = permuted(width, byTime);
                height = permuted(height, byTime);
            } else if (receiveUs.length - size > size / 4) {
                receiveUs = Arrays.copyOf(receiveUs, size);
                frameId = Arrays.copyOf(frameId, size);
                captureUs = Arrays.copyOf(captureUs, size);
                width = Arrays.copyOf(width, size);
                height = Arrays.copyOf(height, size);
            }
            Frames frames = new Frames(receiveUs, frameId, captureUs, width, height, size);
            receiveUs = null;
            frameId = null;
            captureUs = null;
            width = null;
            height = null;
            order = null;
            return frames;
        }

        private void grow() {
            // by half, not double: a long file's columns never hold much unused room while they grow
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, size + (long) Math.max(MIN_CAPACITY, size / 2));
            if (capacity <= size) {
                throw new IllegalStateException("more than " + size + " frame rows do not fit in one table");
            }
            receiveUs = Arrays.copyOf(receiveUs, capacity);
            frameId = Arrays.copyOf(frameId, capacity);
            captureUs = Arrays.copyOf(captureUs, capacity);
            width = Arrays.copyOf(width, capacity);
            height = Arrays.copyOf(height, capacity);
        }

        private int[] receiveOrderShared() {
            if (order == null) {
                order = new int[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                if (!sorted) {
                    mergeSortByReceiveTime(order);
                }
            }
            return order;
        }

        /** A stable bottom-up merge sort of row indices by receive time: 8 bytes per row, no boxing. */
        private void mergeSortByReceiveTime(int[] indices) {
            int n = indices.length;
            int[] from = indices;
            int[] to = new int[n];
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    int i = lo;
                    int j = mid;
                    int k = lo;
                    while (i < mid && j < hi) {
                        to[k++] = receiveUs[from[j]] < receiveUs[from[i]] ? from[j++] : from[i++];
                    }
                    while (i < mid) {
                        to[k++] = from[i++];
                    }
                    while (j < hi) {
                        to[k++] = from[j++];
                    }
                }
                int[] swap = from;
                from = to;
                to = swap;
            }
            if (from != indices) {
                System.arraycopy(from, 0, indices, 0, n);
            }
        }

        private long[] permuted(long[] column, int[] byTime) {
            long[] out = new long[size];
            for (int k = 0; k < size; k++) {
                out[k] = column[byTime[k]];
            }
            return out;
        }

        private int[] permuted(int[] column, int[] byTime) {
            int[] out = new int[size];
            for (int k = 0; k < size; k++) {
                out[k] = column[byTime[k]];
            }
            return out;
        }
    }
}
