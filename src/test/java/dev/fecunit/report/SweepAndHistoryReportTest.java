package dev.fecunit.report;

import dev.fecunit.history.RunHistory;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.verdict.Metric;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Report} writes the report of a sweep and of a history too, each naming its files in a {@link ReportFiles}. */
class SweepAndHistoryReportTest {

    private static final Path SWEEP = Path.of("src/test/resources/sweep-shaped");

    @Test
    void aSweepsReportIsItsChartAndTheSweepScriptsCsv(@TempDir Path out) {
        ReportFiles files = Report.writeSweep(Sweep.load(SWEEP), out);

        assertThat(files.directory()).isEqualTo(out);
        assertThat(files.png()).isEqualTo(out.resolve("sweep_report.png")).isRegularFile();
        assertThat(files.summaryText()).isEqualTo(out.resolve("sweep_summary.csv"))
                .hasSameTextualContentAs(SWEEP.resolve("expected-sweep_summary.csv"));
        assertThat(files.summaryJson()).isNull();
        assertThat(files.html()).isNull();
        assertThat(files.files()).containsExactly(out.resolve("sweep_report.png"), out.resolve("sweep_summary.csv"));
        assertThat(files.problems()).isEmpty();
    }

    @Test
    void aHistorysReportIsItsChartTableJsonAndPage(@TempDir Path out) {
        RunHistory history = RunHistory.matching(Path.of("example-tests/runs"), "nightly/*/fec");

        ReportFiles files = Report.writeHistory(history, List.of(Metric.RECOVERY_SUCCESS), out);

        assertThat(files.files()).containsExactly(out.resolve("history.png"), out.resolve("index.html"),
                out.resolve("history.csv"), out.resolve("history.json"));
        assertThat(files.files()).allSatisfy(file -> assertThat(file).isRegularFile().isNotEmptyFile());
        assertThat(files.problems()).isEmpty();
    }
}
