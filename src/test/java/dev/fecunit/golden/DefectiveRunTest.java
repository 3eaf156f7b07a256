package dev.fecunit.golden;

import dev.fecunit.CounterSeries;
import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.internal.analysis.CounterMath;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameLoss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sample run with realistic defects (see {@code example-tests/runs/defects/DEFECTS.md}): a run
 * that died, an SFU restart, reordered and duplicated frame rows, a half-written last line, a
 * malformed event line (the seed crashes on it) and broken {@code prom.tsv} lines. Each figure
 * follows docs/run-directory.md and docs/figures.md, and each defect is a diagnostic naming file and line.
 */
class DefectiveRunTest {

    static final Path DIR = SeedParityTest.RUNS.resolve("defects/fec");
    static Run run;

    @BeforeAll
    static void load() {
        run = Run.load(DIR);
    }

    @Test
    void everyDefectIsADiagnosticAtItsLine() {
        assertThat(run.diagnostics()).extracting(Diagnostic::file, Diagnostic::line).contains(
                tuple("meta.env", 0L),
                tuple("frames.csv", 354L), tuple("frames.csv", 496L), tuple("frames.csv", 582L),
                tuple("frames.csv", 783L), tuple("frames.csv", 1044L),
                tuple("prom.tsv", 349L), tuple("prom.tsv", 477L), tuple("prom.tsv", 633L),
                tuple("events.csv", 7L), tuple("events.csv", 11L));
        assertThat(run.diagnostics()).filteredOn(d -> d.file().equals("frames.csv")).extracting(Diagnostic::line)
                .containsExactly(354L, 496L, 582L, 783L, 1044L);
        assertThat(run.diagnostics()).filteredOn(d -> d.message().contains("counted as a reset"))
                .allSatisfy(d -> assertThat(d.line()).isBetween(477L, 504L));
    }

    @Test
    void frameLossCountsDistinctIdsSoReorderedAndDuplicatedRowsAreNotLost() throws IOException {
        // An independent reading of the file: the ids of every complete row received after T0_US.
        long t0 = Long.parseLong(run.meta().get("T0_US").orElseThrow());
        List<String> lines = Files.readAllLines(DIR.resolve("frames.csv"));
        Set<Long> ids = new TreeSet<>();
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length == 5 && Long.parseLong(fields[0]) >= t0) {
                ids.add(Long.parseLong(fields[1]));
                rows++;
            }
        }
        long expected = ((TreeSet<Long>) ids).last() - ((TreeSet<Long>) ids).first() + 1;

        FrameLoss loss = FrameAnalysis.frameLoss(run);

        assertThat(loss.received()).isEqualTo(rows);
        assertThat(loss.expected()).isEqualTo(expected);
        assertThat(loss.lost()).isEqualTo(expected - ids.size());
    }

    @Test
    void halfWrittenLastLineNeverReachesTheLatencyFigures() {
        RunSummary summary = RunSummary.of(run);

        // the cut line would have had a capture time of 17639 us: a latency of about 1.76e9 ms
        assertThat(summary.latencyP99Ms()).isLessThan(1_000.0);
        assertThat(summary.latencyMeanMs()).isLessThan(1_000.0);
    }

    @Test
    void counterTotalsKeepTheCountsFromBeforeTheRestart() {
        double expected = 0;
        for (CounterSeries series : run.series(RunSummary.NACK_FAMILY)) {
            int reset = -1;
            for (int i = 1; i < series.size(); i++) {
                if (series.value(i) < series.value(i - 1)) {
                    reset = i;
                }
            }
            if (reset < 0) {
                expected += series.value(series.size() - 1) - series.value(0);
            } else {
                // before the restart, then the new counter from zero
                expected += series.value(reset - 1) - series.value(0) + series.value(series.size() - 1);
            }
        }
        double seedStyle = run.series(RunSummary.NACK_FAMILY).stream()
                .mapToDouble(s -> s.value(s.size() - 1) - s.value(0)).sum();

        double total = CounterMath.total(run, RunSummary.NACK_FAMILY, CounterMath.ALL);

        assertThat(total).isEqualTo(expected).isGreaterThan(seedStyle);
    }

    @Test
    void theMalformedEventLineDoesNotHideTheBursts() {
        assertThat(run.bursts()).isNotEmpty();
        assertThat(run.bursts().get(run.bursts().size() - 1).closedByEndOfRun()).isTrue();
    }
}
