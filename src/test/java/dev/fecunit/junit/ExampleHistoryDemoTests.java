package dev.fecunit.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of a regression across nights ({@code example-tests/src/examples/NightlyRegressionDemoTestCases})
 * fails on the sample nights naming the night of the FEC rate cut, with the history report attached.
 */
class ExampleHistoryDemoTests {

    static final Path RUNS = Path.of("example-tests/runs").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theSampleNightsFailNamingTheNightOfTheStepWithTheHistoryReportAttached() throws Exception {
        Class<?> demo = Class.forName("examples.NightlyRegressionDemoTestCases");
        Path reports = temp.resolve("reports");

        EngineExecutionResults results = FecTestKit.runsRoot(RUNS).reportsDir(reports)
                .outputDirectory(temp.resolve("junit-output")).execute(demo);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Throwable failure = results.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .findFirst().orElseThrow();
        // the simulator cut FEC from 30 % to 10 % from 2026-11-17 on (SampleRuns.NIGHTLY_STEP); the levels are
        // the mean recovery success of nights 1-16 and 17-24 (history.csv)
        assertThat(failure).isExactlyInstanceOf(AssertionError.class).hasMessage(String.join("\n",
                "",
                "Expecting history:",
                "  nightly/*/fec (24 runs, 2026-11-01 .. 2026-11-24)",
                "to have no regression since its first run, but:",
                "  FEC recovery success: change at 2026-11-17 (run 17 of 24): 60.48 % -> 17.22 % (-43.26 %, -71.53 %),"
                        + " regression, p = 0.005",
                "If a change is intended, accept it: acceptingChangesThrough(\"<run>\")."));

        Path dir = reports.resolve("examples.NightlyRegressionDemoTestCases/nothingRegressedOverTheNights");
        assertThat(failure.getSuppressed()).hasSize(1);
        FecReport report = (FecReport) failure.getSuppressed()[0];
        assertThat(report.files().directory()).isEqualTo(dir);
        assertThat(report.files().problems()).isEmpty();
        assertThat(report.mainFile()).isEqualTo(dir.resolve("history.png").toAbsolutePath());
        assertThat(report.getMessage()).startsWith("fecunit report of runs [history of nightly/*/fec]: "
                + dir.resolve("history.png").toAbsolutePath() + " (also index.html, history.csv, history.json)");
        assertThat(Arrays.copyOf(Files.readAllBytes(dir.resolve("history.png")), 4))
                .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<td>2026-11-17 (run 17)</td>");
    }
}
