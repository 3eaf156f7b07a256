package dev.fecunit.internal.baseline;

import dev.fecunit.Run;
import dev.fecunit.baseline.BaselineFileException;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BaselinesTest {

    @TempDir
    Path dir;

    /** 10 s, 10 frames a second, ids 1..100 each received 40 ms after capture; ids in {@code lost} never arrive. */
    private Run run(String name, long... lost) {
        return runOf(10, name, lost);
    }

    /** 30 s, 10 frames a second (six 5 s blocks of 50 frames); ids in {@code lost} never arrive. */
    private Run run30(String name, long... lost) {
        return runOf(30, name, lost);
    }

    /** {@code seconds} s, 10 frames a second, each received 40 ms after capture; ids in {@code lost} never arrive. */
    private Run runOf(int seconds, String name, long... lost) {
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve(name)).window(0, seconds * 1_000_000L);
        outer:
        for (long id = 1; id <= seconds * 10L; id++) {
            for (long l : lost) {
                if (l == id) {
                    continue outer;
                }
            }
            long capture = (id - 1) * 100_000;
            builder.frame(capture + 40_000, id, capture);
        }
        return builder.load();
    }

    /** A baseline file of {@code run} without blocks, as older tools wrote them: tolerances decide. */
    private static void withoutBlocks(Run run, Path file) {
        Baseline full = Baseline.of(run);
        new Baseline(full.runName(), full.meta(), full.figures(), full.tolerances(), java.util.List.of()).write(file);
    }

    @Test
    void aMissingBaselineWritesTheReceivedFileAndFailsNamingBothPaths() throws Exception {
        Run run = run("fec");
        Path baseline = dir.resolve("baselines/burst-fec.json");

        BaselineCheck check = Baselines.check(run, baseline, false);

        Path received = dir.resolve("baselines/burst-fec.received.json");
        assertThat(check.outcome()).isEqualTo(BaselineCheck.Outcome.MISSING);
        assertThat(check.passed()).isFalse();
        assertThat(received).exists();
        assertThat(baseline).doesNotExist();
        assertThat(check.message()).isEqualTo("No baseline [" + baseline + "] yet: wrote the figures of run [" + run.path()
                + "] to [" + received
                + "]. Review them, then rename that file to [burst-fec.json] or run with -Dfecunit.baselines.update=true"
                + " to accept them.");
    }

    @Test
    void updateModeAcceptsTheRunAndRemovesTheReceivedFile() {
        Path baseline = dir.resolve("baselines/burst-fec.json");
        Baselines.check(run("fec"), baseline, false);

        BaselineCheck update = Baselines.check(run("fec"), baseline, true);
        BaselineCheck again = Baselines.check(run("fec"), baseline, false);

        assertThat(update.outcome()).isEqualTo(BaselineCheck.Outcome.UPDATED);
        assertThat(update.passed()).isTrue();
        assertThat(Baselines.receivedFileOf(baseline)).doesNotExist();
        assertThat(again.outcome()).isEqualTo(BaselineCheck.Outcome.MATCHED);
        assertThat(again.message()).isEqualTo("Run [" + dir.resolve("fec") + "] matches baseline [" + baseline
                + "]: 13 figures compared with the noise of the 2 stored blocks (95 % interval and verdict as for two"
                + " runs), 3 under their tolerances: none moved");
    }

    @Test
    void aFigureBeyondItsToleranceFailsWithEveryMovedFigureAndWritesTheReceivedFile() {
        Path baseline = dir.resolve("b.json");
        withoutBlocks(run("good"), baseline);
        // 5 of 100 frames lost: 5 % where the baseline had 0 %; 5 gap events in 10 s = 30 per minute.
        Run worse = run("worse", 20, 40, 60, 80, 95);

        BaselineCheck check = Baselines.check(worse, baseline, false);

        assertThat(check.outcome()).isEqualTo(BaselineCheck.Outcome.MOVED);
        assertThat(check.moved()).hasSize(2);
        assertThat(check.message()).isEqualTo("Run [" + worse.path() + "] does not match baseline [" + baseline
                + "]: 2 figures moved beyond their"
                + " tolerances:\n"
                + "  frame loss rate: 0 % -> 5 % (+5 %, tolerance 2 %, worse)\n"
                + "  gap events per minute: 0 /min -> 30 /min (+30 /min, tolerance 2.5 /min, worse)\n"
                + "Wrote the run's figures to [" + dir.resolve("b.received.json") + "]. If the change is intended, accept"
                + " it: replace the baseline with that file, or run with -Dfecunit.baselines.update=true.");
        assertThat(dir.resolve("b.received.json")).exists();
    }

    @Test
    void storedBlocksAreComparedStatisticallyAndTheMessageSaysWhichFiguresWere() {
        Path baseline = dir.resolve("b.json");
        Baselines.check(run30("good"), baseline, true);
        // One frame of every 50 lost, in each of the six 5 s blocks: +2 % frame loss in every block alike.
        Run worse = run30("worse", 20, 70, 120, 170, 220, 270);

        BaselineCheck check = Baselines.check(worse, baseline, false);

        assertThat(check.outcome()).isEqualTo(BaselineCheck.Outcome.MOVED);
        assertThat(check.message()).isEqualTo("Run [" + worse.path() + "] does not match baseline [" + baseline
                + "]: 13 figures compared with the"
                + " noise of the 6 stored blocks (95 % interval and verdict as for two runs), 3 under their tolerances;"
                + " 2 moved:\n"
                + "  frame loss rate: 0 % -> 2 % (+2 %, 95 % interval [+2, +2], worse)\n"
                + "  gap events per minute: 0 /min -> 12 /min (+12 /min, 95 % interval [+12, +12], worse)\n"
                + "Wrote the run's figures to [" + dir.resolve("b.received.json") + "]. If the change is intended, accept"
                + " it: replace the baseline with that file, or run with -Dfecunit.baselines.update=true.");
        assertThat(check.moved().get(0).statistical()).isTrue();
    }

    @Test
    void storedBlocksTooFewToTellLetAMoveWithinTheNoisePass() {
        Path baseline = dir.resolve("b.json");
        Baselines.check(run("good"), baseline, true);
        // 2 and 3 of 50 frames lost in the two blocks: +5 %, but two blocks cannot tell that from noise.
        BaselineCheck check = Baselines.check(run("worse", 20, 40, 60, 80, 95), baseline, false);

        assertThat(check.outcome()).isEqualTo(BaselineCheck.Outcome.MATCHED);
    }

    @Test
    void tolerancesEditedInTheFileDecideAndSurviveAnUpdate() throws Exception {
        Path baseline = dir.resolve("b.json");
        withoutBlocks(run("good"), baseline);
        String text = Files.readString(baseline).replace("\"frame_loss_rate_pct\": 2,", "\"frame_loss_rate_pct\": 10,")
                .replace("\"gap_events_per_minute\": 2.5,", "\"gap_events_per_minute\": 50,");
        Files.writeString(baseline, text);

        assertThat(Baselines.check(run("worse", 20, 40, 60, 80, 95), baseline, false).outcome())
                .isEqualTo(BaselineCheck.Outcome.MATCHED);
        Baselines.check(run("good"), baseline, true);
        assertThat(Baseline.read(baseline).tolerances().get("frame_loss_rate_pct")).isEqualTo(10.0);
    }

    @Test
    void aMatchRemovesAStaleReceivedFile() throws Exception {
        Path baseline = dir.resolve("b.json");
        Baselines.check(run("good"), baseline, true);
        Files.writeString(dir.resolve("b.received.json"), "{}");

        Baselines.check(run("good"), baseline, false);

        assertThat(dir.resolve("b.received.json")).doesNotExist();
    }

    @Test
    void theUpdatePropertyIsReadByTheShortForm() {
        // Runs the system-property path without setting the property (tests run in parallel): off by default.
        Path baseline = dir.resolve("b.json");
        assertThat(Baselines.check(run("good"), baseline).outcome()).isEqualTo(BaselineCheck.Outcome.MISSING);
    }

    @Test
    void aCorruptBaselineIsAClearErrorNamingThePathLineAndColumn() throws Exception {
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "{\n  \"format\": \"fecunit-baseline\",\n  \"version\": 1\n  \"run\": {}\n}\n",
                StandardCharsets.UTF_8);

        BaselineFileException e = catchThrowableOfType(BaselineFileException.class,
                () -> Baselines.check(run("good"), baseline, false));

        assertThat(e).hasMessage("Baseline [" + baseline
                + "] is not valid JSON: line 4, column 3: expected ',' or '}'; fix the file,"
                + " or delete it and run with -Dfecunit.baselines.update=true to write it again");
        assertThat(e.path()).isEqualTo(baseline);
    }

    @Test
    void aDeeplyNestedBaselineIsAClearErrorNotAStackOverflow() throws Exception {
        // issue 12: the baseline JSON reader died with StackOverflowError on deeply nested input
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "[".repeat(100_000), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Baselines.check(run("good"), baseline, false))
                .isInstanceOf(BaselineFileException.class)
                .hasMessage("Baseline [" + baseline
                        + "] is not valid JSON: line 1, column 65: objects and arrays are nested"
                        + " more than 64 deep; fix the file, or delete it and run with"
                        + " -Dfecunit.baselines.update=true to write it again");
    }

    @Test
    void anUnknownVersionIsAClearError() throws Exception {
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "{\"format\": \"fecunit-baseline\", \"version\": 2, \"figures\": {}}");

        assertThatThrownBy(() -> Baselines.check(run("good"), baseline, false))
                .isInstanceOf(BaselineFileException.class)
                .hasMessage("Baseline [" + baseline
                        + "] has format version [2], but this fecunit reads version 1 only: upgrade"
                        + " fecunit, or write the baseline again with -Dfecunit.baselines.update=true");
    }

    @Test
    void aFileOfAnotherFormatIsAClearError() throws Exception {
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "{\"runs\": []}");

        assertThatThrownBy(() -> Baseline.read(baseline))
                .isInstanceOf(BaselineFileException.class)
                .hasMessage("Baseline [" + baseline
                        + "] is not a fecunit baseline: its \"format\" is [null] where"
                        + " [fecunit-baseline] was expected");
    }

    @Test
    void aWrongMemberTypeIsAClearError() throws Exception {
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "{\"format\": \"fecunit-baseline\", \"version\": 1, \"run\": {\"name\": \"fec\"},"
                + " \"figures\": {\"frame_loss_rate_pct\": \"low\"}, \"tolerances\": {}}");

        assertThatThrownBy(() -> Baseline.read(baseline))
                .isInstanceOf(BaselineFileException.class)
                .hasMessage("Baseline [" + baseline
                        + "] is not a valid fecunit baseline: \"figures\".\"frame_loss_rate_pct\""
                        + " must be a number but is [low]; fix the file, or delete it and run with"
                        + " -Dfecunit.baselines.update=true to write it again");
    }

    @Test
    void updateModeReplacesACorruptFile() throws Exception {
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "not json");

        assertThat(Baselines.check(run("good"), baseline, true).outcome()).isEqualTo(BaselineCheck.Outcome.UPDATED);
        assertThat(Baseline.read(baseline).runName()).isEqualTo("good");
    }
}
