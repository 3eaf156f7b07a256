package dev.fecunit.internal.io;

/**
 * One line of a run directory that reading skipped or corrected, with the reason; each becomes a
 * {@code dev.fecunit.Diagnostic} of the run.
 *
 * @param file    the file's name inside the run directory, e.g. {@code frames.csv}
 * @param line    the 1-based line number in that file, or 0 when the finding concerns the whole file
 * @param message what was wrong and what reading did about it, as a sentence
 */
public record Finding(String file, long line, String message) {
}
