package dev.fecunit.internal.io;

/** Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
final class Utf8 {

    private Utf8() {
    }

    /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
    static boolean isValid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int lowSecond = 0x80;
            int highSecond = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                length = 2;
            } else if (b >= 0xe0 && b <= 0xef) {
                length = 3;
                if (b == 0xe0) {
                    lowSecond = 0xa0; // overlong
                } else if (b == 0xed) {
                    highSecond = 0x9f; // surrogates
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                length = 4;
                if (b == 0xf0) {
                    lowSecond = 0x90; // overlong
                } else if (b == 0xf4) {
                    highSecond = 0x8f; // above U+10FFFF
                }
            } else {
                return false;
            }
            if (i + length > to) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < lowSecond || second > highSecond) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
}
