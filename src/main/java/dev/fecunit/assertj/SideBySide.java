package dev.fecunit.assertj;

import java.util.List;

/**
 * The rows of the summary table that a failure is about, one column per run, laid out like the
 * seed's table (a 24-wide metric column, 16-wide run columns); the cells are formatted by
 * {@link dev.fecunit.analysis.SummaryFigure#format}, so they read exactly as in the report.
 */
final class SideBySide {

    private static final int NAME_WIDTH = 24;
    private static final int COLUMN_WIDTH = 16;

    private SideBySide() {
    }

    /** The table, lines separated by {@code \n}, without a final line end. */
    static String render(List<FigureSentences.Row> rows, List<Measured> runs) {
        StringBuilder out = new StringBuilder(left("metric" + runs.get(0).runScope().suffix()));
        for (Measured run : runs) {
            out.append(right(run.run().name()));
        }
        for (FigureSentences.Row row : rows) {
            out.append('\n').append(left(row.key()));
            for (Measured run : runs) {
                out.append(right(row.text().apply(run)));
            }
        }
        return out.toString();
    }

    private static String left(String text) {
        return text + " ".repeat(Math.max(0, NAME_WIDTH - text.length()));
    }

    private static String right(String text) {
        return " ".repeat(Math.max(0, COLUMN_WIDTH - text.length())) + text;
    }
}
