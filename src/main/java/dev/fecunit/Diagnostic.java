package dev.fecunit;

import java.util.Objects;

/**
 * One line of a run directory that fecunit skipped or corrected, with the reason.
 *
 * <p>Nothing in a run is dropped silently: every malformed row, unparsable number, counter reset
 * or bad event line becomes a {@code Diagnostic} on the {@link Run} ({@link Run#diagnostics()}).
 *
 * @param file    the file's name inside the run directory, e.g. {@code frames.csv}
 * @param line    the 1-based line number in that file, or 0 when the finding concerns the whole file
 * @param message what was wrong and what fecunit did about it, as a sentence
 */
public record Diagnostic(String file, long line, String message) {

    /** Creates a diagnostic; {@code file} and {@code message} are never null. */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code frames.csv:12: message}, the form used on stderr and in failure messages. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
