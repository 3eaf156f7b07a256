package dev.fecunit.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCommandTest {

    private static final Path RUNS = Path.of("example-tests/runs").toAbsolutePath();

    @TempDir
    Path dir;

    private final Console console = new Console();

    @Test
    void printsEachChangePointAndTheVerdictOnTheLatestNightPerFigure() throws Exception {
        Path out = dir.resolve("out");

        int status = console.run("history", "--root", RUNS.toString(), "--runs", "nightly/*/fec", "--out", out.toString(),
                "--figure", "nacks_per_second", "--figure", "frame_loss_rate_pct");

        assertThat(status).isZero();
        // the sample nights cut FEC from 30 % to 10 % on 2026-11-17 (SampleRuns.NIGHTLY_STEP); the levels
        // are the mean NACK rates of nights 1-16 and 17-24 (history.csv)
        assertThat(console.out().lines()).startsWith(
                "report: " + out + "/history.png",
                "",
                "history of nightly/*/fec: 24 runs, 2026-11-01 .. 2026-11-24",
                "NACK rate: change at 2026-11-17 (run 17 of 24): 11.61 /s -> 15.44 /s (+3.833 /s, +33.02 %),"
                        + " regression, p = 0.005",
                "");
        assertThat(console.out().lines().skip(5)).satisfiesExactly(
                line -> assertThat(line).startsWith("NACK rate: latest 2026-11-24 vs runs 2026-11-17 .. 2026-11-23: "),
                line -> assertThat(line).startsWith("frame loss rate: latest 2026-11-24 vs runs 2026-11-01 .. 2026-11-23: "));
        assertThat(console.err()).isEmpty();
        assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted())
                .containsExactly("history.csv", "history.json", "history.png", "index.html");
        assertThat(Arrays.copyOf(Files.readAllBytes(out.resolve("history.png")), 4))
                .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void theJsonHasTheRunsTheValuesTheChangePointsAndTheLatestVerdict() throws Exception {
        Path json = dir.resolve("h.json");

        int status = console.run("history", "--root", RUNS.toString(), "--runs", "nightly/*/fec", "--out",
                dir.resolve("out").toString(), "--figure", "nacks_per_second", "--json", json.toString());

        assertThat(status).isZero();
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(Files.readString(dir.resolve("out/history.json"), StandardCharsets.UTF_8));
        assertThat(text).contains("\"runs\": [\n    {\n      \"name\": \"2026-11-01\",\n      \"path\": \""
                        + RUNS.resolve("nightly/2026-11-01/fec") + "\",\n      \"t0_us\": 1793498400000000\n    },")
                .contains("\"key\": \"nacks_per_second\"")
                .contains("\"change_points\": [\n        {\n          \"index\": 16,\n          \"run\": \"2026-11-17\",")
                .contains("\"regression\": true")
                .contains("\"latest\": {\n        \"verdict\": \"");
    }

    @Test
    void theCsvHasOneRowPerNightAndOneColumnPerFigure() throws Exception {
        Path out = dir.resolve("out");

        console.run("history", "--root", RUNS.toString(), "--runs", "nightly/*/fec", "--out", out.toString(),
                "--figure", "frame_loss_rate_pct", "--figure", "gap_events_per_minute");

        assertThat(Files.readAllLines(out.resolve("history.csv"))).hasSize(25).first()
                .isEqualTo("run,path,t0_us,frame_loss_rate_pct,gap_events_per_minute");
        // night 1 of the sample: 45 of 901 frames lost, 2 gap events in 30 s (java -jar fecunit-cli.jar summary)
        assertThat(Files.readAllLines(out.resolve("history.csv")).get(1))
                .startsWith("2026-11-01," + RUNS.resolve("nightly/2026-11-01/fec") + ",1793498400000000,");
        assertThat(Files.readString(out.resolve("index.html"))).contains("<li class=\"INCONCLUSIVE\">frame loss rate: latest 2026-11-24")
                .contains("No figure changed level over these runs.");
    }

    @Test
    void usageErrorsExitWithTwoAndTheUsage() {
        assertThat(console.run("history", "--out", dir.toString())).isEqualTo(2);
        assertThat(console.err()).startsWith("fecunit: history needs --runs GLOB\n"
                + "usage: java -jar fecunit-cli.jar history --runs GLOB [--root DIR] --out DIR [--figure KEY ...] [--json FILE]\n");
        console.reset();

        assertThat(console.run("history", "--runs", "x/*", "--out", dir.toString(), "--figure", "fps")).isEqualTo(2);
        assertThat(console.err()).startsWith("fecunit: unknown figure 'fps'; known: frame_loss_rate_pct, ");
        console.reset();

        assertThat(console.run("history", "--help")).isZero();
        assertThat(console.out()).isEqualTo(HistoryCommand.USAGE);
    }

    @Test
    void aGlobMatchingNothingOrOnlyUnreadableRunsExitsWithOne() throws Exception {
        assertThat(console.run("history", "--root", dir.toString(), "--runs", "nightly/*/fec", "--out",
                dir.resolve("out").toString())).isEqualTo(1);
        assertThat(console.err()).isEqualTo("fecunit: Pattern [nightly/*/fec] matched no run directory under ["
                + dir.toAbsolutePath().normalize() + "]; check the pattern (a glob such as nightly/*/fec) and the directory\n");
        console.reset();

        Files.createDirectories(dir.resolve("nightly/2026-11-01/fec"));
        assertThat(console.run("history", "--root", dir.toString(), "--runs", "nightly/*/fec", "--out",
                dir.resolve("out").toString())).isEqualTo(1);
        assertThat(console.err()).startsWith("warning: " + dir.resolve("nightly/2026-11-01/fec")
                        + ": run left out of the history: ")
                .endsWith("fecunit: none of the 1 run directories matching [nightly/*/fec] could be read\n");
    }
}
