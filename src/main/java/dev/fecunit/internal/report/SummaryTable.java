package dev.fecunit.internal.report;

import dev.fecunit.internal.format.PythonFormat;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.SummaryFigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's printed summary table, byte for byte: a {@code metric} column 24 wide, one 16-wide
 * column per run, counts without decimals and latencies with one; with two runs, the A/B
 * comparison lines (the first run is the baseline).
 *
 * <pre>{@code
 * System.out.print(SummaryTable.render(List.of(baseline, fec)));
 * }</pre>
 */
public final class SummaryTable {

    private static final int NAME_WIDTH = 24;
    private static final int COLUMN_WIDTH = 16;

    private SummaryTable() {
    }

    /** A run's name and figures, one column of the table. */
    public record Column(String name, RunSummary summary) {
    }

    /** The table (and comparison lines) for {@code runs}, every line ending in {@code \n}. */
    public static String render(List<Run> runs) {
        List<Column> columns = new ArrayList<>();
        for (Run run : runs) {
            columns.add(new Column(run.name(), RunSummary.of(run)));
        }
        return renderColumns(columns);
    }

    /** The table for already computed summaries. */
    public static String renderColumns(List<Column> columns) {
        StringBuilder out = new StringBuilder();
        StringBuilder header = new StringBuilder(PythonFormat.ljust("metric", NAME_WIDTH));
        for (Column column : columns) {
            header.append(PythonFormat.rjust(column.name(), COLUMN_WIDTH));
        }
        out.append(header).append('\n');
        out.append("-".repeat(header.codePointCount(0, header.length()))).append('\n');
        for (SummaryFigure figure : SummaryFigure.seedFigures()) {
            out.append(PythonFormat.ljust(figure.key(), NAME_WIDTH));
            for (Column column : columns) {
                out.append(PythonFormat.rjust(figure.format(figure.of(column.summary())), COLUMN_WIDTH));
            }
            out.append('\n');
        }
        if (columns.size() == 2) {
            out.append(comparison(columns.get(0).summary(), columns.get(1).summary()));
        }
        return out.toString();
    }


    /** The seed's A/B lines after a blank line; the first summary is the baseline. */
    public static String comparison(RunSummary baseline, RunSummary fec) {
        StringBuilder out = new StringBuilder("\n");
        if (fec.framesLost() < baseline.framesLost()) {
            out.append("frames lost reduced ").append(baseline.framesLost()).append(" -> ")
                    .append(fec.framesLost()).append(" with FlexFEC\n");
        }
        if (fec.fecRecovered() > 0) {
            out.append("SFU recovered ").append(truncate(fec.fecRecovered())).append(" packets via FlexFEC\n");
        }
        return out.toString();
    }

    /** Python's {@code int(x)} of a finite double, as text. */
    private static String truncate(double value) {
        return new java.math.BigDecimal(value).toBigInteger().toString();
    }
}
