package dev.fecunit.internal.io;

import dev.fecunit.BurstWindow;
import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.RunMeta;
import dev.fecunit.ShaperEvent;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class MetaAndEventsReaderTest {

    @TempDir
    Path dir;

    @Test
    void metaGivesTheWindowAndTheLossProfileInTheSeedsWords() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(5_000_000, 65_000_000)
                .meta("BASE_LOSS", "0.01").meta("BURST_LOSS", "0.15").meta("BURST_LEN", "2")
                .meta("BURST_EVERY", "5").meta("SHAPING", "1").meta("DEBUG_DROP", "0").meta("CODEC", "h264")
                .load();

        RunMeta meta = run.meta();
        assertThat(meta.windowStartUs()).isEqualTo(5_000_000);
        assertThat(meta.windowEndUs()).isEqualTo(65_000_000);
        assertThat(meta.mode()).isEqualTo("fec");
        assertThat(meta.codec()).isEqualTo("h264");
        assertThat(meta.lossProfile().description()).isEqualTo("base loss 0.01 / burst 0.15 for 2s every 5s");
        assertThat(meta.get("BURST_LEN")).contains("2");
    }

    @Test
    void lossProfileNamesUniformDropAndNoLoss() {
        RunMeta drop = RunDirectoryBuilder.in(dir.resolve("a")).meta("DEBUG_DROP", "5").meta("SHAPING", "0")
                .load().meta();
        RunMeta none = RunDirectoryBuilder.in(dir.resolve("b")).meta("DEBUG_DROP", "0").meta("SHAPING", "0")
                .load().meta();

        assertThat(drop.lossProfile().description()).isEqualTo("uniform 5% loss injected at SFU receive");
        assertThat(none.lossProfile().description()).isEqualTo("no loss");
    }

    @Test
    void runWithoutT1HasNoEnd() {
        RunMeta meta = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(7).load().meta();

        assertThat(meta.t1Us()).isEmpty();
        assertThat(meta.windowEndUs()).isEqualTo(RunMeta.NO_END_US);
        assertThat(RunDirectoryBuilder.in(dir.resolve("died2")).windowWithoutEnd(7).load().diagnostics())
                .containsExactly(new Diagnostic("meta.env", 0, "T1_US is missing: the run did not finish, so the"
                        + " measurement window has no end and everything after T0_US is judged"));
    }

    @Test
    void badMetaLinesAreNoted() throws Exception {
        Path runDir = RunDirectoryBuilder.in(dir.resolve("fec")).write();
        Files.writeString(runDir.resolve("meta.env"), "MODE=fec\nT0_US=soon\ngarbage\n# comment\nMODE=baseline\n");

        Run run = Run.load(runDir);

        assertThat(run.meta().mode()).isEqualTo("baseline");
        assertThat(run.meta().windowStartUs()).isZero();
        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(3L, "not a KEY=VALUE line; ignored: \"garbage\""),
                tuple(5L, "MODE is set again (first at line 1); the later value \"baseline\" is used"),
                tuple(2L, "T0_US is not an integer number of microseconds: \"soon\"; treated as absent"),
                tuple(0L, "T1_US is missing: the run did not finish, so the measurement window has no end and"
                        + " everything after T0_US is judged"));
    }

    @Test
    void burstsPairBurstOnWithBurstOff() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(0, 20_000_000)
                .event(900_000, "shaper_started base=0.01 burst=0.15")
                .event(6_000_000, "burst_on")
                .event(8_000_000, "burst_off")
                .event(13_000_000, "burst_on")
                .event(15_000_000, "burst_off")
                .event(20_000_000, "shaper_stopped")
                .load();

        assertThat(run.bursts()).containsExactly(
                new BurstWindow(6_000_000, 8_000_000, false), new BurstWindow(13_000_000, 15_000_000, false));
        assertThat(run.events()).extracting(ShaperEvent::name)
                .containsExactly("shaper_started", "burst_on", "burst_off", "burst_on", "burst_off", "shaper_stopped");
        assertThat(run.diagnostics()).isEmpty();
    }

    @Test
    void malformedEventLineIsSkippedWhereTheSeedCrashes() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(0, 20_000_000)
                .event(6_000_000, "burst_on")
                .rawEventLine("shaper_error,tc qdisc change failed")
                .rawEventLine("8000000")
                .event(8_000_000, "burst_off")
                .load();

        assertThat(run.bursts()).containsExactly(new BurstWindow(6_000_000, 8_000_000, false));
        assertThat(run.diagnostics()).extracting(Diagnostic::file, Diagnostic::line).containsExactly(
                tuple("events.csv", 2L), tuple("events.csv", 3L));
    }

    @Test
    void openBurstClosesAtT1OrHasZeroLengthWithoutIt() {
        Run ended = RunDirectoryBuilder.in(dir.resolve("ended")).window(0, 20_000_000)
                .event(18_000_000, "burst_on").load();
        Run died = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(0)
                .event(18_000_000, "burst_on").load();

        assertThat(ended.bursts()).containsExactly(new BurstWindow(18_000_000, 20_000_000, true));
        assertThat(ended.diagnostics()).isEmpty();
        assertThat(died.bursts()).containsExactly(new BurstWindow(18_000_000, 18_000_000, true));
        assertThat(died.diagnostics()).filteredOn(d -> d.file().equals("events.csv")).containsExactly(new Diagnostic("events.csv", 1,
                "burst_on has no burst_off and the run has no T1_US; the burst is kept with zero length"));
    }

    @Test
    void missingDirectoryIsAnErrorNamingTheAbsolutePath() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> Run.load(missing))
                .isInstanceOf(Run.RunLoadException.class)
                .hasMessage("Run directory " + missing.toAbsolutePath() + " does not exist; a run directory holds"
                        + " meta.env, frames.csv, prom.tsv and events.csv");
    }

    @Test
    void missingFilesAreReadAsEmptyAndNoted() {
        Run run = RunDirectoryBuilder.in(dir.resolve("bare")).window(0, 1).withoutFramesFile().withoutPromFile().load();

        assertThat(run.frames().isEmpty()).isTrue();
        assertThat(run.families()).isEmpty();
        assertThat(run.diagnostics()).extracting(Diagnostic::file).containsExactly("frames.csv", "prom.tsv");
        assertThat(run.name()).isEqualTo("bare");
    }
}
