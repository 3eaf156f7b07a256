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

    private final LongColumn receiveUs;
    private final LongColumn frameId;
    private final LongColumn captureUs;
    private final Resolutions resolutions;
    private final int size;

    /**
     * Copies columns of equal length, rows already sorted by receive time; the table keeps no
     * reference to the caller's arrays. Readers use {@link Builder}, which copies nothing.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public Frames(long[] receiveUs, long[] frameId, long[] captureUs, int[] width, int[] height) {
        this(LongColumn.of(receiveUs), LongColumn.of(frameId), LongColumn.of(captureUs),
                Resolutions.of(width, height, checkedLength(receiveUs, frameId, captureUs, width, height)),
                receiveUs.length);
    }

    /** Takes ownership of columns of {@code size} rows (a {@link Builder}'s). */
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
        return new Frames(new LongColumn().trimmed(), new LongColumn().trimmed(), new LongColumn().trimmed(),
                Resolutions.of(new int[0], new int[0], 0), 0);
    }

    /**
     * Bytes the table's columns hold on the heap (array contents, unused capacity included): at
     * most 48 per row for a table from a {@link Builder}.
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

    /**
     * Width and height by runs of rows: a run's resolution changes a few times at most, so this
     * costs next to nothing per row (at most 12 bytes a row if it changed on every row).
     */
    private static final class Resolutions {
        private int[] firstRow = new int[4];
        private int[] width = new int[4];
        private int[] height = new int[4];
        private int runs;

        static Resolutions of(int[] width, int[] height, int size) {
            Resolutions resolutions = new Resolutions();
            for (int i = 0; i < size; i++) {
                resolutions.add(i, width[i], height[i]);
            }
            return resolutions.trimmed();
        }

        /** Row {@code row} (rows added in order) has {@code w x h}. */
        void add(int row, int w, int h) {
            if (runs > 0 && width[runs - 1] == w && height[runs - 1] == h) {
                return;
            }
            if (runs == firstRow.length) {
                int capacity = runs + Math.max(4, runs / 2);
                firstRow = Arrays.copyOf(firstRow, capacity);
                width = Arrays.copyOf(width, capacity);
                height = Arrays.copyOf(height, capacity);
            }
            firstRow[runs] = row;
            width[runs] = w;
            height[runs] = h;
            runs++;
        }

        Resolutions trimmed() {
            firstRow = Arrays.copyOf(firstRow, runs);
            width = Arrays.copyOf(width, runs);
            height = Arrays.copyOf(height, runs);
            return this;
        }

        private int runOf(int row) {
            int i = Arrays.binarySearch(firstRow, 0, runs, row);
            return i >= 0 ? i : -i - 2;
        }

        int width(int row) {
            return width[runOf(row)];
        }

        int height(int row) {
            return height[runOf(row)];
        }

        long retainedBytes() {
            return 4L * (firstRow.length + width.length + height.length);
        }
    }

    /**
     * Collects rows in any order and builds a {@link Frames} sorted by receive time (stable for
     * equal times, as the seed's {@code list.sort}), without copying the columns when it can:
     * a table holds at most 48 bytes per row (24 for a harness file).
     *
     * <pre>{@code
     * Frames.Builder rows = new Frames.Builder(1024);
     * rows.add(1_000_000, 1, 960_000, 1280, 720);
     * Frames frames = rows.build();
     * }</pre>
     */
    public static final class Builder {

        private LongColumn receiveUs = new LongColumn();
        private LongColumn frameId = new LongColumn();
        private LongColumn captureUs = new LongColumn();
        private Resolutions resolutions = new Resolutions();
        private int size;
        private long lastReceiveUs;
        private boolean sorted = true;
        private int[] order;

        /** A builder; {@code expectedRows} is a hint (columns grow in chunks, without copying). */
        public Builder(int expectedRows) {
        }

        /** Adds a row; {@link #MISSING} for a missing id or capture time. */
        public Builder add(long receiveUs, long frameId, long captureUs, int width, int height) {
            if (size == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + size + " frame rows do not fit in one table");
            }
            if (size > 0 && receiveUs < lastReceiveUs) {
                sorted = false;
            }
            lastReceiveUs = receiveUs;
            this.receiveUs.add(receiveUs);
            this.frameId.add(frameId);
            this.captureUs.add(captureUs);
            resolutions.add(size, width, height);
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
            return frameId.get(Objects.checkIndex(i, size));
        }

        /** {@code recv_wall_us} of the row added {@code i}-th. */
        public long receiveUs(int i) {
            return receiveUs.get(Objects.checkIndex(i, size));
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
            return build(Long.MIN_VALUE, Long.MAX_VALUE);
        }

        /**
         * Builds the table of the rows received inside {@code [fromUs, toUs]}; the builder must not
         * be used afterwards.
         */
        public Frames build(long fromUs, long toUs) {
            sortByReceiveTime();
            int lo = 0;
            while (lo < size && receiveUs.get(lo) < fromUs) {
                lo++;
            }
            int hi = size;
            while (hi > lo && receiveUs.get(hi - 1) > toUs) {
                hi--;
            }
            if (lo > 0 || hi < size) {
                Resolutions kept = new Resolutions();
                for (int k = lo; k < hi; k++) {
                    kept.add(k - lo, resolutions.width(k), resolutions.height(k));
                }
                receiveUs = receiveUs.range(lo, hi);
                frameId = frameId.range(lo, hi);
                captureUs = captureUs.range(lo, hi);
                resolutions = kept;
                size = hi - lo;
            }
            Frames frames = new Frames(receiveUs.trimmed(), frameId.trimmed(), captureUs.trimmed(),
                    resolutions.trimmed(), size);
            receiveUs = null;
            frameId = null;
            captureUs = null;
            resolutions = null;
            order = null;
            return frames;
        }

        private void sortByReceiveTime() {
            if (!sorted) {
                int[] byTime = receiveOrderShared();
                receiveUs = receiveUs.permuted(byTime);
                frameId = frameId.permuted(byTime);
                captureUs = captureUs.permuted(byTime);
                Resolutions byRow = resolutions;
                resolutions = new Resolutions();
                for (int k = 0; k < size; k++) {
                    int run = byRow.runOf(byTime[k]);
                    resolutions.add(k, byRow.width[run], byRow.height[run]);
                }
                sorted = true;
                order = null;
            }
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
                        to[k++] = receiveUs.get(from[j]) < receiveUs.get(from[i]) ? from[j++] : from[i++];
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
    }
}
