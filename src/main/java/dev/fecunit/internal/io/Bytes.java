package dev.fecunit.internal.io;

/** Scanning helpers for the readers that work on a file's bytes (the harness writes ASCII numbers). */
final class Bytes {

    /** Returned by {@link #digits} for anything but a plain run of digits. */
    static final long NOT_DIGITS = Long.MIN_VALUE + 1;

    private Bytes() {
    }

    /** Index of the first {@code b} in {@code bytes[from, to)}, or -1. */
    static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code bytes[from, to)} as a long when it is 1 to 18 plain decimal digits (no sign, no space);
     * otherwise {@link #NOT_DIGITS}, and the caller parses the text the slow, general way.
     */
    static long digits(byte[] bytes, int from, int to) {
        if (to <= from || to - from > 18) {
            return NOT_DIGITS;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return NOT_DIGITS;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
