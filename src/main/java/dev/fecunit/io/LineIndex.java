package dev.fecunit.io;

import java.util.Arrays;

/** Maps a character offset in a text to its 1-based line number (line ends: LF, CRLF or CR). */
final class LineIndex {

    private final int[] lineStarts;

    LineIndex(CharSequence text) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding character {@code offset}. */
    long lineOf(long offset) {
        int i = Arrays.binarySearch(lineStarts, (int) offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
