package dev.fecunit.internal.cli;

import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SweepCommandTest {

    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }

    /** A baseline losing 2 of 10 frames and a FEC cell losing 1 of 10, both at loss 0.1. */
    private Path sweep() throws Exception {
        Path sweep = dir.resolve("sweep");
        RunDirectoryBuilder.in(sweep.resolve("b")).meta("MODE", "baseline").window(0, 10_000_000)
                .frames(1, 2, 1_000_000, 33_000, 40_000).frames(5, 10, 1_099_000, 33_000, 40_000).write();
        RunDirectoryBuilder.in(sweep.resolve("f")).window(0, 10_000_000)
                .frames(1, 4, 1_000_000, 33_000, 40_000).frames(6, 10, 1_132_000, 33_000, 40_000)
                .counter("livekit_nack_total{dir=\"in\"}", 1_000_000, 2)
                .counter("livekit_nack_total{dir=\"in\"}", 9_000_000, 9)
                .write();
        Files.writeString(sweep.resolve("manifest.tsv"),
                "leaf\tmode\tloss\tfec_rate\tfec_mask\nb\tbaseline\t0.1\t-\t-\nf\tfec\t0.1\t30\trandom\n");
        return sweep;
    }

    @Test
    void writesPngAndCsvIntoTheSweepDirectoryAndPrintsThePathsAndTable() throws Exception {
        Path sweep = sweep();

        int status = run("sweep", "--sweep", sweep.toString());

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("report:  " + sweep + "/sweep_report.png\n"
                + "summary: " + sweep + "/sweep_summary.csv\n"
                + "\n"
                + "| config   | loss     | lost     | lost%    | p95ms    | p99ms    | fecRx    | recov    | recov%   | nacks    |\n"
                + "|----------|----------|----------|----------|----------|----------|----------|----------|----------|----------|\n"
                + "| baseline | 0.1      | 2        | 20.0     | 40.0     | 40.0     | 0        | 0        | 0.0      | 0        |\n"
                + "| FEC r30/random | 0.1      | 1        | 10.0     | 40.0     | 40.0     | 0        | 0        | 0.0      | 7        |\n");
        assertThat(err()).isEmpty();
        assertThat(sweep.resolve("sweep_report.png")).isNotEmptyFile();
        assertThat(Files.readString(sweep.resolve("sweep_summary.csv"))).contains(
                "FEC r30/random,fec,0.1,30,random,9,10,1,10.00,40.00,40.00,40.00,0.00,0.00,0.00,0.00,0.00,7.00\r\n");
    }

    @Test
    void stdoutAndCsvMatchTheSweepScriptsOnTheReferenceSweep() throws Exception {
        Path reference = Path.of(getClass().getResource("/sweep-shaped/manifest.tsv").toURI()).getParent();
        Path outDir = dir.resolve("out");
        String expected = Files.readString(reference.resolve("expected-stdout.txt"), StandardCharsets.UTF_8);

        int status = run("sweep", "--sweep", reference.toString(), "--out", outDir.toString());

        assertThat(status).isZero();
        // The script was run as `--sweep .`; here the paths are the --out directory's, the rest is identical.
        assertThat(out()).isEqualTo(expected
                .replace("report:  ./", "report:  " + outDir + "/")
                .replace("summary: ./", "summary: " + outDir + "/"));
        assertThat(Files.readString(outDir.resolve("sweep_summary.csv")))
                .isEqualTo(Files.readString(reference.resolve("expected-sweep_summary.csv"), StandardCharsets.UTF_8));
        assertThat(err()).isEmpty();
    }

    @Test
    void outChoosesWhereTheFilesGoAndJsonListsEveryCell() throws Exception {
        Path sweep = sweep();
        Path outDir = dir.resolve("report");
        Path json = dir.resolve("j/sweep.json");

        int status = run("sweep", "--sweep", sweep.toString(), "--out", outDir.toString(), "--json", json.toString());

        assertThat(status).isZero();
        assertThat(out()).startsWith("report:  " + outDir + "/sweep_report.png\nsummary: " + outDir + "/sweep_summary.csv\n\n");
        assertThat(outDir.resolve("sweep_report.png")).isNotEmptyFile();
        assertThat(outDir.resolve("sweep_summary.csv")).isNotEmptyFile();
        assertThat(sweep.resolve("sweep_summary.csv")).doesNotExist();
        assertThat(Files.readString(json)).contains("\"config\": \"FEC r30/random\"", "\"loss_label\": \"0.1\"",
                "\"frames_lost\": 2", "\"nack_total\": 7");
    }

    @Test
    void skippedCellsAndManifestProblemsAreWarnedAboutOnStderr() throws Exception {
        Path sweep = sweep();
        Files.writeString(sweep.resolve("manifest.tsv"), "gone\tfec\t0.2\t30\trandom\nbad row\n",
                java.nio.file.StandardOpenOption.APPEND);

        int status = run("sweep", "--sweep", sweep.toString());

        assertThat(status).isZero();
        Path manifest = sweep.resolve("manifest.tsv");
        assertThat(err()).isEqualTo(
                "warning: " + manifest + ":5: row has 1 tab-separated fields but the header has 5; row skipped\n"
                + "warning: " + manifest + ":4: cell [gone] (FEC r30/random at loss 0.2) skipped: run directory "
                + sweep.toAbsolutePath().normalize().resolve("gone") + " does not exist\n");
    }

    @Test
    void noUsableCellIsAnErrorWithTheScriptsMessage() throws Exception {
        Path sweep = dir.resolve("empty");
        Files.createDirectories(sweep);
        Files.writeString(sweep.resolve("manifest.tsv"), "leaf\tmode\tloss\tfec_rate\tfec_mask\ngone\tfec\t0.2\t30\trandom\n");

        int status = run("sweep", "--sweep", sweep.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).endsWith("no usable cells found\n");
        assertThat(sweep.resolve("sweep_report.png")).doesNotExist();
    }

    @Test
    void aMissingManifestExitsWithOneNamingThePath() {
        int status = run("sweep", "--sweep", dir.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).startsWith("fecunit: Sweep manifest " + dir.toAbsolutePath().normalize().resolve("manifest.tsv")
                + " does not exist;");
    }

    @Test
    void usageErrorsExitWithTwoAndTheUsage() {
        assertThat(run("sweep")).isEqualTo(2);
        assertThat(err()).startsWith("fecunit: sweep needs --sweep DIR\nusage: java -jar fecunit-cli.jar sweep --sweep DIR");
        console.reset();

        assertThat(run("sweep", "--sweep", "a", "--sweep", "b")).isEqualTo(2);
        assertThat(err()).startsWith("fecunit: --sweep given twice ('a' and 'b')\n");
        console.reset();

        assertThat(run("sweep", "--run", "a")).isEqualTo(2);
        assertThat(err()).startsWith("fecunit: unknown option '--run'\n");
        console.reset();

        assertThat(run("sweep", "--sweep")).isEqualTo(2);
        assertThat(err()).startsWith("fecunit: --sweep needs a value\n");
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("sweep", "--help")).isZero();
        assertThat(out()).startsWith("usage: java -jar fecunit-cli.jar sweep --sweep DIR [--out DIR] [--json FILE]\n");
    }
}
