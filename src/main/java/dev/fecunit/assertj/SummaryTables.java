package dev.fecunit.assertj;

import dev.fecunit.analysis.SummaryFigure;

import java.util.ArrayList;
import java.util.List;

/**
 * One run's summary table, as a failed comparison hands it to the IDE: the baseline's as the expected
 * value and the candidate's as the actual one, so IntelliJ's "Click to see difference" and Eclipse's
 * compare view put the two tables side by side, line by line. Laid out as the message's table, with
 * every figure of the seed's table and then the compared figure's own rows if it has others (freezes,
 * another latency percentile).
 */
final class SummaryTables {

    private SummaryTables() {
    }

    /** The table of {@code run} over its scope, lines separated by {@code \n}. */
    static String of(Measured run, FigureSentences compared) {
        List<FigureSentences.Row> rows = new ArrayList<>();
        for (SummaryFigure figure : SummaryFigure.seedFigures()) {
            rows.add(FigureSentences.Row.of(figure));
        }
        for (FigureSentences.Row row : compared.rows()) {
            if (rows.stream().noneMatch(r -> r.key().equals(row.key()))) {
                rows.add(row);
            }
        }
        return SideBySide.render(rows, List.of(run));
    }
}
