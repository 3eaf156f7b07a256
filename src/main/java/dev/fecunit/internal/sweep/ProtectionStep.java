package dev.fecunit.internal.sweep;

import dev.fecunit.internal.format.NumberText;
import dev.fecunit.sweep.CellFigures;
import java.util.Objects;

/**
 * Two FEC cells at the same loss level with the same mask type, one with the next higher protection
 * rate: the step along which frame loss should not grow.
 *
 * @param lower  the cell with the lower protection rate
 * @param higher the cell with the next higher protection rate
 */
public record ProtectionStep(CellFigures lower, CellFigures higher) {

    /** Creates a step; neither side is ever null. */
    public ProtectionStep {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(higher, "higher");
    }

    /** Whether the higher protection rate lost a larger share of frames than the lower one. */
    public boolean frameLossIncreases() {
        return higher.summary().frameLossPct() > lower.summary().frameLossPct();
    }

    /**
     * The step as a sentence naming both cells, e.g. {@code FEC r50/random at loss 0.30 (…) lost 12.00% of
     * frames, more than FEC r30/random at loss 0.30 (…) with 10.33%}.
     */
    public String describe() {
        return higher.cell() + " lost " + NumberText.percent(higher.summary().frameLossPct()) + " of frames, "
                + (frameLossIncreases() ? "more than " : "no more than ") + lower.cell() + " with "
                + NumberText.percent(lower.summary().frameLossPct());
    }

    @Override
    public String toString() {
        return describe();
    }
}
