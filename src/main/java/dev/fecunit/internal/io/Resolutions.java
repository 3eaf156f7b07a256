package dev.fecunit.internal.io;

import java.util.Arrays;

/**
 * Width and height by runs of rows: a run's resolution changes a few times at most, so this
 * costs next to nothing per row (at most 12 bytes a row if it changed on every row).
 */
public final class Resolutions {
    private int[] firstRow = new int[4];
    int[] width = new int[4];
    int[] height = new int[4];
    private int runs;

    /** The resolutions of rows {@code 0..size-1}, copied. */
    public static Resolutions of(int[] width, int[] height, int size) {
        Resolutions resolutions = new Resolutions();
        for (int i = 0; i < size; i++) {
            resolutions.add(i, width[i], height[i]);
        }
        return resolutions.trimmed();
    }

    /** Row {@code row} (rows added in order) has {@code w x h}. */
    public void add(int row, int w, int h) {
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

    /** This, holding no unused room. */
    public Resolutions trimmed() {
        firstRow = Arrays.copyOf(firstRow, runs);
        width = Arrays.copyOf(width, runs);
        height = Arrays.copyOf(height, runs);
        return this;
    }

    int runOf(int row) {
        int i = Arrays.binarySearch(firstRow, 0, runs, row);
        return i >= 0 ? i : -i - 2;
    }

    /** The width of row {@code row}. */
    public int width(int row) {
        return width[runOf(row)];
    }

    /** The height of row {@code row}. */
    public int height(int row) {
        return height[runOf(row)];
    }

    /** Bytes the arrays hold. */
    public long retainedBytes() {
        return 4L * (firstRow.length + width.length + height.length);
    }
}
