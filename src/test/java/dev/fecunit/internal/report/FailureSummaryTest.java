package dev.fecunit.internal.report;

import dev.fecunit.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failing test's section for CI pages, its figures read from the message, and its failure.json. */
class FailureSummaryTest {

    @TempDir
    Path workspace;

    /** A comparison's message as fecunit's assertions write it, with its summary rows. */
    static final String COMPARISON = String.join("\n",
            "",
            "Expecting run:",
            "  fec (/runs/ab/fec)",
            "to lose fewer frames than the baseline:",
            "  baseline (/runs/ab/baseline)",
            "but:",
            "  fec      lost 2 of 10 frames (20.00%)",
            "  baseline lost 1 of 10 frames (10.00%)",
            "",
            "metric                               fec        baseline",
            "frames_received                        8               9",
            "frames_expected                       10              10",
            "frames_lost                            2               1",
            "gap_events                             1               1");

    private FailedTest failure(String test, String displayName, String message, DecidingFigures figures) {
        return new FailedTest("[engine:junit-jupiter]/[class:com.example.FecTest]/[method:losesFewerFrames()]",
                "com.example.FecTest", test, displayName, message,
                List.of(new FailedTest.RunEntry("baseline", "/runs/ab/baseline"),
                        new FailedTest.RunEntry("fec", "/runs/ab/fec")),
                figures, List.of("fec_report.png", "index.html", "summary.txt", "summary.json"));
    }

    private Path reportDir() {
        return workspace.resolve("target/fecunit-reports/com.example.FecTest/losesFewerFrames");
    }

    @Test
    void theFiguresOfTheMessagesTableAreReadOneColumnPerRun() {
        DecidingFigures figures = DecidingFigures.fromMessage(COMPARISON);

        assertThat(figures.runs()).containsExactly("fec", "baseline");
        assertThat(figures.rows()).containsExactly(
                new DecidingFigures.Row("frames_received", List.of("8", "9")),
                new DecidingFigures.Row("frames_expected", List.of("10", "10")),
                new DecidingFigures.Row("frames_lost", List.of("2", "1")),
                new DecidingFigures.Row("gap_events", List.of("1", "1")));
    }

    @Test
    void tablesOfSeveralFailuresMergeByRunAndFigureWithTheScopeNamed() {
        String softAssertions = String.join("\n",
                "Multiple Failures (2 failures)",
                "-- failure 1 --",
                "Expecting run:",
                "  fec (/runs/ab/fec)",
                "to have at most 7 NACKs during bursts,",
                "but had 12.",
                "",
                "metric during bursts                 fec",
                "nack_total                            12",
                "at FecTest.nacks(FecTest.java:12)",
                "-- failure 2 --" + COMPARISON,
                "at FecTest.frames(FecTest.java:13)");

        DecidingFigures figures = DecidingFigures.fromMessage(softAssertions);

        assertThat(figures.runs()).containsExactly("fec", "baseline");
        assertThat(figures.rows()).containsExactly(
                new DecidingFigures.Row("nack_total during bursts", List.of("12", "")),
                new DecidingFigures.Row("frames_received", List.of("8", "9")),
                new DecidingFigures.Row("frames_expected", List.of("10", "10")),
                new DecidingFigures.Row("frames_lost", List.of("2", "1")),
                new DecidingFigures.Row("gap_events", List.of("1", "1")));
    }

    @Test
    void aMessageWithoutTableHasNoFigures() {
        assertThat(DecidingFigures.fromMessage("expected: <0> but was: <1>").isEmpty()).isTrue();
        assertThat(DecidingFigures.fromMessage("the metric was wrong\nsee below").isEmpty()).isTrue();
        assertThat(DecidingFigures.fromMessage(null).isEmpty()).isTrue();
    }

    @Test
    void theMarkdownSectionShowsTheTestTheStatementTheFiguresAndTheFilesRelativeToTheWorkspace() {
        FailedTest failed = failure("losesFewerFrames", "losesFewerFrames(Run, Run)", COMPARISON,
                DecidingFigures.fromMessage(COMPARISON));

        assertThat(FailureSummary.markdown(failed, reportDir(), workspace)).isEqualTo(String.join("\n",
                "### `com.example.FecTest` \u203a `losesFewerFrames`",
                "",
                "```text",
                "Expecting run:",
                "  fec (/runs/ab/fec)",
                "to lose fewer frames than the baseline:",
                "  baseline (/runs/ab/baseline)",
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
                "- `target/fecunit-reports/com.example.FecTest/losesFewerFrames/fec_report.png`",
                "- `target/fecunit-reports/com.example.FecTest/losesFewerFrames/index.html`",
                "- `target/fecunit-reports/com.example.FecTest/losesFewerFrames/summary.txt`",
                "- `target/fecunit-reports/com.example.FecTest/losesFewerFrames/summary.json`",
                "", ""));
    }

    @Test
    void theTextSectionAlignsTheFiguresAndListsTheFiles() {
        FailedTest failed = failure("losesFewerFrames[2]", "[2] fec-2", COMPARISON,
                DecidingFigures.fromMessage(COMPARISON));

        assertThat(FailureSummary.text(failed, reportDir(), workspace)).isEqualTo(String.join("\n",
                "FAILED com.example.FecTest losesFewerFrames[2] ([2] fec-2)",
                "    Expecting run:",
                "      fec (/runs/ab/fec)",
                "    to lose fewer frames than the baseline:",
                "      baseline (/runs/ab/baseline)",
                "    but:",
                "      fec      lost 2 of 10 frames (20.00%)",
                "      baseline lost 1 of 10 frames (10.00%)",
                "",
                "    figure           fec  baseline",
                "    frames_received    8         9",
                "    frames_expected   10        10",
                "    frames_lost        2         1",
                "    gap_events         1         1",
                "",
                "    report: target/fecunit-reports/com.example.FecTest/losesFewerFrames/fec_report.png",
                "            target/fecunit-reports/com.example.FecTest/losesFewerFrames/index.html",
                "            target/fecunit-reports/com.example.FecTest/losesFewerFrames/summary.txt",
                "            target/fecunit-reports/com.example.FecTest/losesFewerFrames/summary.json",
                "", ""));
    }

    @Test
    void aLongMessageShowsItsFirstTwelveLinesAndBackticksCannotCloseTheFence() {
        StringBuilder message = new StringBuilder("```fenced``` text");
        for (int i = 1; i <= 20; i++) {
            message.append("\nline ").append(i);
        }
        FailedTest failed = failure("losesFewerFrames", "losesFewerFrames()", message.toString(), DecidingFigures.none());

        String markdown = FailureSummary.markdown(failed, reportDir(), Path.of("/elsewhere"));

        assertThat(markdown).startsWith(String.join("\n",
                "### `com.example.FecTest` \u203a `losesFewerFrames`",
                "",
                "````text",
                "```fenced``` text",
                "line 1"));
        assertThat(markdown).contains("line 11\n...\n````\n\nReport files:\n\n- `" + reportDir().resolve("fec_report.png"));
    }

    @Test
    void failureJsonHoldsTheTestTheMessageTheRunsTheFiguresAndTheFilesAndReadsBack() throws IOException {
        FailedTest failed = failure("losesFewerFrames", "losesFewerFrames(Run, Run)", "lost \"2\"\nframes",
                new DecidingFigures(List.of("fec", "baseline"),
                        List.of(new DecidingFigures.Row("frames_lost", List.of("2", "1")))));

        Path file = failed.writeTo(reportDir());

        assertThat(file).hasFileName("failure.json").hasContent(String.join("\n",
                "{",
                "  \"test_id\": \"[engine:junit-jupiter]/[class:com.example.FecTest]/[method:losesFewerFrames()]\",",
                "  \"test_class\": \"com.example.FecTest\",",
                "  \"test\": \"losesFewerFrames\",",
                "  \"display_name\": \"losesFewerFrames(Run, Run)\",",
                "  \"message\": \"lost \\\"2\\\"\\nframes\",",
                "  \"runs\": [",
                "    {",
                "      \"name\": \"baseline\",",
                "      \"path\": \"/runs/ab/baseline\"",
                "    },",
                "    {",
                "      \"name\": \"fec\",",
                "      \"path\": \"/runs/ab/fec\"",
                "    }",
                "  ],",
                "  \"figures\": {",
                "    \"runs\": [",
                "      \"fec\",",
                "      \"baseline\"",
                "    ],",
                "    \"rows\": [",
                "      {",
                "        \"figure\": \"frames_lost\",",
                "        \"values\": [",
                "          \"2\",",
                "          \"1\"",
                "        ]",
                "      }",
                "    ]",
                "  },",
                "  \"files\": [",
                "    \"fec_report.png\",",
                "    \"index.html\",",
                "    \"summary.txt\",",
                "    \"summary.json\"",
                "  ]",
                "}"));
        assertThat(FailedTest.read(file)).isEqualTo(failed);
    }

    @Test
    void aBrokenFailureJsonIsAnErrorNamingTheFileAndLine() throws IOException {
        Path file = Files.createDirectories(reportDir()).resolve("failure.json");
        Files.writeString(file, "{\n  \"test\": ,\n}");

        assertThatThrownBy(() -> FailedTest.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":2:11: not valid JSON: ");

        Files.writeString(file, "{\"test\": \"x\"}");
        assertThatThrownBy(() -> FailedTest.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": not a fecunit failure document (\"runs\" is missing); fecunit writes this file"
                        + " when a test fails: run the tests again");
    }
}
