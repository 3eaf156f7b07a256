package dev.fecunit.junit;

import dev.fecunit.Run;
import dev.fecunit.report.SummaryTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of a failing regression ({@code example-tests/src/examples/RegressedFecDemoTestCases})
 * fails on the sample runs, with the report of both runs attached, as the README promises.
 */
class ExampleRegressionDemoTests {

    static final Path RUNS = Path.of("example-tests/runs").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theRegressedSampleRunFailsWithTheReportOfBothRunsAttached() throws IOException, ClassNotFoundException {
        Class<?> demo = Class.forName("examples.RegressedFecDemoTestCases");
        Path reports = temp.resolve("reports");

        EngineExecutionResults results = FecTestKit.runsRoot(RUNS).reportsDir(reports)
                .outputDirectory(temp.resolve("junit-output")).execute(demo);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Throwable failure = results.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .findFirst().orElseThrow();
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessage(
                "[frames lost with FlexFEC (fec-regressed) vs without (baseline)] %n"
                        + "Expecting actual:%n  101L%nto be less than:%n  85L ", new Object[0]);

        Path dir = reports.resolve("examples.RegressedFecDemoTestCases/fecLosesFewerFramesThanBaseline");
        FecReport report = (FecReport) failure.getSuppressed()[0];
        assertThat(report.files().directory()).isEqualTo(dir);
        assertThat(report.getMessage()).startsWith("fecunit report of runs [baseline, fec-regressed]: " + dir);
        List<Run> pair = List.of(Run.load(RUNS.resolve("burst-ab/baseline")), Run.load(RUNS.resolve("burst-ab/fec-regressed")));
        assertThat(Files.readString(dir.resolve("summary.txt"))).isEqualTo(SummaryTable.render(pair));
        assertThat(results.allEvents().fileEntryPublished().stream()
                .map(e -> e.getPayload(FileEntry.class).orElseThrow().getPath().getFileName().toString())
                .collect(Collectors.toList()))
                .isEqualTo(report.files().files().stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.toList()));
    }
}
