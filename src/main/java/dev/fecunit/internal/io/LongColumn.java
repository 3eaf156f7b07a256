package dev.fecunit.internal.io;

import java.util.Arrays;

/**
 * A column of longs in chunks of 32,768 (256 KB): it grows without copying (past its first chunk,
 * which starts small), holds no unused room once {@link #trimmed()}, and has no array large enough
 * to be a "humongous" object for the G1 collector, whose fragmentation would otherwise make a
 * 24-hour soak fail in a 256 MB heap. The run's frame and sample columns ({@code dev.fecunit.Frames},
 * {@code dev.fecunit.CounterSeries}) are held in these.
 */
public final class LongColumn {

    private static final int CHUNK_BITS = 15;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private long[][] chunks = new long[4][];
    private int size;

    /** An empty column. */
    public LongColumn() {
    }

    /** The column holding {@code values}, copied. */
    public static LongColumn of(long[] values) {
        LongColumn column = new LongColumn();
        for (long v : values) {
            column.add(v);
        }
        return column.trimmed();
    }

    /** Appends {@code value}. */
    public void add(long value) {
        int chunk = size >>> CHUNK_BITS;
        int offset = size & MASK;
        if (chunk == 0) {
            // the first chunk starts small and doubles: a series of a few samples costs a few bytes
            if (chunks[0] == null) {
                chunks[0] = new long[16];
            } else if (offset == chunks[0].length) {
                chunks[0] = Arrays.copyOf(chunks[0], Math.min(CHUNK, 2 * offset));
            }
        } else if (offset == 0) {
            if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunk * 2);
            }
            chunks[chunk] = new long[CHUNK];
        }
        chunks[chunk][offset] = value;
        size++;
    }

    /** Value {@code i}; the caller checks {@code i} against the size. */
    public long get(int i) {
        return chunks[i >>> CHUNK_BITS][i & MASK];
    }

    /** Values added. */
    public int size() {
        return size;
    }

    /** This column with its last chunk cut to its values (no unused room left). */
    public LongColumn trimmed() {
        int chunkCount = (size + MASK) >>> CHUNK_BITS;
        chunks = Arrays.copyOf(chunks, chunkCount);
        int inLast = size & MASK;
        if (inLast != 0) {
            chunks[chunkCount - 1] = Arrays.copyOf(chunks[chunkCount - 1], inLast);
        }
        return this;
    }

    /** A new column of values {@code order[0]}, {@code order[1]}, ... of this one. */
    public LongColumn permuted(int[] order) {
        LongColumn out = new LongColumn();
        for (int i : order) {
            out.add(get(i));
        }
        return out.trimmed();
    }

    /** A new column of values {@code [from, to)} of this one. */
    public LongColumn range(int from, int to) {
        LongColumn out = new LongColumn();
        for (int i = from; i < to; i++) {
            out.add(get(i));
        }
        return out.trimmed();
    }

    /** Bytes the values' arrays hold, unused room included. */
    public long retainedBytes() {
        long bytes = 0;
        for (long[] chunk : chunks) {
            bytes += chunk == null ? 0 : 8L * chunk.length;
        }
        return bytes;
    }
}
