package dev.fecunit.sweep;

import dev.fecunit.analysis.RunSummary;
import dev.fecunit.internal.format.NumberText;

import java.util.Objects;

/**
 * A usable sweep cell with the figures of its run. Every figure is the run summary's
 * ({@link RunSummary#of(dev.fecunit.Run)}, held with the run): the sweep defines none of its own and
 * computes none again.
 *
 * <pre>{@code
 * CellFigures c = sweep.figures().cells().get(0);
 * c.cell().config();              // "FEC r30/random"
 * c.summary().frameLossPct();     // 10.33...
 * c.summary().recoveryRatePct();  // 9.6...
 * }</pre>
 *
 * <p>The sweep script's frame loss rule ("expected 0 counts as 1") gives the same value as
 * {@link RunSummary#frameLossPct()} (0 when nothing was expected), so the run's figure is used as is.
 *
 * @param cell the manifest row, whose run loaded
 */
public record CellFigures(SweepCell cell) {

    /** Creates the figures of a cell; the cell is never null. */
    public CellFigures {
        Objects.requireNonNull(cell, "cell");
    }

    /** The figures of the cell's whole measurement window. */
    public RunSummary summary() {
        return RunSummary.of(cell.run());
    }

    /** {@code FEC r30/random at loss 0.15 (cell_…/fec): lost 62 of 600 frames (10.33%)}. */
    @Override
    public String toString() {
        return cell + ": lost " + summary().framesLost() + " of " + summary().framesExpected() + " frames ("
                + NumberText.percent(summary().frameLossPct()) + ")";
    }
}
