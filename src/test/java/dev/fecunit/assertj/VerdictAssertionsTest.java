package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;
import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.RunSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictAssertionsTest {

    @TempDir
    Path dir;

    /** 10 s, 20 frames a second, no bursts (two 5 s blocks of 100 frames); ids in {@code lost} never arrive. */
    private Run run(String name, Set<Long> lost) {
        return run(name, 10, lost);
    }

    /** {@code seconds} long, 20 frames a second, no bursts (5 s blocks of 100 frames). */
    private Run run(String name, int seconds, Set<Long> lost) {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(dir.resolve(name)).window(0, seconds * 1_000_000L);
        for (long id = 1; id <= seconds * 20L; id++) {
            if (!lost.contains(id)) {
                long capture = (id - 1) * 50_000;
                run.frame(capture + 10_000, id, capture);
            }
        }
        return run.load();
    }

    @Test
    void isNotWorseFailsWithTheWholeComparisonWhenTheCandidateIsWorse() {
        Run fec = run("fec", Set.of(30L, 60L, 70L, 130L, 160L, 170L)); // 3 % in each block
        Run baseline = run("baseline", Set.of(30L, 130L));              // 1 % in each block

        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).frameLossRate().isNotWorse())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the candidate's frame loss rate not to be worse than the baseline's, but it is WORSE:\n"
                        + "frame loss rate (%, lower is better): WORSE\n"
                        + "  candidate: 3 % (1 run, 2 blocks, 10 s per run)\n"
                        + "  baseline:  1 % (1 run, 2 blocks, 10 s per run)\n"
                        + "  difference: +2 % [95 % interval +2, +2], ratio 3 [3, 3]\n"
                        + "  minimum relevant change: 0.5 %\n"
                        + "  method: t interval, noise from the blocks paired by position between candidate and"
                        + " baseline (candidate 2 fixed blocks; baseline 2 fixed blocks)\n"
                        + "  candidate runs: " + dir.resolve("fec") + "\n"
                        + "  baseline runs: " + dir.resolve("baseline"));
    }

    @Test
    void isNotWorsePassesWhenTheDifferenceIsBelowTheMinimumChange() {
        Run fec = run("fec", Set.of(30L, 60L, 130L, 160L));
        Run baseline = run("baseline", Set.of(30L, 130L));

        assertThat(fec).comparedTo(baseline).withMinimumChange(1.0).frameLossRate().isNotWorse().isSame();
    }

    @Test
    void isBetterNeedsTheVerdictBetter() {
        Run fec = run("fec", Set.of(30L, 130L));
        Run baseline = run("baseline", Set.of(30L, 60L, 70L, 130L, 160L, 170L));

        assertThat(fec).comparedTo(baseline).frameLossRate().isBetter();
        assertThatThrownBy(() -> assertThat(baseline).comparedTo(fec).frameLossRate().isBetter())
                .hasMessageStartingWith("Expecting the candidate's frame loss rate to be better than the baseline's,"
                        + " but the verdict is WORSE:\nframe loss rate (%, lower is better): WORSE\n");
    }

    @Test
    void anInconclusiveComparisonSaysHowMuchMoreDataWouldDecide() {
        // 20 s, four 5 s blocks: the candidate loses 3 frames in blocks 1 and 3 (1.5 %), the baseline none.
        // Paired pulls +0.375, -0.375, +0.375, -0.375: standard error 0.866, 3 degrees of freedom, t = 3.182.
        Run fec = run("fec", 20, Set.of(30L, 60L, 70L, 230L, 260L, 270L));
        Run baseline = run("baseline", 20, Set.of());

        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).frameLossRate().isBetter())
                .hasMessageStartingWith("Expecting the candidate's frame loss rate to be better than the baseline's,"
                        + " but the verdict is INCONCLUSIVE:\n")
                .hasMessageContaining("  difference: +1.5 % [95 % interval -1.256, +4.256], ratio ∞ [n/a, n/a]\n")
                .hasMessageContaining("  method: t interval, noise from the blocks paired by position between candidate"
                        + " and baseline (candidate 4 fixed blocks; baseline 4 fixed blocks), 3 degrees of freedom\n")
                .hasMessageContaining("  to decide: about 4.168× the data: 5 runs per side instead of 1, or runs of 84 s"
                        + " instead of 20 s\n");
    }

    @Test
    void aRunWithASingleBlockIsInconclusiveAndSaysWhy() {
        Run fec = run("fec", 5, Set.of(30L, 60L, 70L));
        Run baseline = run("baseline", 5, Set.of());

        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).frameLossRate().isBetter())
                .hasMessageContaining("  difference: +3 % [95 % interval n/a, n/a], ratio ∞ [n/a, n/a]\n")
                .hasMessageContaining("  method: t interval (candidate 1 fixed block; baseline 1 fixed block): the runs"
                        + " have a single block: their noise cannot be told from one block; use longer runs or repetitions\n");
    }

    @Test
    void softChainsAreCollectedLikeEveryOtherSoftAssertion() {
        Run fec = run("fec", Set.of(30L, 60L, 70L, 130L, 160L, 170L)); // 3 % in each block
        Run baseline = run("baseline", Set.of(30L, 130L));              // 1 % in each block
        FecSoftAssertions softly = new FecSoftAssertions();

        softly.assertThat(fec).comparedTo(baseline).frameLossRate().isNotWorse();
        softly.assertThat(RunSet.of(fec)).comparedTo(baseline).withMinimumChange(5.0).frameLossRate().isSame();
        softly.assertThat(fec).comparedTo(baseline).nackRate().isNotWorse();

        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected()).hasSize(1);
        // AssertJ appends where the soft assertion was made.
        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected().get(0)).hasMessageStartingWith(
                "Expecting the candidate's frame loss rate not to be worse than the baseline's, but it is WORSE:\n"
                        + "frame loss rate (%, lower is better): WORSE\n"
                        + "  candidate: 3 % (1 run, 2 blocks, 10 s per run)\n"
                        + "  baseline:  1 % (1 run, 2 blocks, 10 s per run)\n"
                        + "  difference: +2 % [95 % interval +2, +2], ratio 3 [3, 3]\n"
                        + "  minimum relevant change: 0.5 %\n"
                        + "  method: t interval, noise from the blocks paired by position between candidate and"
                        + " baseline (candidate 2 fixed blocks; baseline 2 fixed blocks)\n"
                        + "  candidate runs: " + dir.resolve("fec") + "\n"
                        + "  baseline runs: " + dir.resolve("baseline")
                        + "\nat VerdictAssertionsTest.softChainsAreCollectedLikeEveryOtherSoftAssertion(VerdictAssertionsTest.java:");
    }

    @Test
    void runSetsCompareAsSetsAndListEveryRunInTheFailure() {
        RunSet fec = RunSet.of(run("a/fec", Set.of(30L, 60L, 70L, 130L, 160L, 170L)),
                run("b/fec", Set.of(30L, 60L, 70L, 130L, 160L, 170L)));
        RunSet baseline = RunSet.of(run("a/baseline", Set.of()), run("b/baseline", Set.of()));

        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).frameLossRate().isNotWorse())
                .hasMessageContaining("  method: t interval, noise from the blocks at the same position in each run"
                        + " (candidate 4 fixed blocks; baseline 4 fixed blocks)\n")
                .hasMessageContaining("  candidate runs: " + dir.resolve("a/fec") + ", " + dir.resolve("b/fec") + "\n")
                .hasMessageEndingWith("  baseline runs: " + dir.resolve("a/baseline") + ", " + dir.resolve("b/baseline"));
        assertThat(baseline).comparedTo(fec).nackRate().isNotWorse();
    }

    @Test
    void softAssertionsCollectVerdictFailures() {
        Run fec = run("fec", Set.of(30L, 60L, 70L, 130L, 160L, 170L));
        Run baseline = run("baseline", Set.of(30L, 130L));
        FecSoftAssertions softly = new FecSoftAssertions();

        softly.assertThat(Comparison.of(Metric.FRAME_LOSS_RATE).candidate(fec).baseline(baseline).compare()).isNotWorse();
        softly.assertThat(Comparison.of(Metric.FRAME_LOSS_RATE).candidate(baseline).baseline(fec).compare()).isBetter();

        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected()).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected().get(0)).hasMessageStartingWith(
                "Expecting the candidate's frame loss rate not to be worse than the baseline's, but it is WORSE:");
    }

    @Test
    void matchesBaselineFailsOnAMissingBaselineNamingBothFiles() {
        Run fec = run("fec", Set.of());
        Path baseline = dir.resolve("baselines/fec.json");

        assertThatThrownBy(() -> assertThat(fec).matchesBaseline(baseline.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("No baseline [" + baseline + "] yet: wrote the figures of run [" + fec.path() + "] to ["
                        + dir.resolve("baselines/fec.received.json") + "]. Review them, then rename that file to"
                        + " [fec.json] or run with -Dfecunit.baselines.update=true to accept them.");
    }

    @Test
    void matchesBaselinePassesOnceTheReceivedFileIsAccepted() throws Exception {
        Run fec = run("fec", Set.of());
        Path baseline = dir.resolve("baselines/fec.json");
        assertThatThrownBy(() -> assertThat(fec).matchesBaseline(baseline));

        Files.move(dir.resolve("baselines/fec.received.json"), baseline);

        assertThat(fec).matchesBaseline(baseline);
    }
}
