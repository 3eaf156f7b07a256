package dev.fecunit.history;

import java.nio.file.Path;

/**
 * One run of a {@link RunHistory}: where it is and when it was measured.
 *
 * @param label what tells this run apart from the others of its history, e.g. the night's folder
 *              {@code 2026-11-30} of {@code nightly/2026-11-30/fec}; never null
 * @param path  the run directory
 * @param t0Us  the start of its measurement window ({@code T0_US}), by which the history is ordered
 */
public record HistoryRun(String label, Path path, long t0Us) {
}
