package dev.fecunit.internal.sweep;

import dev.fecunit.internal.format.NumberText;
import dev.fecunit.sweep.CellFigures;
import java.util.Objects;

/**
 * A FEC cell's figures beside those of the baseline at the same loss level.
 *
 * <p>Frame loss is compared in percent of the frames expected, since runs at one loss level need not
 * send the same number of frames.
 *
 * @param baseline the baseline (no FEC) cell's figures
 * @param fec      the FEC cell's figures at the same loss level
 */
public record BaselineComparison(CellFigures baseline, CellFigures fec) {

    /** Creates a comparison; neither side is ever null. */
    public BaselineComparison {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(fec, "fec");
    }

    /** Whether the FEC cell lost a smaller share of its frames than the baseline. */
    public boolean fecLosesFewerFrames() {
        return fec.summary().frameLossPct() < baseline.summary().frameLossPct();
    }

    /**
     * The comparison as a sentence naming both cells, e.g. {@code FEC r30/bursty at loss 0.15
     * (cell_loss0.15_rate30_bursty/fec) lost 8.15% of frames (49 of 601); the baseline
     * (cell_loss0.15_baseline/baseline) lost 0.83% (5 of 601)}.
     */
    public String describe() {
        return fec.cell() + " lost " + NumberText.percent(fec.summary().frameLossPct()) + " of frames ("
                + fec.summary().framesLost() + " of " + fec.summary().framesExpected() + "); the baseline ("
                + baseline.cell().leaf() + ") lost " + NumberText.percent(baseline.summary().frameLossPct())
                + " (" + baseline.summary().framesLost() + " of " + baseline.summary().framesExpected() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
