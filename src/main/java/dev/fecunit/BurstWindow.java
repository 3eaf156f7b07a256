package dev.fecunit;

/**
 * One loss burst of the traffic shaper, from a {@code burst_on} event to its {@code burst_off}.
 *
 * <p>A burst still open at the end of {@code events.csv} is closed at {@code T1_US}, or has zero
 * length when the run has no {@code T1_US} (the run died), exactly as {@code plot_fec.py} does;
 * {@link #closedByEndOfRun()} tells such a burst apart.
 *
 * @param startUs          wall-clock microseconds of {@code burst_on}
 * @param endUs            wall-clock microseconds of {@code burst_off} (or the closing time above)
 * @param closedByEndOfRun true when no {@code burst_off} followed the {@code burst_on}
 */
public record BurstWindow(long startUs, long endUs, boolean closedByEndOfRun) {

    /** Length of the burst in microseconds (never negative). */
    public long durationUs() {
        return Math.max(0, endUs - startUs);
    }
}
