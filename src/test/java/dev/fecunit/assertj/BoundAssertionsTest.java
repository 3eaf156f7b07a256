package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatCode;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/** Absolute bounds on one run: pass at the bound, fail past it with the exact message. */
class BoundAssertionsTest extends AbTest {

    private static final String FEC_FRAME_ROWS = """
            metric                               fec
            frames_received                       37
            frames_expected                       40
            frames_lost                            3
            gap_events                             2""";

    private static final String FEC_FEC_ROWS = """
            metric                               fec
            fec_received                          60
            fec_recovery_attempts                 10
            fec_recovered                          9
            fec_recovery_failed                    1
            fec_unused                            50
            fec_invalid                            0""";

    @Test
    void losesAtMostFrames_passes_at_the_bound_and_fails_above_it() {
        assertThatCode(() -> assertThat(fec).losesAtMostFrames(3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).losesAtMostFrames(2))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to lose at most 2 frames,
                        but it lost 3 of 40 frames (7.50%).

                        """ + FEC_FRAME_ROWS));
    }

    @Test
    void hasFrameLossRateAtMost_compares_percent() {
        assertThatCode(() -> assertThat(fec).hasFrameLossRateAtMost(7.5)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasFrameLossRateAtMost(7.4))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to lose at most 7.4% of frames,
                        but it lost 7.50% of frames (3 of 40).

                        """ + FEC_FRAME_ROWS));
    }

    @Test
    void hasNoFrameGaps_passes_on_a_run_without_gaps() {
        Run clean = AbRuns.frames(RunDirectoryBuilder.in(dir.resolve("clean")), Set.of(), 50_000, -1).load();
        assertThatCode(() -> assertThat(clean).hasNoFrameGaps()).doesNotThrowAnyException();
    }

    @Test
    void hasNoFrameGaps_lists_every_gap_and_where_the_viewer_saw_it() {
        assertThatThrownBy(() -> assertThat(baseline).as("nightly").hasNoFrameGaps())
                .isInstanceOf(AssertionError.class)
                .hasMessage("[nightly] " + message("""

                        Expecting run:
                          {baseline}
                        to have no frame gaps,
                        but it had 3 frame gaps (4 of 40 frames lost, 10.00%):
                          frames 12..13 missing before frame 14 received at 1.360 s
                          frame 16 missing before frame 17 received at 1.660 s
                          frame 31 missing before frame 32 received at 3.160 s

                        metric                          baseline
                        frames_received                       36
                        frames_expected                       40
                        frames_lost                            4
                        gap_events                             3"""));
    }

    @Test
    void hasNoFrameGaps_caps_a_long_list_with_a_count() {
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve("lossy")).window(0, 4_000_000);
        for (long id = 1; id <= 25; id += 2) { // 13 frames, 12 single-frame gaps
            b.frame(id * 100_000, id, id * 100_000 - 50_000);
        }
        assertThatThrownBy(() -> assertThat(b.load()).hasNoFrameGaps())
                .hasMessageContaining("""
                        but it had 12 frame gaps (12 of 25 frames lost, 48.00%):
                          frame 2 missing before frame 3 received at 0.300 s
                        """)
                .hasMessageContaining("""
                          frame 20 missing before frame 21 received at 2.100 s
                          ... and 2 more

                        metric""");
    }

    @Test
    void hasLatencyPercentileBelow_is_strict() {
        assertThatCode(() -> assertThat(fec).hasLatencyPercentileBelow(0.95, Duration.ofMillis(61)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileBelow(0.95, Duration.ofMillis(60)))
                .hasMessageContaining("to have a latency p95 below 60 ms,\nbut it had a latency p95 of 60.0 ms.");
    }

    @Test
    void hasLatencyPercentileBelow_fails_with_the_latency_rows() {
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileBelow(0.99, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have a latency p99 below 100 ms,
                        but it had a latency p99 of 160.0 ms.

                        metric                               fec
                        latency_mean_ms                     62.7
                        latency_p50_ms                      60.0
                        latency_p95_ms                      60.0
                        latency_p99_ms                     160.0"""));
    }

    @Test
    void recoversAtLeast_passes_at_the_bound_and_fails_below_it() {
        assertThatCode(() -> assertThat(fec).recoversAtLeast(9)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).recoversAtLeast(10))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to recover at least 10 packets via FlexFEC,
                        but it recovered 9 packets via FlexFEC (of 60 FlexFEC packets received, 15.00%).

                        """ + FEC_FEC_ROWS));
    }

    @Test
    void hasRecoveryRateAtLeast_compares_percent() {
        assertThatCode(() -> assertThat(fec).hasRecoveryRateAtLeast(15)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasRecoveryRateAtLeast(20))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to recover at least 20% of the FlexFEC packets received,
                        but it recovered 15.00% of the FlexFEC packets received (9 of 60).

                        """ + FEC_FEC_ROWS));
    }

    @Test
    void hasNoInvalidFecPackets_passes_when_the_counter_stays_at_zero() {
        assertThatCode(() -> assertThat(fec).hasNoInvalidFecPackets()).doesNotThrowAnyException();
    }

    @Test
    void hasNoInvalidFecPackets_fails_with_the_count() {
        RunDirectoryBuilder b = AbRuns.frames(RunDirectoryBuilder.in(dir.resolve("garbled")), Set.of(), 50_000, -1);
        AbRuns.fec(b, "received", 0, 10, 30, 40, 50, 60);
        AbRuns.fec(b, "invalid", 0, 0, 1, 1, 2, 3);
        Run garbled = b.load();
        assertThatThrownBy(() -> assertThat(garbled).hasNoInvalidFecPackets())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""

                        Expecting run:
                          garbled (%s)
                        to have no invalid FlexFEC packets,
                        but it had 3 invalid FlexFEC packets (of 60 received).

                        metric                           garbled
                        fec_received                          60
                        fec_recovery_attempts                  0
                        fec_recovered                          0
                        fec_recovery_failed                    0
                        fec_unused                             0
                        fec_invalid                            3""".formatted(garbled.path()));
    }

    @Test
    void hasAtMostNacks_passes_at_the_bound_and_fails_above_it() {
        assertThatCode(() -> assertThat(fec).hasAtMostNacks(8)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasAtMostNacks(7))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have at most 7 NACKs,
                        but it had 8 NACKs.

                        metric                               fec
                        nack_total                             8
                        packet_loss_total                     30
                        fec_recovered                          9"""));
    }

    @Test
    void deliversAtLeastFps_divides_frames_received_by_the_window_length() {
        // 37 frames in 4 s
        assertThatCode(() -> assertThat(fec).deliversAtLeastFps(9.25)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).deliversAtLeastFps(9.5))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to deliver at least 9.5 fps over the window,
                        but it delivered 9.25 fps (37 frames received).

                        """ + FEC_FRAME_ROWS));
    }

    @Test
    void deliversAtLeastFps_says_that_a_run_without_T1_has_no_window_length() {
        Run died = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(0)
                .frames(1, 30, 10_000, 100_000, 50_000).load();
        assertThatThrownBy(() -> assertThat(died).deliversAtLeastFps(10))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""

                        Expecting run:
                          died (%s)
                        to deliver at least 10 fps over the window,
                        but meta.env has no T1_US (the run ended before writing it), so the window has no length to \
                        average over; fix the run, or judge every second with deliversAtLeastFpsInEverySecond."""
                        .formatted(died.path()));
        // the seconds up to the last frame can still be judged
        assertThatCode(() -> assertThat(died).deliversAtLeastFpsInEverySecond(10)).doesNotThrowAnyException();
    }

    @Test
    void deliversAtLeastFpsInEverySecond_names_the_worst_second() {
        // seconds 0..3 deliver 10, 9, 10, 8 frames
        assertThatCode(() -> assertThat(fec).deliversAtLeastFpsInEverySecond(8)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).deliversAtLeastFpsInEverySecond(9))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to deliver at least 9 fps in every second,
                        but it delivered only 8 frames in second 3 (3 s to 4 s after T0_US).

                        """ + FEC_FRAME_ROWS));
    }

    @Test
    void deliversAtLeastFpsInEverySecond_fails_when_no_whole_second_can_be_judged() {
        Run blip = RunDirectoryBuilder.in(dir.resolve("blip")).window(0, 500_000)
                .frames(1, 4, 10_000, 100_000, 50_000).load();
        assertThatThrownBy(() -> assertThat(blip).deliversAtLeastFpsInEverySecond(1))
                .hasMessage("""

                        Expecting run:
                          blip (%s)
                        to deliver at least 1 fps in every second,
                        but no whole second of the window lies in it, so there is no second to judge."""
                        .formatted(blip.path()));
    }
}
