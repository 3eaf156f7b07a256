package dev.fecunit.internal.report;

import dev.fecunit.internal.format.NumberText;

import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.SweepCell;
import dev.fecunit.sweep.SweepFigures;

import java.util.List;

/**
 * {@code sweep_summary.csv}, byte for byte as the sweep script writes it: one row per usable cell sorted
 * by (loss, config), frame counts as integers, every other figure with 2 decimals (Python's rounding of
 * the exact binary value, so a counter total prints as {@code 5091.00}), CRLF line ends and minimal
 * quoting as Python's {@code csv} module does.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("sweep_summary.csv"), SweepSummaryCsv.render(sweep.figures()));
 * }</pre>
 */
public final class SweepSummaryCsv {

    /** The file name the sweep report writes. */
    public static final String FILE = "sweep_summary.csv";

    /** The figure columns after the cell's parameters, in the script's order. */
    static final List<SummaryFigure> FIGURES = List.of(
            SummaryFigure.FRAMES_RECEIVED, SummaryFigure.FRAMES_EXPECTED, SummaryFigure.FRAMES_LOST,
            SummaryFigure.FRAME_LOSS_PCT, SummaryFigure.LATENCY_P50_MS, SummaryFigure.LATENCY_P95_MS,
            SummaryFigure.LATENCY_P99_MS, SummaryFigure.FEC_RECEIVED, SummaryFigure.FEC_RECOVERY_ATTEMPTS,
            SummaryFigure.FEC_RECOVERED, SummaryFigure.FEC_RECOVERY_FAILED, SummaryFigure.RECOVERY_RATE_PCT,
            SummaryFigure.NACK_TOTAL);

    private static final String LINE_END = "\r\n";

    private SweepSummaryCsv() {
    }

    /** The CSV text of {@code figures}: a header and one row per usable cell. */
    public static String render(SweepFigures figures) {
        StringBuilder out = new StringBuilder("config,mode,loss_label,fec_rate,fec_mask");
        for (SummaryFigure figure : FIGURES) {
            out.append(',').append(figure.key());
        }
        out.append(LINE_END);
        for (CellFigures c : figures.inCsvOrder()) {
            SweepCell cell = c.cell();
            out.append(field(cell.config())).append(',').append(field(cell.mode())).append(',')
                    .append(field(cell.lossLabel())).append(',').append(field(cell.fecRate())).append(',')
                    .append(field(cell.fecMask()));
            for (SummaryFigure figure : FIGURES) {
                out.append(',').append(NumberText.fixed(figure.of(c.summary()), figure.isFrameCount() ? 0 : 2));
            }
            out.append(LINE_END);
        }
        return out.toString();
    }

    /** Python's {@code csv.QUOTE_MINIMAL}: quoted (quotes doubled) only when it holds a comma, quote or line break. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
