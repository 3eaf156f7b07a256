package dev.fecunit.internal.io;

/**
 * One line of {@code events.csv} as read; each becomes a {@code dev.fecunit.ShaperEvent} of the run.
 *
 * @param wallUs wall-clock microseconds
 * @param event  the event text after the first comma
 * @param line   the 1-based line number
 */
public record ShaperLine(long wallUs, String event, long line) {
}
