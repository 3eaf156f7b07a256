package dev.fecunit.history;

import dev.fecunit.Run;
import dev.fecunit.internal.history.HistoryText;
import dev.fecunit.testing.RunDirectoryBuilder;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.Verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunHistoryTest {

    static final Path RUNS = Path.of("example-tests/runs").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theSampleNightsAreInTimeOrderLabelledByTheirNight() {
        RunHistory history = RunHistory.matching(RUNS, "nightly/*/fec");

        assertThat(history.size()).isEqualTo(24);
        assertThat(history.runs().get(0)).isEqualTo(new HistoryRun("2026-11-01",
                RUNS.resolve("nightly/2026-11-01/fec"), 1_793_498_400_000_000L));
        assertThat(history.runs().get(23).label()).isEqualTo("2026-11-24");
        assertThat(history.skipped()).isEmpty();
    }

    @Test
    void theFecRateCutOfTheSampleNightsIsAChangePointInTheNackRate() {
        FigureHistory nacks = RunHistory.matching(RUNS, "nightly/*/fec").figure(Metric.NACK_RATE);

        // the simulator cut FEC from 30 % to 10 % from 2026-11-17 (SampleRuns.NIGHTLY_STEP = 16)
        assertThat(nacks.changePoints()).singleElement().satisfies(change -> {
            assertThat(change.index()).isEqualTo(16);
            assertThat(change.run()).isEqualTo("2026-11-17");
            assertThat(change.regression()).isTrue();
            assertThat(change.after()).isGreaterThan(change.before());
        });
        assertThat(nacks.segments()).extracting(Segment::from, Segment::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 16), org.assertj.core.groups.Tuple.tuple(16, 24));
        assertThat(nacks.latest()).hasValueSatisfying(latest -> {
            assertThat(latest.candidate().name()).isEqualTo("2026-11-24");
            assertThat(latest.baseline().name()).isEqualTo("runs 2026-11-17 .. 2026-11-23");
            assertThat(latest.baseline().size()).isEqualTo(7);
        });
    }

    @Test
    void runsAreOrderedByTheirStartNotTheirPathAndTiesByPath() throws Exception {
        writeRun("b", 1_000_000_000L);
        writeRun("a", 3_000_000_000L);
        writeRun("c", 1_000_000_000L);

        RunHistory history = RunHistory.matching(dir, "*");

        assertThat(history.runs()).extracting(HistoryRun::label).containsExactly("b", "c", "a");
    }

    @Test
    void aRunThatCannotBeReadIsLeftOutWithADiagnostic() throws Exception {
        writeRun("night-1", 1_000_000_000L);
        writeRun("night-2", 2_000_000_000L);
        Files.createDirectories(dir.resolve("night-3"));

        RunHistory history = RunHistory.matching(dir, "night-*");

        assertThat(history.runs()).extracting(HistoryRun::label).containsExactly("night-1", "night-2");
        assertThat(history.skipped()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(dir.resolve("night-3").toString());
            assertThat(d.message()).isEqualTo("run left out of the history: it holds no frames.csv (the harness may have"
                    + " stopped before measuring)");
        });
    }

    @Test
    void theLatestRunOfAHistoryOfOneHasNothingToBeComparedWith() throws Exception {
        writeRun("only", 1_000_000_000L);

        FigureHistory loss = RunHistory.matching(dir, "only").figure(Metric.FRAME_LOSS_RATE);

        assertThat(loss.latest()).isEmpty();
        assertThat(loss.changePoints()).isEmpty();
        assertThat(HistoryText.latest(loss)).isEqualTo("frame loss rate: latest only: no earlier run to compare with");
    }

    @Test
    void theLatestRunsAreJudgedTogetherWhenAsked() {
        RunHistory history = RunHistory.matching(RUNS, "nightly/*/fec").withLatestRuns(3);

        assertThat(history.figure(Metric.NACK_RATE).latest()).hasValueSatisfying(latest -> {
            assertThat(latest.candidate().name()).isEqualTo("2026-11-22 .. 2026-11-24");
            assertThat(latest.baseline().name()).isEqualTo("runs 2026-11-17 .. 2026-11-21");
        });
    }

    @Test
    void loadedRunsCanMakeAHistoryAndAGlobThatMatchesNothingIsAnError() {
        Run a = Run.load(RUNS.resolve("nightly/2026-11-02/fec"));
        Run b = Run.load(RUNS.resolve("nightly/2026-11-01/fec"));

        assertThat(RunHistory.ofRuns(List.of(a, b)).loadedRuns()).containsExactly(b, a);
        assertThatThrownBy(() -> RunHistory.matching(dir, "nightly/*/fec"))
                .hasMessage("Pattern [nightly/*/fec] matched no run directory under [" + dir.toAbsolutePath().normalize()
                        + "]; check the pattern (a glob such as nightly/*/fec) and the directory");
    }

    @Test
    void labelsAreThePathElementsThatDiffer() {
        assertThat(RunHistory.labels(List.of(Path.of("/r/nightly/2026-11-01/fec"), Path.of("/r/nightly/2026-11-02/fec"))))
                .containsExactly("2026-11-01", "2026-11-02");
        assertThat(RunHistory.labels(List.of(Path.of("/r/a/x/fec"), Path.of("/r/b/y/fec"))))
                .containsExactly("a/x", "b/y");
        assertThat(RunHistory.labels(List.of(Path.of("/r/a/fec")))).containsExactly("fec");
    }

    @Test
    void aVerdictIsOneOfTheComparisonVerdicts() {
        FigureHistory loss = RunHistory.matching(RUNS, "nightly/*/fec").figure(Metric.FRAME_LOSS_RATE);

        assertThat(loss.latest().orElseThrow().verdict()).isIn((Object[]) Verdict.values());
        assertThat(loss.values()).hasSize(24);
        assertThat(loss.interval(0).lower()).isLessThanOrEqualTo(loss.value(0));
        assertThat(loss.interval(0).upper()).isGreaterThanOrEqualTo(loss.value(0));
    }

    private void writeRun(String name, long t0Us) throws Exception {
        RunDirectoryBuilder.in(dir.resolve(name)).window(t0Us, t0Us + 10_000_000)
                .frames(1, 10, t0Us + 1_000_000, 33_000, 40_000).write();
    }
}
