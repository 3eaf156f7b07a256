package dev.fecunit.junit;

import dev.fecunit.Run;
import dev.fecunit.assertj.FecSoftAssertions;
import dev.fecunit.internal.report.DecidingFigures;
import dev.fecunit.internal.report.FailedTest;
import dev.fecunit.testing.RunDirectoryBuilder;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * On GitHub Actions ({@code GITHUB_STEP_SUMMARY} names a file), each failing test with a report appends
 * its Markdown section to the job summary, whole even when several Surefire forks append at once; and
 * every failing test's report directory holds {@code failure.json}.
 */
class JobSummaryTests {

    private static final int REPETITIONS = 4;

    @TempDir
    Path workspace;

    /** baseline loses frame 4 of 1..10, fec loses frames 3 and 4. */
    private void writeAbPair() {
        RunDirectoryBuilder.in(workspace.resolve("runs/ab/baseline")).window(0, 10_000_000)
                .frames(1, 3, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
        RunDirectoryBuilder.in(workspace.resolve("runs/ab/fec")).window(0, 10_000_000)
                .frames(1, 2, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
    }

    @TestKitOnly
    static class FailingComparisonTestCases {
        @RepeatedTest(REPETITIONS)
        void losesFewerFrames(@RunDir("ab/baseline") Run baseline, @RunDir("ab/fec") Run fec) {
            assertThat(fec).losesFewerFramesThan(baseline);
        }

        @Test
        void passes(@RunDir("ab/fec") Run fec) {
            assertThat(fec).losesAtMostFrames(2);
        }

        @Test
        void typo(@RunDir("ab/baseline") Run baseline, @RunDir("ab/fec-typo") Run fec) {
        }
    }

    /** The section of invocation {@code n}, written out by hand: the runs' figures are 9/10 and 8/10 frames. */
    private String expectedSection(String reports, int n) throws IOException {
        String dir = reports + "/dev.fecunit.junit.JobSummaryTests$FailingComparisonTestCases/losesFewerFrames[" + n + "]/";
        return String.join("\n",
                "### `dev.fecunit.junit.JobSummaryTests$FailingComparisonTestCases` \u203a `losesFewerFrames[" + n
                        + "]` (repetition " + n + " of " + REPETITIONS + ")",
                "",
                "```text",
                "Expecting run:",
                "  fec (" + workspace.resolve("runs/ab/fec").toRealPath() + ")",
                "to lose fewer frames than the baseline:",
                "  baseline (" + workspace.resolve("runs/ab/baseline").toRealPath() + ")",
                "but:",
                "  fec      lost 2 of 10 frames (20.00%)",
                "  baseline lost 1 of 10 frames (10.00%)",
                "```",
                "",
                "| figure | fec | baseline |",
                "|---|---:|---:|",
                "| frames_received | 8 | 9 |",
                "| frames_expected | 10 | 10 |",
                "| frames_lost | 2 | 1 |",
                "| gap_events | 1 | 1 |",
                "",
                "Report files:",
                "",
                "- `" + dir + "fec_report.png`",
                "- `" + dir + "index.html`",
                "- `" + dir + "summary.txt`",
                "- `" + dir + "summary.json`",
                "", "");
    }

    private List<String> expectedSections(String reports) throws IOException {
        List<String> sections = new ArrayList<>();
        for (int n = 1; n <= REPETITIONS; n++) {
            sections.add(expectedSection(reports, n));
        }
        return sections;
    }

    /** The file's sections, each from its {@code ###} heading to the next. */
    private static List<String> sections(Path summary) throws IOException {
        String text = Files.readString(summary, StandardCharsets.UTF_8);
        List<String> sections = new ArrayList<>();
        for (String part : text.split("(?m)^(?=### )")) {
            if (!part.isEmpty()) {
                sections.add(part);
            }
        }
        return sections;
    }

    @Test
    void eachFailingTestAppendsItsSectionWithPathsRelativeToTheWorkspace() throws IOException {
        writeAbPair();
        Path summary = workspace.resolve("step-summary.md");

        FecTestKit.runsRoot(workspace.resolve("runs")).reportsDir(workspace.resolve("reports"))
                .parameter("fecunit.github.summary", "true")
                .parameter("fecunit.github.summary.file", summary.toString())
                .parameter("fecunit.github.workspace", workspace.toString())
                .execute(FailingComparisonTestCases.class)
                .testEvents().assertStatistics(stats -> stats.succeeded(1).failed(REPETITIONS + 1));

        assertThat(Files.readString(summary)).isEqualTo(String.join("", expectedSections("reports")));
        assertThat(workspace.resolve("reports/dev.fecunit.junit.JobSummaryTests$FailingComparisonTestCases"))
                .as("the test whose parameter did not resolve gets no report")
                .isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("typo"));
        assertThat(workspace.resolve("reports/dev.fecunit.junit.JobSummaryTests$FailingComparisonTestCases"
                + "/losesFewerFrames[1]/failure.json")).content().contains(
                "  \"test\": \"losesFewerFrames[1]\",\n  \"display_name\": \"repetition 1 of " + REPETITIONS + "\",");
    }

    @Test
    void theSummaryCanBeTurnedOff() throws IOException {
        writeAbPair();
        Path summary = workspace.resolve("step-summary.md");

        FecTestKit.runsRoot(workspace.resolve("runs")).reportsDir(workspace.resolve("reports"))
                .parameter("fecunit.github.summary", "false")
                .parameter("fecunit.github.summary.file", summary.toString())
                .execute(FailingComparisonTestCases.class);

        assertThat(summary).doesNotExist();
        assertThat(workspace.resolve("reports/dev.fecunit.junit.JobSummaryTests$FailingComparisonTestCases"
                + "/losesFewerFrames[1]/failure.json")).as("failure.json is written all the same").exists();
    }

    @Test
    void theSummarySwitchIsTrueOrFalse() {
        writeAbPair();

        List<String> messages = FecTestKit.runsRoot(workspace.resolve("runs"))
                .parameter("fecunit.github.summary", "maybe")
                .execute(FailingComparisonTestCases.class).testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage())
                .toList();

        assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(message).endsWith(
                "]: Configuration parameter [fecunit.github.summary] is [maybe]; use true (the default) or false."));
    }

    @TestKitOnly
    @ExtendWith(SoftAssertionsExtension.class)
    static class SoftAssertionTestCases {
        @InjectSoftAssertions
        FecSoftAssertions softly;

        @Test
        void checklist(@RunDir("ab/baseline") Run baseline, @RunDir("ab/fec") Run fec) {
            softly.assertThat(fec).duringBursts().losesAtMostFrames(0);
            softly.assertThat(fec).losesAtMostFrames(0);
            softly.assertThat(fec).losesFewerFramesThan(baseline);
        }
    }

    @Test
    void theFiguresOfEveryFailedSoftAssertionAreInFailureJson() throws IOException {
        writeAbPair();

        FecTestKit.runsRoot(workspace.resolve("runs")).reportsDir(workspace.resolve("reports"))
                .execute(SoftAssertionTestCases.class)
                .testEvents().assertStatistics(stats -> stats.failed(1));

        FailedTest failed = FailedTest.read(workspace.resolve(
                "reports/dev.fecunit.junit.JobSummaryTests$SoftAssertionTestCases/checklist/failure.json"));
        // the runs have no bursts: nothing is lost during them; over the whole run 8 and 9 of 10 frames arrive
        assertThat(failed.figures()).isEqualTo(new DecidingFigures(List.of("fec", "baseline"), List.of(
                new DecidingFigures.Row("frames_received", List.of("8", "9")),
                new DecidingFigures.Row("frames_expected", List.of("10", "10")),
                new DecidingFigures.Row("frames_lost", List.of("2", "1")),
                new DecidingFigures.Row("gap_events", List.of("1", "1")))));
        assertThat(failed.message()).contains("Multiple Failures (2 failures)");
    }

    /**
     * Two real JVMs, as Surefire's forks, run the failing tests at the same time with
     * {@code GITHUB_STEP_SUMMARY} in their environment: every section arrives whole.
     */
    @Test
    void sectionsOfTwoForkedJvmsAppendingAtOnceStayWhole() throws Exception {
        writeAbPair();
        Path summary = workspace.resolve("step-summary.md");
        List<Process> forks = new ArrayList<>();
        for (String fork : List.of("reports-a", "reports-b")) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    Fork.class.getName(), workspace.resolve("runs").toString(), workspace.resolve(fork).toString())
                    .redirectErrorStream(true)
                    .redirectOutput(workspace.resolve(fork + ".log").toFile());
            builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
            builder.environment().put("GITHUB_WORKSPACE", workspace.toString());
            forks.add(builder.start());
        }
        for (Process fork : forks) {
            assertThat(fork.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(fork.exitValue()).as(Files.readString(workspace.resolve(
                    forks.indexOf(fork) == 0 ? "reports-a.log" : "reports-b.log"))).isZero();
        }

        List<String> expected = new ArrayList<>(expectedSections("reports-a"));
        expected.addAll(expectedSections("reports-b"));
        assertThat(sections(summary)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** One forked test JVM: runs the failing fixture through the JUnit launcher, as Surefire does. */
    static final class Fork {
        public static void main(String[] args) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(FailingComparisonTestCases.class))
                    .configurationParameter(TestKitOnly.PARAMETER, "true")
                    .configurationParameter("fecunit.runs.root", args[0])
                    .configurationParameter("fecunit.reports.dir", args[1])
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .build();
            LauncherFactory.create().execute(request);
        }
    }
}
