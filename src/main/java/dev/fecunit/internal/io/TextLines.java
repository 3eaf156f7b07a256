package dev.fecunit.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a small text file ({@code meta.env}, {@code events.csv}) as strings, read through a fixed buffer. */
final class TextLines {

    /** Longer lines are skipped unread: a harness line is under 200 bytes. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** Receives each readable line. */
    interface Handler {
        /** Line {@code number} (1-based) of the file, without its line end. */
        void line(String text, long number);
    }

    private TextLines() {
    }

    /**
     * Hands every line of {@code in} to {@code handler}, except lines that cannot be text (longer than
     * {@value #MAX_LINE_BYTES} bytes, or not UTF-8): each of those is skipped with a diagnostic.
     */
    static void read(InputStream in, String file, List<Finding> diagnostics, Handler handler) throws IOException {
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        while (lines.next()) {
            if (lines.tooLong()) {
                diagnostics.add(LineReader.tooLongLine(file, lines.number(), lines.length(), "line the harness writes"));
            } else if (!Utf8.isValid(lines.bytes(), lines.start(), lines.end())) {
                diagnostics.add(new Finding(file, lines.number(), "line is not valid UTF-8; line skipped"));
            } else {
                handler.line(new String(lines.bytes(), lines.start(), lines.end() - lines.start(),
                        StandardCharsets.UTF_8), lines.number());
            }
        }
    }
}
