package dev.fecunit.junit;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of a failing regression ({@code example-tests/src/examples/RegressedFecDemoTestCases})
 * fails on the sample runs with fecunit's own assertion message, and with the report of both runs
 * attached, as the README promises.
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
        // runs are loaded by their real path, which the message shows
        Path baseline = RUNS.resolve("burst-ab/baseline").toRealPath();
        Path regressed = RUNS.resolve("burst-ab/fec-regressed").toRealPath();
        // 101 and 85 of 1801 frames, gap events 6 and 6: java -jar target/fecunit-cli.jar summary of the pair
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessage(String.join("\n",
                "",
                "Expecting run:",
                "  fec-regressed (" + regressed + ")",
                "to lose fewer frames than the baseline:",
                "  baseline (" + baseline + ")",
                "but:",
                "  fec-regressed lost 101 of 1801 frames (5.61%)",
                "  baseline      lost 85 of 1801 frames (4.72%)",
                "",
                row("metric", "fec-regressed", "baseline"),
                row("frames_received", "1700", "1716"),
                row("frames_expected", "1801", "1801"),
                row("frames_lost", "101", "85"),
                row("gap_events", "6", "6")));

        Path dir = reports.resolve("examples.RegressedFecDemoTestCases/fecLosesFewerFramesThanBaseline");
        assertThat(failure.getSuppressed()).hasSize(1);
        FecReport report = (FecReport) failure.getSuppressed()[0];
        assertThat(report.files().directory()).isEqualTo(dir);
        assertThat(report.files().problems()).as("the report draws without problems").isEmpty();
        Path png = dir.resolve("fec_report.png").toAbsolutePath();
        assertThat(report.mainFile()).isEqualTo(png);
        assertThat(report.getMessage()).startsWith("fecunit report of runs [baseline, fec-regressed]: " + png + " (also ");
        assertThat(Arrays.copyOf(Files.readAllBytes(png), 8))
                .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        // the seed's table of the pair, as it printed it after the line naming the PNG and a blank line
        assertThat("report: <OUT>/fec_report.png\n\n" + Files.readString(dir.resolve("summary.txt")))
                .isEqualTo(Files.readString(Path.of("src/test/resources/golden/seed/burst-ab-regressed.stdout.txt")));

        List<String> published = results.allEvents().fileEntryPublished().stream()
                .map(e -> e.getPayload(FileEntry.class).orElseThrow().getPath().getFileName().toString())
                .collect(Collectors.toList());
        assertThat(published).startsWith("fec_report.png")
                .isEqualTo(report.files().files().stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.toList()));

        // EngineTestKit does not capture standard output; the launcher does, as Surefire and IDEs see it
        assertThat(stdoutOfTheDemo(demo, temp.resolve("launcher-reports"), temp.resolve("launcher-output")).lines())
                .contains("[[ATTACHMENT|" + temp.resolve("launcher-reports").resolve(
                        "examples.RegressedFecDemoTestCases/fecLosesFewerFramesThanBaseline/fec_report.png")
                        .toAbsolutePath() + "]]");
    }

    @Test
    void theFailedComparisonCarriesBothSummaryTablesForTheIdesDiffView() throws ClassNotFoundException {
        Class<?> demo = Class.forName("examples.RegressedFecDemoTestCases");

        EngineExecutionResults results = FecTestKit.runsRoot(RUNS).reportsDir(temp.resolve("reports"))
                .outputDirectory(temp.resolve("junit-output")).execute(demo);

        Throwable failure = results.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .findFirst().orElseThrow();
        assertThat(failure).isExactlyInstanceOf(AssertionFailedError.class);
        AssertionFailedError diff = (AssertionFailedError) failure;
        // the seed's table of the pair: src/test/resources/golden/seed/burst-ab-regressed.stdout.txt
        assertThat(diff.getExpected().getStringRepresentation()).isEqualTo(table("baseline",
                "1716", "1801", "85", "6", "64.0", "40.4", "167.3", "220.2",
                "0", "0", "0", "0", "0", "0", "1113", "972"));
        assertThat(diff.getActual().getStringRepresentation()).isEqualTo(table("fec-regressed",
                "1700", "1801", "101", "6", "62.7", "40.3", "165.2", "208.0",
                "708", "153", "57", "96", "555", "0", "995", "922"));
        assertThat(failure.getMessage()).startsWith("\nExpecting run:\n  fec-regressed (");
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(FecReport.class);
    }

    /** One run's summary table as the diff view shows it: the seed's 16 figures in the message's layout. */
    private static String table(String run, String... values) {
        String[] figures = {"frames_received", "frames_expected", "frames_lost", "gap_events", "latency_mean_ms",
            "latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "fec_received", "fec_recovery_attempts",
            "fec_recovered", "fec_recovery_failed", "fec_unused", "fec_invalid", "nack_total", "packet_loss_total"};
        StringBuilder table = new StringBuilder(String.format("%-24s%16s", "metric", run));
        for (int i = 0; i < figures.length; i++) {
            table.append('\n').append(String.format("%-24s%16s", figures[i], values[i]));
        }
        return table.toString();
    }

    /** Runs the demo through the JUnit launcher with stdout captured, returning what the test printed. */
    private static String stdoutOfTheDemo(Class<?> demo, Path reports, Path outputDir) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(demo))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .configurationParameter(TestKitOnly.PARAMETER, "true")
                .configurationParameter("fecunit.github.summary", "false")
                .configurationParameter("fecunit.runs.root", RUNS.toString())
                .configurationParameter("fecunit.reports.dir", reports.toString())
                .configurationParameter("junit.platform.output.capture.stdout", "true")
                .configurationParameter("junit.platform.reporting.output.dir", outputDir.toString())
                .build();
        StringBuilder stdout = new StringBuilder();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                String text = entry.getKeyValuePairs().get("stdout");
                if (text != null) {
                    stdout.append(text);
                }
            }
        });
        return stdout.toString();
    }

    /** A row of the summary table as the message shows it: a 24-wide metric column, 16-wide run columns. */
    private static String row(String metric, String regressed, String baseline) {
        return String.format("%-24s%16s%16s", metric, regressed, baseline);
    }
}
