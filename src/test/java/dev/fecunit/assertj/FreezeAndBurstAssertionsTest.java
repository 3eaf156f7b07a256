package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.Freeze;
import dev.fecunit.testing.RunDirectoryBuilder;
import dev.fecunit.testing.TwoBurstRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatCode;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/**
 * Freeze and per-burst assertions on a hand-worked run.
 *
 * <p>{@code fec}: window 0..8 s, bursts 2.0-3.0 s and 6.0-7.5 s; frame {@code id} of 1..80 captured at
 * {@code (id - 1) * 100 ms + 10 ms}, received 50 ms later, except the lost ids 25-28 (in burst 1), 32, 34,
 * 36 and 45-48 (steady). {@code baseline}: the same without any loss.
 *
 * <pre>
 * freezes (Δ ≥ max(3 avg, avg + 150 ms), avg over the last 30 Δ including it):
 *   24 → 29: Δ 500 ms, avg of 24 Δ = 2800/24 ms → 500·24 = 12000 ≥ max(8400, 6400): freeze 2.36-2.86 s (burst 1)
 *   33, 35, 37: Δ 200 ms, e.g. 200·27 = 5400 &lt; 3·3200: no freeze
 *   44 → 49: Δ 500 ms, last 30 Δ sum 4100 ms → 15000 ≥ max(12300, 8600): freeze 4.36-4.86 s (steady)
 *   → 2 freezes, 1.000 s; baseline 0
 * steady seconds (whole seconds inside [0,2), [3,6), [7.5,8]): 0..1 10 fps, 3: 7, 4: 6, 5: 10 → median 10,
 *   normal = 9..11 fps (latency 50 ms everywhere)
 * burst 1 (2.0-3.0 s): 6 of ids 21..30 received + 4 lost = 10 expected, 4 lost; after burst_off
 *   [3,4) 7 fps, [4,5) 6 fps, [5,6) 10 fps → recovered after 2 s
 * burst 2 (6.0-7.5 s): nothing lost; [7.5, 8.5) ends after the data (8.0 s) → not recovered, 0.5 s available
 * </pre>
 */
class FreezeAndBurstAssertionsTest {

    @TempDir
    Path dir;

    Run fec;
    Run baseline;

    @BeforeEach
    void loadRuns() {
        fec = run("fec", TwoBurstRun.LOST);
        baseline = run("baseline", Set.of());
    }

    private Run run(String name, Set<Long> lost) {
        return TwoBurstRun.load(dir, name, lost);
    }

    private String message(String text) {
        return text.replace("{fec}", "fec (" + fec.path() + ")").replace("{baseline}", "baseline (" + baseline.path() + ")");
    }

    private static final String FEC_FREEZE_ROWS = """
            metric                               fec
            freeze_count                           2
            total_freezes_duration_s           1.000""";

    @Test
    void hasAtMostFreezes_passes_at_the_bound_and_lists_the_freezes_above_it() {
        assertThatCode(() -> assertThat(fec).hasAtMostFreezes(2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasAtMostFreezes(1))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have at most 1 freeze,
                        but it had 2 freezes (1.000 s frozen):
                          frozen from 2.360 s to 2.860 s (0.500 s)
                          frozen from 4.360 s to 4.860 s (0.500 s)

                        """ + FEC_FREEZE_ROWS));
    }

    @Test
    void hasAtMostFreezes_counts_only_the_freezes_ending_in_the_scope() {
        assertThatCode(() -> assertThat(fec).duringBursts().hasAtMostFreezes(1)
                .outsideBursts().hasAtMostFreezes(1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).duringBursts().hasAtMostFreezes(0))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have at most 0 freezes during bursts,
                        but it had 1 freeze (0.500 s frozen):
                          frozen from 2.360 s to 2.860 s (0.500 s)

                        metric during bursts                 fec
                        freeze_count                           1
                        total_freezes_duration_s           0.500"""));
    }

    @Test
    void hasFewerFreezesThan_compares_with_the_baseline() {
        assertThatCode(() -> assertThat(baseline).hasFewerFreezesThan(fec).hasNoMoreFreezesThan(baseline))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasFewerFreezesThan(baseline))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have fewer freezes than the baseline:
                          {baseline}
                        but:
                          fec      had 2 freezes (1.000 s frozen)
                          baseline had 0 freezes (0.000 s frozen)

                        metric                               fec        baseline
                        freeze_count                           2               0
                        total_freezes_duration_s           1.000           0.000"""));
    }

    @Test
    void hasNoMoreFreezesThan_allows_a_tolerance() {
        assertThatCode(() -> assertThat(fec).hasNoMoreFreezesThan(baseline, Tolerance.absolute(2)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).outsideBursts().hasNoMoreFreezesThan(baseline))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have no more freezes than the baseline outside bursts:")
                .hasMessageContaining("fec      had 1 freeze (0.500 s frozen)");
    }

    @Test
    void hasTotalFreezeTimeAtMost_passes_at_the_limit() {
        assertThatCode(() -> assertThat(fec).hasTotalFreezeTimeAtMost(Duration.ofSeconds(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasTotalFreezeTimeAtMost(Duration.ofMillis(999)))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to be frozen for at most 0.999 s in total,
                        but it had 2 freezes (1.000 s frozen):
                          frozen from 2.360 s to 2.860 s (0.500 s)
                          frozen from 4.360 s to 4.860 s (0.500 s)

                        """ + FEC_FREEZE_ROWS));
    }

    @Test
    void recoversWithinAfterEachBurst_names_each_offending_burst_by_its_time() {
        assertThatThrownBy(() -> assertThat(fec).recoversWithinAfterEachBurst(Duration.ofSeconds(1)))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to recover within 1 s after each burst,
                        but 2 of 2 bursts did not:
                          burst 1 (2.0\u20133.0 s) took 2 s to recover
                          burst 2 (6.0\u20137.5 s) did not recover before the end of the data (0.5 s after it)"""));
    }

    @Test
    void recoversEveryBurst_accepts_a_slow_recovery_but_not_a_missing_one() {
        assertThatThrownBy(() -> assertThat(fec).recoversEveryBurst())
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to recover after every burst,
                        but 1 of 2 bursts did not:
                          burst 2 (6.0\u20137.5 s) did not recover before the end of the data (0.5 s after it)"""));
    }

    @Test
    void losesNoFrameInAnyBurst_names_the_bursts_with_their_lost_frames() {
        assertThatCode(() -> assertThat(baseline).losesNoFrameInAnyBurst()).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).losesNoFrameInAnyBurst())
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to lose no frame in any burst,
                        but 1 of 2 bursts lost frames:
                          burst 1 (2.0\u20133.0 s) lost 4 of 10 frames (40.00%)"""));
    }

    @Test
    void burst_assertions_fail_on_a_run_without_bursts() {
        Run steady = RunDirectoryBuilder.in(dir.resolve("steady")).window(0, 2_000_000)
                .frames(1, 20, 10_000, 100_000, 50_000).load();
        assertThatThrownBy(() -> assertThat(steady).recoversEveryBurst())
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting run:\n  steady (" + steady.path() + ")\nto recover after every burst,\n"
                        + "but it has no loss burst in its measurement window (no burst_on in events.csv).");
        assertThatThrownBy(() -> assertThat(steady).losesNoFrameInAnyBurst())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it has no loss burst in its measurement window");
    }

    @Test
    void soft_assertions_collect_every_freeze_and_burst_failure() {
        FecSoftAssertions softly = new FecSoftAssertions();
        softly.assertThat(fec).hasAtMostFreezes(0);
        softly.assertThat(fec).duringBursts().hasFewerFreezesThan(baseline);
        softly.assertThat(fec).hasTotalFreezeTimeAtMost(Duration.ZERO);
        softly.assertThat(fec).recoversWithinAfterEachBurst(Duration.ofSeconds(5));
        softly.assertThat(fec).losesNoFrameInAnyBurst();
        softly.assertThat(baseline).hasAtMostFreezes(0);
        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected()).hasSize(5);
        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected().get(1).getMessage())
                .contains("to have fewer freezes than the baseline during bursts:");
    }

    @Test
    void bad_arguments_are_refused_with_a_sentence() {
        assertThatThrownBy(() -> assertThat(fec).hasAtMostFreezes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Maximum freezes must not be negative (e.g. hasAtMostFreezes(3)) but was [-1]");
        assertThatThrownBy(() -> assertThat(fec).recoversWithinAfterEachBurst(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The recovery time limit must not be negative but was [PT-1S]");
        assertThatThrownBy(() -> assertThat(fec).hasTotalFreezeTimeAtMost(null))
                .isInstanceOf(NullPointerException.class);
    }
}
