package dev.fecunit.internal.io;

import java.util.Objects;

/**
 * Collects the rows of {@code frames.csv} in any order and builds their {@link FrameTable}, sorted by
 * receive time (stable for equal times, as the seed's {@code list.sort}), without copying the columns
 * when it can: a table holds at most 48 bytes per row (24 for a harness file).
 *
 * <pre>{@code
 * FrameRows rows = new FrameRows(1024);
 * rows.add(1_000_000, 1, 960_000, 1280, 720);
 * FrameTable table = rows.build();
 * }</pre>
 */
public final class FrameRows {

    /** Marks a missing value in a column (a row without {@code frame_id} or {@code user_timestamp_us}). */
    public static final long MISSING = Long.MIN_VALUE;

    private LongColumn receiveUs = new LongColumn();
    private LongColumn frameId = new LongColumn();
    private LongColumn captureUs = new LongColumn();
    private Resolutions resolutions = new Resolutions();
    private int size;
    private long lastReceiveUs;
    private boolean sorted = true;
    private int[] order;

    /** A builder; {@code expectedRows} is a hint (columns grow in chunks, without copying). */
    public FrameRows(int expectedRows) {
    }

    /** Adds a row; {@link #MISSING} for a missing id or capture time. */
    public FrameRows add(long receiveUs, long frameId, long captureUs, int width, int height) {
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
    public FrameTable build() {
        return build(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Builds the table of the rows received inside {@code [fromUs, toUs]}; the builder must not
     * be used afterwards.
     */
    public FrameTable build(long fromUs, long toUs) {
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
        FrameTable frames = new FrameTable(receiveUs.trimmed(), frameId.trimmed(), captureUs.trimmed(),
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
