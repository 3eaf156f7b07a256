package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.fecunit.assertj.FecAssertions.absoluteTolerance;
import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatCode;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/** duringBursts() / outsideBursts(): the same assertions over each run's own burst windows, or the time between. */
class BurstScopeTest extends AbTest {

    @Test
    void during_bursts_fec_loses_fewer_frames_than_the_baseline() {
        // bursts: 1 of 10 against 3 of 10
        assertThatCode(() -> assertThat(fec).duringBursts().losesFewerFramesThan(baseline)).doesNotThrowAnyException();
    }

    @Test
    void outside_bursts_the_comparison_fails_and_the_message_says_the_scope() {
        assertThatThrownBy(() -> assertThat(fec).outsideBursts().losesFewerFramesThan(baseline, absoluteTolerance(1)))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to lose fewer frames than the baseline outside bursts, with a tolerance of 1 (so below 2):
                          {baseline}
                        but:
                          fec      lost 2 of 30 frames (6.67%)
                          baseline lost 1 of 30 frames (3.33%)

                        metric outside bursts                fec        baseline
                        frames_received                       28              29
                        frames_expected                       30              30
                        frames_lost                            2               1
                        gap_events                             1               1"""));
    }

    @Test
    void the_baseline_is_judged_over_its_own_bursts() {
        // The late baseline's burst is 2..3 s and it loses frames 22..24 there; during fec's burst (1..2 s) it
        // loses nothing, so the comparison passes only if each run is judged over its own bursts.
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve("late-baseline")).window(0, 4_000_000)
                .event(2_000_000, "burst_on").event(3_000_000, "burst_off");
        for (long id = 1; id <= 40; id++) {
            if (!Set.of(22L, 23L, 24L).contains(id)) {
                b.frame((id - 1) * 100_000 + 60_000, id, (id - 1) * 100_000 + 10_000);
            }
        }
        Run lateBaseline = b.load();
        assertThat(lateBaseline).duringBursts().framesLost().isEqualTo(3);
        assertThatCode(() -> assertThat(fec).duringBursts().losesFewerFramesThan(lateBaseline)).doesNotThrowAnyException();
    }

    @Test
    void scoping_reaches_the_counters() {
        // NACKs: fec 1 -> 5 in the interval ending at 1.5 s, the only poll inside the burst
        assertThatCode(() -> assertThat(fec).duringBursts().hasAtMostNacks(4)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).duringBursts().hasAtMostNacks(3))
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have at most 3 NACKs during bursts,
                        but it had 4 NACKs.

                        metric during bursts                 fec
                        nack_total                             4
                        packet_loss_total                     20
                        fec_recovered                          8"""));
        assertThat(fec).duringBursts().recoveryRatePct().isEqualTo(40.0);
        assertThat(fec).outsideBursts().fecRecovered().isEqualTo(1.0);
    }

    @Test
    void scoping_reaches_the_latency() {
        // the slow frame 39 is received at 3.97 s, outside the burst
        assertThat(fec).duringBursts().latencyPercentileMs(0.99).isEqualTo(60.0);
        assertThat(fec).outsideBursts().latencyPercentileMs(0.99).isEqualTo(160.0);
    }

    @Test
    void scoping_reaches_the_gap_list() {
        assertThatThrownBy(() -> assertThat(baseline).duringBursts().hasNoFrameGaps())
                .hasMessageContaining("""
                        to have no frame gaps during bursts,
                        but it had 2 frame gaps (3 of 10 frames lost, 30.00%):
                          frames 12..13 missing before frame 14 received at 1.360 s
                          frame 16 missing before frame 17 received at 1.660 s

                        metric during bursts""");
    }

    @Test
    void scoping_reaches_the_frame_rate() {
        // 9 frames in the 1 s burst; outside: 28 frames in 3 s, worst whole second 3 with 8
        assertThatCode(() -> assertThat(fec).duringBursts().deliversAtLeastFps(9)
                .deliversAtLeastFpsInEverySecond(9)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).duringBursts().deliversAtLeastFps(9.5))
                .hasMessageContaining("to deliver at least 9.5 fps over the window during bursts,\n"
                        + "but it delivered 9.00 fps (9 frames received).");
        assertThatThrownBy(() -> assertThat(fec).outsideBursts().deliversAtLeastFpsInEverySecond(9))
                .hasMessageContaining("but it delivered only 8 frames in second 3 (3 s to 4 s after T0_US).");
    }

    @Test
    void a_run_without_bursts_has_no_time_during_bursts_to_judge() {
        Run steady = RunDirectoryBuilder.in(dir.resolve("steady")).window(0, 4_000_000)
                .frames(1, 40, 10_000, 100_000, 50_000).load();
        assertThatThrownBy(() -> assertThat(steady).duringBursts().deliversAtLeastFps(1))
                .hasMessage("""

                        Expecting run:
                          steady (%s)
                        to deliver at least 1 fps over the window during bursts,
                        but the window has no time during bursts, so there is no frame rate to judge."""
                        .formatted(steady.path()));
        assertThatThrownBy(() -> assertThat(steady).duringBursts().deliversAtLeastFpsInEverySecond(1))
                .hasMessageContaining("but no whole second of the window lies during bursts, so there is no second"
                        + " to judge.");
    }

    @Test
    void overTheWholeRun_undoes_the_scope() {
        assertThat(fec).duringBursts().framesLost().isEqualTo(1);
        assertThat(fec).duringBursts().overTheWholeRun().framesLost().isEqualTo(3);
        assertThatCode(() -> assertThat(fec).outsideBursts().overTheWholeRun().losesFewerFramesThan(baseline))
                .doesNotThrowAnyException();
    }
}
