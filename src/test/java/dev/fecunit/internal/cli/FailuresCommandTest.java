package dev.fecunit.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code failures}: the failing tests of a reports directory, as Markdown or text, read from failure.json. */
class FailuresCommandTest {

    @TempDir
    Path reports;

    private final Console console = new Console();

    /** A failure.json as the extension writes it, for a test with one deciding figure. */
    private Path writeFailure(String testDir, String test, String message) throws IOException {
        Path dir = Files.createDirectories(reports.resolve("com.example.FecTest").resolve(testDir));
        Files.writeString(dir.resolve("failure.json"), String.join("\n",
                "{",
                "  \"test_id\": \"[engine:junit-jupiter]/[class:com.example.FecTest]/[method:" + test + "()]\",",
                "  \"test_class\": \"com.example.FecTest\",",
                "  \"test\": \"" + testDir + "\",",
                "  \"display_name\": \"" + test + "()\",",
                "  \"message\": \"" + message + "\",",
                "  \"runs\": [{\"name\": \"baseline\", \"path\": \"/runs/baseline\"}, {\"name\": \"fec\", \"path\": \"/runs/fec\"}],",
                "  \"figures\": {\"runs\": [\"fec\", \"baseline\"],",
                "              \"rows\": [{\"figure\": \"nack_total\", \"values\": [\"995\", \"1113\"]}]},",
                "  \"files\": [\"fec_report.png\", \"summary.txt\"]",
                "}", ""));
        return dir;
    }

    @Test
    void printsEveryFailingTestAsMarkdownInTheOrderOfTheirDirectories() throws IOException {
        Path second = writeFailure("nacks", "nacks", "\\nExpecting run:\\n  fec\\nto have fewer NACKs\\n\\nmetric ...");
        Path first = writeFailure("frames", "frames", "frames lost");

        int status = console.run("failures", "--reports", reports.toString());

        assertThat(console.err()).isEmpty();
        assertThat(status).isZero();
        assertThat(console.out()).isEqualTo(String.join("\n",
                "### `com.example.FecTest` \u203a `frames`",
                "",
                "```text",
                "frames lost",
                "```",
                "",
                "| figure | fec | baseline |",
                "|---|---:|---:|",
                "| nack_total | 995 | 1113 |",
                "",
                "Report files:",
                "",
                "- `" + first.resolve("fec_report.png") + "`",
                "- `" + first.resolve("summary.txt") + "`",
                "",
                "### `com.example.FecTest` \u203a `nacks`",
                "",
                "```text",
                "Expecting run:",
                "  fec",
                "to have fewer NACKs",
                "```",
                "",
                "| figure | fec | baseline |",
                "|---|---:|---:|",
                "| nack_total | 995 | 1113 |",
                "",
                "Report files:",
                "",
                "- `" + second.resolve("fec_report.png") + "`",
                "- `" + second.resolve("summary.txt") + "`",
                "", ""));
    }

    @Test
    void printsPlainTextForAConsole() throws IOException {
        Path dir = writeFailure("frames[2]", "frames", "frames lost");

        int status = console.run("failures", "--reports", reports.toString(), "--format", "text");

        assertThat(status).isZero();
        assertThat(console.out()).isEqualTo(String.join("\n",
                "FAILED com.example.FecTest frames[2] (frames())",
                "    frames lost",
                "",
                "    figure      fec  baseline",
                "    nack_total  995      1113",
                "",
                "    report: " + dir.resolve("fec_report.png"),
                "            " + dir.resolve("summary.txt"),
                "", ""));
    }

    @Test
    void noFailureIsNoErrorButSaysSo() {
        int status = console.run("failures", "--reports", reports.toString());

        assertThat(status).isZero();
        assertThat(console.out()).isEmpty();
        assertThat(console.err()).isEqualTo("fecunit: no failing test left a report in [" + reports + "]\n");
    }

    @Test
    void aMissingReportsDirectoryOrABrokenFileExitsWith1NamingThePath() throws IOException {
        assertThat(console.run("failures", "--reports", reports.resolve("nope").toString())).isEqualTo(1);
        assertThat(console.err()).isEqualTo("fecunit: the reports directory [" + reports.resolve("nope")
                + "] does not exist; run the tests first, or pass --reports DIR (fecunit.reports.dir of the tests)\n");

        console.reset();
        Path broken = Files.createDirectories(reports.resolve("X/y")).resolve("failure.json");
        Files.writeString(broken, "{\"test\": }");
        assertThat(console.run("failures", "--reports", reports.toString())).isEqualTo(1);
        assertThat(console.err()).startsWith("fecunit: " + broken + ":1:10: not valid JSON: ");
    }

    @Test
    void usageErrorsExitWith2AndPrintTheUsage() {
        assertThat(console.run("failures", "--format", "html")).isEqualTo(2);
        assertThat(console.err()).isEqualTo("fecunit: --format is 'html'; use markdown or text\n"
                + FailuresCommand.USAGE);

        console.reset();
        assertThat(console.run("failures", "--reports")).isEqualTo(2);
        assertThat(console.err()).startsWith("fecunit: --reports needs a value\nusage: java -jar fecunit-cli.jar failures");
    }
}
