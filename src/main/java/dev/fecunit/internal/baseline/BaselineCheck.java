package dev.fecunit.internal.baseline;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of {@link Baselines#check}: whether the run matched its stored baseline, which figures
 * moved, and where the files are.
 *
 * @param outcome  matched, updated, missing or moved
 * @param baseline the baseline file
 * @param received the {@code <name>.received.json} next to it (written when missing or moved)
 * @param moved    the figures that moved beyond their tolerance, in figure order
 * @param message  what happened and what to do, in words
 */
public record BaselineCheck(Outcome outcome, Path baseline, Path received, List<FigureChange> moved, String message) {

    /** What the check found. */
    public enum Outcome {
        /** Every figure within its tolerance. */
        MATCHED,
        /** Update mode: the run's figures were written to the baseline file. */
        UPDATED,
        /** No baseline file yet; the received file was written. */
        MISSING,
        /** Some figures moved beyond their tolerance; the received file was written. */
        MOVED
    }

    /** Defensive copy. */
    public BaselineCheck {
        moved = List.copyOf(moved);
    }

    /** True when the run matched or the baseline was updated. */
    public boolean passed() {
        return outcome == Outcome.MATCHED || outcome == Outcome.UPDATED;
    }
}
