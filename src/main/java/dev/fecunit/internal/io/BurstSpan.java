package dev.fecunit.internal.io;

/**
 * One loss burst as read from {@code events.csv}, {@code burst_on} to its {@code burst_off}; each becomes a
 * {@code dev.fecunit.BurstWindow} of the run.
 *
 * @param startUs          wall-clock microseconds of {@code burst_on}
 * @param endUs            wall-clock microseconds of {@code burst_off}, or where an open burst was closed
 * @param closedByEndOfRun true when no {@code burst_off} followed the {@code burst_on}
 */
public record BurstSpan(long startUs, long endUs, boolean closedByEndOfRun) {
}
