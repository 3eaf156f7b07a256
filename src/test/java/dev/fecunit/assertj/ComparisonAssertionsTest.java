package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.fecunit.assertj.FecAssertions.absoluteTolerance;
import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatCode;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;
import static dev.fecunit.assertj.FecAssertions.relativeTolerance;

/** Comparisons with a baseline over the whole run: pass, fail with the exact message, tolerances, bad arguments. */
class ComparisonAssertionsTest extends AbTest {

    private static final String FRAME_TABLE_BASELINE_FIRST = """
            metric                          baseline             fec
            frames_received                       36              37
            frames_expected                       40              40
            frames_lost                            4               3
            gap_events                             3               2""";

    // ------------------------------------------------------------------------------ frames lost

    @Test
    void losesFewerFramesThan_passes_when_fewer_frames_are_lost() {
        assertThatCode(() -> assertThat(fec).losesFewerFramesThan(baseline)).doesNotThrowAnyException();
    }

    @Test
    void losesFewerFramesThan_fails_with_both_runs_their_loss_rates_and_the_frame_rows() {
        assertThatThrownBy(() -> assertThat(baseline).losesFewerFramesThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to lose fewer frames than the baseline:
                          {fec}
                        but:
                          baseline lost 4 of 40 frames (10.00%)
                          fec      lost 3 of 40 frames (7.50%)

                        """ + FRAME_TABLE_BASELINE_FIRST));
    }

    @Test
    void losesFewerFramesThan_is_strict_so_equal_loss_fails() {
        assertThatThrownBy(() -> assertThat(fec).losesFewerFramesThan(fec)).isInstanceOf(AssertionError.class);
    }

    @Test
    void losesFewerFramesThan_with_an_absolute_tolerance_passes_below_baseline_plus_tolerance() {
        // 4 < 3 + 2
        assertThatCode(() -> assertThat(baseline).losesFewerFramesThan(fec, absoluteTolerance(2)))
                .doesNotThrowAnyException();
    }

    @Test
    void losesFewerFramesThan_with_a_tolerance_says_the_tolerance_and_the_limit() {
        // 4 < 3 + 1 is false
        assertThatThrownBy(() -> assertThat(baseline).losesFewerFramesThan(fec, absoluteTolerance(1)))
                .hasMessageContaining("to lose fewer frames than the baseline, with a tolerance of 1 (so below 4):");
    }

    @Test
    void losesNoMoreFramesThan_passes_on_equal_loss() {
        assertThatCode(() -> assertThat(fec).losesNoMoreFramesThan(fec)).doesNotThrowAnyException();
    }

    @Test
    void losesNoMoreFramesThan_fails_when_more_frames_are_lost() {
        assertThatThrownBy(() -> assertThat(baseline).losesNoMoreFramesThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to lose no more frames than the baseline:
                          {fec}
                        but:
                          baseline lost 4 of 40 frames (10.00%)
                          fec      lost 3 of 40 frames (7.50%)

                        """ + FRAME_TABLE_BASELINE_FIRST));
    }

    @Test
    void losesNoMoreFramesThan_with_a_relative_tolerance_allows_a_fraction_of_the_baseline() {
        // 4 <= 3 + 0.34 * 3 = 4.02 passes; 4 <= 3 + 0.33 * 3 = 3.99 fails
        assertThatCode(() -> assertThat(baseline).losesNoMoreFramesThan(fec, relativeTolerance(0.34)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).losesNoMoreFramesThan(fec, relativeTolerance(0.33)))
                .hasMessageContaining("to lose no more frames than the baseline, with a tolerance of 33% of the baseline"
                        + " (so at most 3.99):");
    }

    // -------------------------------------------------------------------------- frame-loss rate

    @Test
    void hasLowerFrameLossRateThan_passes_and_fails_on_the_rates() {
        assertThatCode(() -> assertThat(fec).hasLowerFrameLossRateThan(baseline)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).hasLowerFrameLossRateThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to have a lower frame-loss rate than the baseline:
                          {fec}
                        but:
                          baseline lost 10.00% of frames (4 of 40)
                          fec      lost 7.50% of frames (3 of 40)

                        """ + FRAME_TABLE_BASELINE_FIRST));
    }

    @Test
    void hasFrameLossRateNoHigherThan_tolerance_is_in_percentage_points() {
        // 10.0 <= 7.5 + 2.5
        assertThatCode(() -> assertThat(baseline).hasFrameLossRateNoHigherThan(fec, absoluteTolerance(2.5)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).hasFrameLossRateNoHigherThan(fec, absoluteTolerance(2.4)))
                .hasMessageContaining("to have a frame-loss rate no higher than the baseline, with a tolerance of 2.4"
                        + " (so at most 9.9):");
        assertThatCode(() -> assertThat(fec).hasFrameLossRateNoHigherThan(baseline)).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------ gap events

    @Test
    void hasFewerFrameGapsThan_passes_and_fails_on_gap_events() {
        assertThatCode(() -> assertThat(fec).hasFewerFrameGapsThan(baseline)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).hasNoMoreFrameGapsThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to have no more frame gaps than the baseline:
                          {fec}
                        but:
                          baseline had 3 frame gaps (4 of 40 frames lost, 10.00%)
                          fec      had 2 frame gaps (3 of 40 frames lost, 7.50%)

                        """ + FRAME_TABLE_BASELINE_FIRST));
    }

    @Test
    void hasFewerFrameGapsThan_with_tolerance() {
        // 3 < 2 + 2
        assertThatCode(() -> assertThat(baseline).hasFewerFrameGapsThan(fec, absoluteTolerance(2)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).hasFewerFrameGapsThan(fec, absoluteTolerance(1)))
                .hasMessageContaining("to have fewer frame gaps than the baseline, with a tolerance of 1 (so below 3):");
    }

    // --------------------------------------------------------------------------------- latency

    @Test
    void hasLatencyMeanNoHigherThan_fails_with_the_latency_rows() {
        assertThatCode(() -> assertThat(baseline).hasLatencyMeanNoHigherThan(fec)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasLatencyMeanNoHigherThan(baseline))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have a latency mean no higher than the baseline:
                          {baseline}
                        but:
                          fec      had a latency mean of 62.7 ms
                          baseline had a latency mean of 50.0 ms

                        metric                               fec        baseline
                        latency_mean_ms                     62.7            50.0
                        latency_p50_ms                      60.0            50.0
                        latency_p95_ms                      60.0            50.0
                        latency_p99_ms                     160.0            50.0"""));
    }

    @Test
    void hasLatencyMeanNoHigherThan_with_an_absolute_tolerance_in_ms() {
        // 2320 / 37 = 62.70 ms <= 50 + 13, but not <= 50 + 12
        assertThatCode(() -> assertThat(fec).hasLatencyMeanNoHigherThan(baseline, absoluteTolerance(13)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasLatencyMeanNoHigherThan(baseline, absoluteTolerance(12)))
                .hasMessageContaining("with a tolerance of 12 (so at most 62):");
    }

    @Test
    void hasLatencyPercentileNoHigherThan_any_percentile_gets_its_own_row() {
        assertThatCode(() -> assertThat(fec).hasLatencyPercentileNoHigherThan(0.9, baseline, absoluteTolerance(10)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileNoHigherThan(0.9, baseline, absoluteTolerance(5)))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to have a latency p90 no higher than the baseline, with a tolerance of 5 (so at most 55):
                          {baseline}
                        but:
                          fec      had a latency p90 of 60.0 ms
                          baseline had a latency p90 of 50.0 ms

                        metric                               fec        baseline
                        latency_mean_ms                     62.7            50.0
                        latency_p50_ms                      60.0            50.0
                        latency_p95_ms                      60.0            50.0
                        latency_p99_ms                     160.0            50.0
                        latency_p90_ms                      60.0            50.0"""));
    }

    @Test
    void hasLatencyPercentileNoHigherThan_p99_uses_the_summary_row() {
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileNoHigherThan(0.99, baseline))
                .hasMessageContaining("fec      had a latency p99 of 160.0 ms")
                .hasMessageEndingWith("latency_p99_ms                     160.0            50.0");
    }

    // ------------------------------------------------------------------------ NACKs, packet loss

    @Test
    void hasFewerNacksThan_fails_with_the_loss_repair_rows() {
        assertThatCode(() -> assertThat(fec).hasFewerNacksThan(baseline)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).hasFewerNacksThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to have fewer NACKs than the baseline:
                          {fec}
                        but:
                          baseline had 18 NACKs
                          fec      had 8 NACKs

                        metric                          baseline             fec
                        nack_total                            18               8
                        packet_loss_total                     30              30
                        fec_recovered                          0               9"""));
    }

    @Test
    void hasNoMoreNacksThan_with_a_relative_tolerance() {
        // 18 <= 8 + 1.25 * 8 = 18
        assertThatCode(() -> assertThat(baseline).hasNoMoreNacksThan(fec, relativeTolerance(1.25)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).hasNoMoreNacksThan(fec, relativeTolerance(1.2)))
                .hasMessageContaining("to have no more NACKs than the baseline, with a tolerance of 120% of the baseline"
                        + " (so at most 17.6):");
        assertThatCode(() -> assertThat(fec).hasNoMoreNacksThan(baseline)).doesNotThrowAnyException();
    }

    @Test
    void reportsFewerLostPacketsThan_is_strict_and_reportsNoMore_is_not() {
        assertThatCode(() -> assertThat(fec).reportsNoMoreLostPacketsThan(baseline)).doesNotThrowAnyException();
        assertThatCode(() -> assertThat(fec).reportsFewerLostPacketsThan(baseline, absoluteTolerance(1)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(fec).reportsFewerLostPacketsThan(baseline))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to report fewer lost packets than the baseline:
                          {baseline}
                        but:
                          fec      reported 30 packets lost
                          baseline reported 30 packets lost

                        metric                               fec        baseline
                        nack_total                             8              18
                        packet_loss_total                     30              30
                        fec_recovered                          9               0"""));
    }

    @Test
    void hasFrameLossRateNoHigherThan_fails_with_the_rates() {
        assertThatThrownBy(() -> assertThat(baseline).hasFrameLossRateNoHigherThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to have a frame-loss rate no higher than the baseline:
                          {fec}
                        but:
                          baseline lost 10.00% of frames (4 of 40)
                          fec      lost 7.50% of frames (3 of 40)

                        """ + FRAME_TABLE_BASELINE_FIRST));
    }

    @Test
    void hasFewerFrameGapsThan_fails_with_the_gap_events_and_loss_rates() {
        assertThatCode(() -> assertThat(fec).hasNoMoreFrameGapsThan(baseline)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(baseline).hasFewerFrameGapsThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to have fewer frame gaps than the baseline:
                          {fec}
                        but:
                          baseline had 3 frame gaps (4 of 40 frames lost, 10.00%)
                          fec      had 2 frame gaps (3 of 40 frames lost, 7.50%)

                        """ + FRAME_TABLE_BASELINE_FIRST));
    }

    @Test
    void hasNoMoreNacksThan_fails_when_more_nacks_were_counted() {
        assertThatThrownBy(() -> assertThat(baseline).hasNoMoreNacksThan(fec))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {baseline}
                        to have no more NACKs than the baseline:
                          {fec}
                        but:
                          baseline had 18 NACKs
                          fec      had 8 NACKs

                        metric                          baseline             fec
                        nack_total                            18               8
                        packet_loss_total                     30              30
                        fec_recovered                          0               9"""));
    }

    @Test
    void reportsNoMoreLostPacketsThan_fails_against_a_run_without_loss() {
        Run quiet = AbRuns.frames(RunDirectoryBuilder.in(dir.resolve("quiet")), Set.of(), 50_000, -1).load();
        assertThatThrownBy(() -> assertThat(fec).reportsNoMoreLostPacketsThan(quiet))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""

                        Expecting run:
                          {fec}
                        to report no more lost packets than the baseline:
                          quiet (%s)
                        but:
                          fec   reported 30 packets lost
                          quiet reported 0 packets lost

                        metric                               fec           quiet
                        nack_total                             8               0
                        packet_loss_total                     30               0
                        fec_recovered                          9               0""".formatted(quiet.path())));
    }

    // ---------------------------------------------------------------------------- descriptions

    @Test
    void as_description_prefixes_the_message() {
        assertThatThrownBy(() -> assertThat(baseline).as("nightly %s", "A/B").losesFewerFramesThan(fec))
                .hasMessageStartingWith("[nightly A/B] \nExpecting run:\n");
    }

    @Test
    void overridingErrorMessage_replaces_the_message() {
        assertThatThrownBy(() -> assertThat(baseline).overridingErrorMessage("FEC made it worse")
                .losesFewerFramesThan(fec))
                .hasMessage("FEC made it worse");
    }
}
