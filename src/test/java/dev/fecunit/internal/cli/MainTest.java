package dev.fecunit.internal.cli;

import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

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

    private Path fecRun() {
        return RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frames(1, 20, 1_000_000, 33_333, 40_000)
                .write();
    }

    @Test
    void summaryPrintsTheTable() {
        int status = run("summary", "--run", fecRun().toString());

        assertThat(status).isZero();
        assertThat(out()).startsWith("metric                               fec\n").contains("frames_received                       20\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void summaryWritesJsonWithFiguresAndDiagnostics() throws Exception {
        Path run = fecRun();
        RunDirectoryBuilder.append(run, "frames.csv", "2000000,21,19");
        Path json = dir.resolve("out/summary.json");

        int status = run("summary", "--run", run.toString(), "--json", json.toString());

        assertThat(status).isZero();
        String text = Files.readString(json);
        assertThat(text).contains("\"name\": \"fec\"", "\"frames_received\": 20", "\"latency_mean_ms\": 40",
                "\"frame_loss_pct\": 0", "\"file\": \"frames.csv\"", "\"line\": 22");
        assertThat(err()).isEqualTo("warning: " + run.resolve("frames.csv")
                + ":22: row has 3 fields but the header has 5 (half-written last line); row skipped\n");
    }

    @Test
    void reportPrintsTheSeedsReportLineThenTheTable() {
        Path out = dir.resolve("report");

        int status = run("report", "--run", fecRun().toString(), "--out", out.toString());

        assertThat(status).isZero();
        assertThat(out()).startsWith("report: " + out + "/fec_report.png\n\nmetric ");
        assertThat(out.resolve("summary.txt")).exists();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void reportWritesTheFourFilesPrintsTheTableOfSummaryTxtAndTheSameJson() throws Exception {
        Path out = dir.resolve("report");
        Path json = dir.resolve("elsewhere/figures.json");
        Path fec = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frames(1, 20, 1_000_000, 33_333, 40_000)
                .counter("livekit_nack_total", 1_000_000, 0).counter("livekit_nack_total", 2_000_000, 4)
                .write();

        int status = run("report", "--run", fec.toString(), "--out", out.toString(), "--json", json.toString());

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("report: " + out + "/fec_report.png\n\n" + Files.readString(out.resolve("summary.txt")));
        assertThat(out.resolve("fec_report.png")).isRegularFile();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(json).hasSameTextualContentAs(out.resolve("summary.json"));
        assertThat(err()).isEmpty();
    }

    @Test
    void reportRefusesAnOutThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), "not a directory");

        int status = run("report", "--run", fecRun().toString(), "--out", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).isEqualTo("fecunit: --out [" + file.toAbsolutePath() + "] is a file; report writes four"
                + " files into a directory: pass a directory (it is created if missing)\n");
        assertThat(out()).isEmpty();
        assertThat(file).hasContent("not a directory");
    }

    @Test
    void reportWarnsAboutWhatItCouldNotDraw() {
        Path empty = RunDirectoryBuilder.in(dir.resolve("empty")).window(0, 10_000_000).withoutPromFile().write();

        int status = run("report", "--run", empty.toString(), "--out", dir.resolve("report").toString());

        assertThat(status).isZero();
        assertThat(err()).contains("warning: Run [empty] has no Prometheus counters (prom.tsv);"
                + " the FlexFEC and NACK panels show nothing for it\n");
    }

    @Test
    void usageErrorsExitWith2AndPrintTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("summary")).isEqualTo(2);
        assertThat(run("report", "--run", "x")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("summary", "--run")).isEqualTo(2);
        assertThat(err()).contains("fecunit: no command given\nusage: java -jar fecunit-cli.jar summary",
                "fecunit: summary needs at least one --run DIR\n",
                "fecunit: report needs --out DIR\n",
                "fecunit: unknown command 'frobnicate'\n",
                "fecunit: --run needs a value\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void unreadableInputExitsWith1NamingThePath() {
        Path missing = dir.resolve("missing");

        int status = run("summary", "--run", missing.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).startsWith("fecunit: Run directory " + missing.toAbsolutePath() + " does not exist");
    }

    @Test
    void longDiagnosticListsAreSummarised() {
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve("noisy")).window(0, 10_000_000);
        for (int i = 0; i < 15; i++) {
            builder.rawPromLine("bad line " + i);
        }
        Path run = builder.write();

        run("summary", "--run", run.toString());

        assertThat(err().lines().filter(l -> l.startsWith("warning: " + run.resolve("prom.tsv")))).hasSize(10);
        assertThat(err()).contains("warning: 5 more diagnostics for " + run + " (15 in all; --json FILE lists every one)");
    }

    @Test
    void anUnbalancedQuoteInFramesCsvIsAWarningNotAStackTrace() {
        // issue 12: one unbalanced quote ended the load with a bare UncheckedIOException and a stack trace
        Path run = RunDirectoryBuilder.in(dir.resolve("quoted")).window(0, 10_000_000)
                .frames(1, 20, 1_000_000, 33_333, 40_000)
                .rawFrameLine("2000000,\"21,1960000,1280,720")
                .write();

        int status = run("summary", "--run", run.toString());

        assertThat(status).isZero();
        assertThat(out()).contains("frames_received                       20\n");
        assertThat(err()).isEqualTo("warning: " + run.resolve("frames.csv")
                + ":22: row has an unbalanced quote or text after a closing quote; row skipped\n");
    }

    private String runFailingWith(RuntimeException orNull, Error error, Path run) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Main main = new Main(new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), directory -> {
                    if (orNull != null) {
                        throw orNull;
                    }
                    throw error;
                });
        assertThat(main.run(new String[] {"summary", "--run", run.toString()})).isEqualTo(1);
        return err.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String moreHeap() {
        long suggested = Math.max(512, (2 * (Runtime.getRuntime().maxMemory() >> 20) + 255) / 256 * 256);
        return "give it more: java -Xmx" + suggested + "m -jar fecunit-cli.jar ..., or JAVA_OPTS=-Xmx" + suggested
                + "m for the target/fecunit launcher";
    }

    @Test
    void aRunThatDoesNotFitInTheHeapIsOneSentenceNamingItsSizeAndTheHeapSetting() {
        Path run = fecRun();

        String err = runFailingWith(new dev.fecunit.Run.RunTooLargeException(run, "530 MB (frames.csv 108 MB)"), null, run);

        assertThat(err).isEqualTo("fecunit: run [" + run.toAbsolutePath() + "], 530 MB (frames.csv 108 MB), does not"
                + " fit in the Java heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MB; " + moreHeap() + "\n");
    }

    @Test
    void runningOutOfMemoryAfterReadingIsOneSentenceWithTheHeapSetting() {
        Path run = fecRun();

        String err = runFailingWith(null, new OutOfMemoryError("Java heap space"), run);

        assertThat(err).isEqualTo("fecunit: run [" + run.toAbsolutePath() + "] and its figures do not fit in the Java"
                + " heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MB; " + moreHeap() + "\n");
    }

    @Test
    void anUnexpectedFailureWhileLoadingIsOneSentenceNotAStackTrace() {
        Path run = fecRun();

        String err = runFailingWith(new IllegalStateException("boom"), null, run);

        assertThat(err).isEqualTo("fecunit: cannot read run "
                + run.toAbsolutePath() + ": java.lang.IllegalStateException: boom; this is a fecunit bug: please report"
                + " it with the run directory\n");
    }
}
