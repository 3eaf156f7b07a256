package dev.fecunit.internal.report;

import dev.fecunit.internal.format.PythonFormat;

import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.SweepFigures;

import java.util.ArrayList;
import java.util.List;

/**
 * The sweep script's markdown table, byte for byte: columns {@code config, loss, lost, lost%, p95ms,
 * p99ms, fecRx, recov, recov%, nacks}, each at least 8 wide and left-aligned (a longer value widens
 * only its own cell), counts without decimals, percentages and latencies with one; rows by loss level,
 * then the baseline first, then config.
 *
 * <pre>{@code
 * System.out.print(SweepTable.render(sweep.figures()));
 * }</pre>
 */
public final class SweepTable {

    private static final int WIDTH = 8;

    /** A figure column: its heading and the figure (printed with the catalogue's precision). */
    private record Column(String heading, SummaryFigure figure) {
    }

    private static final List<Column> FIGURE_COLUMNS = List.of(
            new Column("lost", SummaryFigure.FRAMES_LOST),
            new Column("lost%", SummaryFigure.FRAME_LOSS_PCT),
            new Column("p95ms", SummaryFigure.LATENCY_P95_MS),
            new Column("p99ms", SummaryFigure.LATENCY_P99_MS),
            new Column("fecRx", SummaryFigure.FEC_RECEIVED),
            new Column("recov", SummaryFigure.FEC_RECOVERED),
            new Column("recov%", SummaryFigure.RECOVERY_RATE_PCT),
            new Column("nacks", SummaryFigure.NACK_TOTAL));

    private SweepTable() {
    }

    /** The table of {@code figures}, every line ending in {@code \n}. */
    public static String render(SweepFigures figures) {
        List<String> headings = new ArrayList<>(List.of("config", "loss"));
        FIGURE_COLUMNS.forEach(column -> headings.add(column.heading()));
        StringBuilder out = new StringBuilder();
        row(out, headings);
        out.append('|');
        for (String heading : headings) {
            out.append("-".repeat(Math.max(WIDTH, heading.length()) + 2)).append('|');
        }
        out.append('\n');
        for (CellFigures c : figures.inTableOrder()) {
            List<String> cells = new ArrayList<>(List.of(c.cell().config(), c.cell().lossLabel()));
            for (Column column : FIGURE_COLUMNS) {
                cells.add(column.figure().format(column.figure().of(c.summary())));
            }
            row(out, cells);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(PythonFormat.ljust(cell, WIDTH)).append(" |");
        }
        out.append('\n');
    }
}
