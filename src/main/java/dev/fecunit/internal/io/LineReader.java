package dev.fecunit.internal.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a file read through one fixed-size buffer, so a file of any size costs the same
 * memory: line ends are {@code \n}, {@code \r\n} or {@code \r} (Python's universal newlines).
 *
 * <p>A line longer than {@code maxLineBytes} is not buffered: it is passed over and reported as
 * {@link #tooLong()} with its length, so one runaway line (a 5 MB line of a broken copy) costs
 * nothing and the lines after it are still read.
 *
 * <pre>{@code
 * LineReader lines = new LineReader(in, 64 * 1024);
 * while (lines.next()) {
 *     if (!lines.tooLong()) {
 *         parse(lines.bytes(), lines.start(), lines.end(), lines.number());
 *     }
 * }
 * }</pre>
 */
final class LineReader {

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;

    private int start;
    private int end;
    private long number;
    private boolean terminated;
    private boolean tooLong;
    private long length;

    /** Reads {@code in} (not closed here); lines longer than {@code maxLineBytes} are reported as {@link #tooLong()}. */
    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[Math.max(64 * 1024, maxLineBytes + 2)];
    }

    /** What a file's reader does with its lines ({@link #readAll}). */
    interface Lines {
        /** Takes the next line straight from the buffer when it is in the reader's usual form; false to be given it. */
        boolean fastLine(LineReader reader) throws IOException;

        /** A line longer than the limit, passed over unread. */
        void tooLong(long number, long length);

        /** The next line, {@code bytes[start, end)}; {@code terminated} false for a last line cut short. */
        void line(byte[] bytes, int start, int end, long number, boolean terminated);

        /** Whether the rest of the file can be left unread. */
        default boolean done() {
            return false;
        }
    }

    /**
     * What a reader notes for a line passed over as {@link #tooLong()}, in the same words for every file:
     * {@code line is 70000 bytes long, far longer than any frame row; line skipped}.
     *
     * @param longestKnown what the file's lines are, e.g. {@code frame row}
     */
    static Finding tooLongLine(String file, long number, long length, String longestKnown) {
        return new Finding(file, number, "line is " + length + " bytes long, far longer than any " + longestKnown
                + "; line skipped");
    }

    /** Hands every line to {@code lines}: the fast path first, each other line the general way. */
    void readAll(Lines lines) throws IOException {
        while (!lines.done()) {
            if (lines.fastLine(this)) {
                continue;
            }
            if (!next()) {
                return;
            }
            if (tooLong) {
                lines.tooLong(number, length);
            } else {
                lines.line(buffer, start, end, number, terminated);
            }
        }
    }

    /** Advances to the next line; false at the end of the file. */
    boolean next() throws IOException {
        tooLong = false;
        int scan = position;
        while (true) {
            int lineEnd = lineEnd(scan);
            if (lineEnd >= 0) {
                if (lineEnd - position > maxLineBytes) {
                    skipLongLine();
                    return true;
                }
                if (buffer[lineEnd] == '\r' && lineEnd + 1 == limit && !endOfInput) {
                    // a CR at the buffer's end: whether an LF follows decides where the next line starts
                    int scanned = lineEnd - position;
                    fill();
                    scan = position + scanned;
                    continue;
                }
                take(lineEnd, true);
                return true;
            }
            if (limit - position > maxLineBytes) {
                skipLongLine();
                return true;
            }
            if (endOfInput) {
                if (position == limit) {
                    return false;
                }
                take(limit, false);
                return true;
            }
            int scanned = limit - position;
            fill();
            scan = position + scanned;
        }
    }

    /**
     * For a reader's fast path, which scans the unread bytes itself: makes at least {@code wanted}
     * unread bytes available in {@link #bytes()} from {@link #unread()} to {@link #limit()} (fewer
     * only at the end of the file); the bytes may move.
     */
    void prefetch(int wanted) throws IOException {
        while (limit - position < wanted && !endOfInput && (position > 0 || limit < buffer.length)) {
            fill();
        }
    }

    /** Where the unread bytes start in {@link #bytes()} (the next line's first byte). */
    int unread() {
        return position;
    }

    /** Where the unread bytes in {@link #bytes()} end (exclusive). */
    int limit() {
        return limit;
    }

    /**
     * For a reader's fast path: takes the unread bytes up to the {@code \n} at {@code lineEnd} as
     * the next line, exactly as {@link #next()} would have (the fast path has checked that the line
     * has no {@code \r} and is no longer than the limit).
     */
    void takeLine(int lineEnd) {
        tooLong = false;
        take(lineEnd, true);
    }

    /** The buffer holding the current line: {@code bytes()[start(), end())}. */
    byte[] bytes() {
        return buffer;
    }

    /** Where the current line starts in {@link #bytes()}. */
    int start() {
        return start;
    }

    /** Where the current line ends (exclusive, line end not included). */
    int end() {
        return end;
    }

    /** The current line's 1-based number. */
    long number() {
        return number;
    }

    /** Whether the current line ended with a line end (false for a last line cut short). */
    boolean terminated() {
        return terminated;
    }

    /** Whether the current line was longer than the limit and passed over; its bytes are not available. */
    boolean tooLong() {
        return tooLong;
    }

    /** The current line's length in bytes (without its line end), also for a line passed over. */
    long length() {
        return length;
    }

    private int lineEnd(int from) {
        for (int i = from; i < limit; i++) {
            byte b = buffer[i];
            if (b == '\n' || b == '\r') {
                return i;
            }
        }
        return -1;
    }

    private void take(int lineEnd, boolean hasLineEnd) {
        number++;
        start = position;
        end = lineEnd;
        length = lineEnd - position;
        terminated = hasLineEnd;
        position = !hasLineEnd ? limit
                : buffer[lineEnd] == '\r' && lineEnd + 1 < limit && buffer[lineEnd + 1] == '\n' ? lineEnd + 2
                : lineEnd + 1;
    }

    /** Passes over a line longer than the limit, counting its bytes, up to and including its line end. */
    private void skipLongLine() throws IOException {
        number++;
        tooLong = true;
        start = 0;
        end = 0;
        long skipped = 0;
        while (true) {
            int lineEnd = lineEnd(position);
            if (lineEnd >= 0) {
                skipped += lineEnd - position;
                position = lineEnd;
                if (buffer[lineEnd] == '\r') {
                    if (lineEnd + 1 == limit && !endOfInput) {
                        fill(); // the CR moves to the buffer's start; an LF after it belongs to this line end
                    }
                    position++;
                    if (position < limit && buffer[position] == '\n') {
                        position++;
                    }
                } else {
                    position++;
                }
                terminated = true;
                break;
            }
            skipped += limit - position;
            position = limit;
            if (endOfInput) {
                terminated = false;
                break;
            }
            fill();
        }
        length = skipped;
    }

    /** Moves the unread bytes to the buffer's start and reads at least one more byte, or notes the end of input. */
    private void fill() throws IOException {
        int unread = limit - position;
        System.arraycopy(buffer, position, buffer, 0, unread);
        position = 0;
        limit = unread;
        while (limit < buffer.length) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true;
                return;
            }
            if (read > 0) {
                limit += read;
                return;
            }
        }
    }
}
