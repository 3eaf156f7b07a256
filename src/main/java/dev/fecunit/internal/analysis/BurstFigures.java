package dev.fecunit.internal.analysis;

import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;

/**
 * The figures of one loss burst: everything computed over the burst's window, and how long delivery
 * took to recover after it.
 *
 * @param window   the burst's window ({@link Scope#bursts}), {@code burst_on} to {@code burst_off}
 * @param figures  every figure over the window ({@link WindowFigures})
 * @param recovery the time to recover after {@code burst_off} ({@link RecoveryTime})
 */
public record BurstFigures(RunWindow window, WindowFigures figures, RecoveryTime recovery) {

    /** {@code burst_on}, seconds since {@code T0_US}. */
    public double startS() {
        return figures.startS();
    }

    /** {@code burst_off} (or the end of the window), seconds since {@code T0_US}. */
    public double endS() {
        return figures.endS();
    }

    /** The seed's figures over the burst. */
    public RunSummary summary() {
        return figures.summary();
    }

    /** The freezes that ended during the burst. */
    public FreezeFigures freezes() {
        return figures.freezes();
    }
}
