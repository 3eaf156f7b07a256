package dev.fecunit.junit;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.assertj.FecSoftAssertions;
import dev.fecunit.testing.RunDirectoryBuilder;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of a failing test's runs: on disk, published to JUnit, and named in the failure. */
class FailureReportTests {

    @TempDir
    Path root;

    private Path reports() {
        return root.resolve("fecunit-reports");
    }

    /** baseline: frames 1..10 with 3 and 4 lost; fec: frames 1..10 with 4 lost. */
    private void writeAbPair() {
        RunDirectoryBuilder.in(root.resolve("ab/baseline")).window(0, 10_000_000)
                .frames(1, 2, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
        RunDirectoryBuilder.in(root.resolve("ab/fec")).window(0, 10_000_000)
                .frames(1, 3, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
    }

    private static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = results.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .collect(Collectors.toList());
        assertThat(failures).hasSize(1);
        return failures.get(0);
    }

    private static List<Path> publishedFiles(EngineExecutionResults results) {
        return results.allEvents().fileEntryPublished().stream()
                .map(e -> e.getPayload(FileEntry.class).orElseThrow().getPath())
                .collect(Collectors.toList());
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    /** A PNG, when the renderer draws one, must be a real PNG. */
    private static void assertPngsAreValid(List<Path> files) throws IOException {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(".png")) {
                assertThat(Arrays.copyOf(Files.readAllBytes(file), 8)).as(file.toString()).isEqualTo(signature);
            }
        }
    }

    @TestKitOnly
    static class RegressionTestCases {
        @Test
        void fecLosesNoFrames(@RunDir("ab/baseline") Run baseline, @RunDir("ab/fec") Run fec) {
            throw new AssertionFailedError("fec lost 1 frame", 0, RunSummary.of(fec).framesLost());
        }

        @Test
        void fecLosesFewerFrames(@RunDir("ab/baseline") Run baseline, @RunDir("ab/fec") Run fec) {
            assertThat(RunSummary.of(fec).framesLost()).isLessThan(RunSummary.of(baseline).framesLost());
        }

        @Test
        void aborted(@RunDir("ab/fec") Run fec) {
            Assumptions.assumeTrue(false, "no FEC today");
        }
    }

    @Test
    void aFailingTestGetsTheReportOfItsRunsWithTheBaselineFirst() throws IOException {
        writeAbPair();
        Path output = root.resolve("junit-output");

        EngineExecutionResults results = FecTestKit.runsRoot(root).outputDirectory(output)
                .execute(RegressionTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1).aborted(1));
        Path dir = reports().resolve("dev.fecunit.junit.FailureReportTests$RegressionTestCases/fecLosesNoFrames");
        // baseline: ids 1, 2 and 5..10 arrive (3 and 4 lost); fec: 1..3 and 5..10 (4 lost); no counters.
        assertThat(Files.readString(dir.resolve("summary.txt"))).isEqualTo("""
                metric                          baseline             fec
                --------------------------------------------------------
                frames_received                        8               9
                frames_expected                       10              10
                frames_lost                            2               1
                gap_events                             1               1
                latency_mean_ms                     40.0            40.0
                latency_p50_ms                      40.0            40.0
                latency_p95_ms                      40.0            40.0
                latency_p99_ms                      40.0            40.0
                fec_received                           0               0
                fec_recovery_attempts                  0               0
                fec_recovered                          0               0
                fec_recovery_failed                    0               0
                fec_unused                             0               0
                fec_invalid                            0               0
                nack_total                             0               0
                packet_loss_total                      0               0

                frames lost reduced 2 -> 1 with FlexFEC
                """);
        assertThat(Files.readString(dir.resolve("summary.json")))
                .containsSubsequence("\"name\": \"baseline\"", "\"frames_received\": 8,", "\"frames_lost\": 2,",
                        "\"name\": \"fec\"", "\"frames_received\": 9,", "\"frames_lost\": 1,");
        assertThat(filesIn(reports())).as("only the failing test has a report").allMatch(p -> p.startsWith(dir));

        Throwable failure = onlyFailure(results);
        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessage("fec lost 1 frame");
        assertThat(failure.getSuppressed()).hasSize(1);
        FecReport report = (FecReport) failure.getSuppressed()[0];
        List<Path> written = report.files().files();
        assertThat(report.mainFile()).isEqualTo(written.get(0));
        assertThat(report.getMessage()).isEqualTo("fecunit report of runs [baseline, fec]: " + written.get(0)
                + " (also " + written.stream().skip(1).map(p -> p.getFileName().toString())
                .collect(Collectors.joining(", ")) + ")"
                + (report.files().problems().isEmpty() ? "" : "; not drawn: " + String.join("; ", report.files().problems())));
        assertThat(report.getStackTrace()).isEmpty();
        assertThat(names(written)).endsWith("summary.txt", "summary.json");

        List<Path> published = publishedFiles(results);
        assertThat(names(published)).isEqualTo(names(written));
        for (int i = 0; i < published.size(); i++) {
            assertThat(published.get(i)).startsWith(output).hasSameBinaryContentAs(written.get(i));
        }
        assertPngsAreValid(written);
    }

    @Test
    void withoutAnOutputDirectoryTheReportIsWrittenAndThePublishingProblemAttached() throws IOException {
        writeAbPair();

        EngineExecutionResults results = FecTestKit.runsRoot(root).execute(RegressionTestCases.class);

        Throwable failure = onlyFailure(results);
        assertThat(failure).hasMessage("fec lost 1 frame");
        assertThat(failure.getSuppressed()).hasSize(2);
        assertThat(failure.getSuppressed()[0]).isInstanceOf(FecReport.class);
        Path dir = reports().resolve("dev.fecunit.junit.FailureReportTests$RegressionTestCases/fecLosesNoFrames");
        assertThat(failure.getSuppressed()[1]).isInstanceOf(ReportRenderingException.class)
                .hasMessageStartingWith("fecunit wrote the report to [" + dir + "] but could not publish it to JUnit: ");
        assertThat(dir.resolve("summary.txt")).isRegularFile();
    }

    @TestKitOnly
    static class UnwritableTestCases {
        @Test
        void fails(@RunDir("ab/fec") Run fec) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void whenRenderingFailsTheOriginalFailureStaysAndTheRenderingErrorIsAttached() throws IOException {
        writeAbPair();
        Path notADirectory = Files.writeString(root.resolve("reports-is-a-file"), "x");

        EngineExecutionResults results = FecTestKit.runsRoot(root).reportsDir(notADirectory)
                .execute(UnwritableTestCases.class);

        Throwable failure = onlyFailure(results);
        assertThat(failure).isExactlyInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(failure.getSuppressed()).singleElement()
                .isInstanceOf(ReportRenderingException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith("fecunit could not render the report of runs [fec]: java.io.UncheckedIOException:")
                        .contains(notADirectory.toString()))
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(java.io.UncheckedIOException.class));
    }

    @TestKitOnly
    static class ParameterizedTestCases {
        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void failsEveryTime(int n, @RunDir("ab/fec") Run fec) {
            throw new AssertionError("invocation " + n);
        }
    }

    @Test
    void everyInvocationOfAParameterizedTestHasItsOwnReportDirectory() throws IOException {
        writeAbPair();

        FecTestKit.runsRoot(root).parallel().execute(ParameterizedTestCases.class)
                .testEvents().assertStatistics(stats -> stats.failed(2));

        Path testClass = reports().resolve("dev.fecunit.junit.FailureReportTests$ParameterizedTestCases");
        assertThat(filesIn(testClass)).extracting(p -> testClass.relativize(p).toString())
                .contains("failsEveryTime[1]/summary.txt", "failsEveryTime[2]/summary.txt");
    }

    @TestKitOnly
    static class AfterEachTestCases {
        @Test
        void passes(@RunDir("ab/fec") Run fec) {
        }

        @AfterEach
        void checkTeardown() {
            throw new AssertionError("teardown failed");
        }
    }

    @Test
    void aFailingAfterEachMethodAlsoGetsTheReport() {
        writeAbPair();

        Throwable failure = onlyFailure(FecTestKit.runsRoot(root).execute(AfterEachTestCases.class));

        assertThat(failure).hasMessage("teardown failed");
        assertThat(failure.getSuppressed()[0]).isInstanceOf(FecReport.class);
    }

    @TestKitOnly
    @ExtendWith(SoftAssertionsExtension.class)
    static class SoftAssertionTestCases {
        @InjectSoftAssertions
        FecSoftAssertions softly;

        @Test
        void fecLosesNoFrames(@RunDir("ab/baseline") Run baseline, @RunDir("ab/fec") Run fec) {
            softly.assertThat(fec).losesAtMostFrames(0);
            softly.assertThat(fec).hasNoFrameGaps();
        }
    }

    @Test
    void failedSoftAssertionsAlsoGetTheReport() {
        writeAbPair();

        // AssertJ's extension throws the collected failures after the test method, not from it
        EngineExecutionResults results = FecTestKit.runsRoot(root).outputDirectory(root.resolve("junit-output"))
                .execute(SoftAssertionTestCases.class);
        Throwable failure = onlyFailure(results);

        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("Multiple Failures (2 failures)");
        assertThat(failure.getSuppressed()).hasSize(1);
        FecReport report = (FecReport) failure.getSuppressed()[0];
        assertThat(report.files().directory())
                .isEqualTo(reports().resolve("dev.fecunit.junit.FailureReportTests$SoftAssertionTestCases/fecLosesNoFrames"));
        assertThat(report.getMessage()).startsWith("fecunit report of runs [baseline, fec]: ");
        assertThat(names(publishedFiles(results))).isEqualTo(names(report.files().files()));
    }

    @Test
    void withReportNeverNothingIsRendered() throws IOException {
        writeAbPair();

        Throwable failure = onlyFailure(FecTestKit.runsRoot(root).parameter("fecunit.report", "never")
                .execute(RegressionTestCases.class));

        assertThat(failure.getSuppressed()).isEmpty();
        assertThat(filesIn(reports())).isEmpty();
    }

    @Test
    void withReportAlwaysPassingTestsGetTheirReportToo() throws IOException {
        writeAbPair();

        EngineExecutionResults results = FecTestKit.runsRoot(root).parameter("fecunit.report", "always")
                .outputDirectory(root.resolve("junit-output")).execute(RegressionTestCases.class);

        Path testClass = reports().resolve("dev.fecunit.junit.FailureReportTests$RegressionTestCases");
        assertThat(filesIn(testClass)).extracting(p -> testClass.relativize(p).toString())
                .contains("fecLosesNoFrames/summary.txt", "fecLosesFewerFrames/summary.txt")
                .noneMatch(name -> name.startsWith("aborted"));
        assertThat(names(publishedFiles(results))).filteredOn("summary.txt"::equals).hasSize(2);
    }

    @Test
    void anUnknownReportModeIsAConfigurationErrorListingTheChoices() {
        writeAbPair();

        EngineExecutionResults results = FecTestKit.runsRoot(root).parameter("fecunit.report", "sometimes")
                .execute(RegressionTestCases.class);

        assertThat(results.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .flatMap(t -> Stream.concat(Stream.of(t), Arrays.stream(t.getSuppressed())))
                .map(Throwable::getMessage))
                .isNotEmpty()
                .allSatisfy(message -> assertThat(message).endsWith("]: Configuration parameter [fecunit.report] is"
                        + " [sometimes]; use on-failure (the default), always or never."));
    }
}
