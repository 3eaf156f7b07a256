package dev.fecunit.assertj;

import dev.fecunit.history.RunHistory;
import dev.fecunit.testing.RunDirectoryBuilder;
import dev.fecunit.verdict.Metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunHistoryAssertTest {

    private static final Path RUNS = Path.of("example-tests/runs").toAbsolutePath();

    @TempDir
    Path dir;

    /** Six nights losing no frame of 300 (10 s at 30 fps), then a night losing every third frame: ids 1-299 seen
     *  in 200 frames, so 99 of 299 expected lost (33.11 %). */
    private RunHistory sixGoodNightsAndABadOne() {
        for (int night = 1; night <= 7; night++) {
            long t0 = night * 86_400_000_000L;
            RunDirectoryBuilder run = RunDirectoryBuilder.in(dir.resolve("night-" + night)).window(t0, t0 + 10_000_000);
            if (night < 7) {
                run.frames(1, 300, t0 + 1_000, 33_333, 40_000);
            } else {
                for (int k = 0; k < 100; k++) {
                    run.frames(3 * k + 1, 3 * k + 2, t0 + 1_000 + 3 * k * 33_333L, 33_333, 40_000);
                }
            }
            run.write();
        }
        return RunHistory.matching(dir, "night-*");
    }

    @Test
    void aLatestNightWorseThanTheNightsBeforeFailsTheComparisonWithTheVerdictInWords() {
        RunHistory history = sixGoodNightsAndABadOne();

        assertThatThrownBy(() -> assertThat(history).latest().comparedToHistory().frameLossRate().isNotWorse())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expecting the candidate's frame loss rate not to be worse than the baseline's,"
                        + " but it is WORSE:\nframe loss rate (%, lower is better): WORSE\n"
                        + "  candidate: 33.11 % (1 run, 2 blocks, 10 s per run)\n"
                        + "  baseline:  0 % (6 runs, 12 blocks, 10 s per run)\n");
    }

    @Test
    void aLatestNightWorseThanTheNightsBeforeIsARegression() {
        RunHistory history = sixGoodNightsAndABadOne();

        assertThatThrownBy(() -> assertThat(history).hasNoRegressionSinceLastAccepted(Metric.FRAME_LOSS_RATE))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("\nExpecting history:\n"
                        + "  night-* (7 runs, night-1 .. night-7)\n"
                        + "to have no regression since its first run, but:\n"
                        + "  frame loss rate: latest night-7 vs runs night-1 .. night-6: WORSE, difference +33.11 % [95 % interval ")
                .hasMessageEndingWith("]\nIf a change is intended, accept it: acceptingChangesThrough(\"<run>\").");
    }

    @Test
    void anAcceptedChangeIsNoLongerARegression() {
        RunHistory nights = RunHistory.matching(RUNS, "nightly/*/fec");

        assertThat(nights).acceptingChangesThrough("2026-11-17").hasNoRegressionSinceLastAccepted(Metric.NACK_RATE);
        assertThatThrownBy(() -> assertThat(nights).acceptingChangesThrough("2026-11-16")
                .hasNoRegressionSinceLastAccepted(Metric.NACK_RATE))
                .hasMessageContaining("to have no regression since the change accepted at 2026-11-16, but:\n"
                        + "  NACK rate: change at 2026-11-17 (run 17 of 24)");
    }

    @Test
    void acceptingARunThatIsNotInTheHistoryIsAMistakeNamedAtOnce() {
        RunHistory history = sixGoodNightsAndABadOne();

        assertThatThrownBy(() -> assertThat(history).acceptingChangesThrough("night-9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Run [night-9] is not in the history of night-*; its runs are [night-1, night-2, night-3,"
                        + " night-4, night-5, night-6, night-7]");
    }

    @Test
    void theLatestRunTakesEveryRunAssertion() {
        RunHistory history = sixGoodNightsAndABadOne();

        assertThatThrownBy(() -> assertThat(history).latest().hasNoFrameGaps())
                .hasMessageContaining("night-7");
    }

    @Test
    void softAssertionsCollectTheRegressionOfAHistory() {
        RunHistory nights = RunHistory.matching(RUNS, "nightly/*/fec");
        FecSoftAssertions softly = new FecSoftAssertions();

        softly.assertThat(nights).hasNoRegressionSinceLastAccepted(Metric.RECOVERY_SUCCESS);
        softly.assertThat(nights).acceptingChangesThrough("2026-11-17").hasNoRegressionSinceLastAccepted(Metric.RECOVERY_SUCCESS);

        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected()).singleElement()
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e).hasMessageContaining(
                        "FEC recovery success: change at 2026-11-17 (run 17 of 24)"));
    }
}
