package dev.fecunit.io;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at {@code \n}, {@code \r\n} or {@code \r}, as Python's universal newlines do. */
final class TextLines {

    private TextLines() {
    }

    /** The lines of {@code text} without their line ends; a final line end adds no empty line. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Whether {@code text} is non-empty and does not end with a line end (its last line was cut). */
    static boolean lastLineUnterminated(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != '\n' && last != '\r';
    }
}
