package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/** Misuse is a programming error with a sentence that says what to pass; a null run fails as in AssertJ. */
class BadArgumentsTest extends AbTest {

    /** Every comparison, called with a given baseline. */
    private List<Consumer<Run>> comparisons() {
        return List.of(
                b -> assertThat(fec).losesFewerFramesThan(b),
                b -> assertThat(fec).losesNoMoreFramesThan(b),
                b -> assertThat(fec).hasLowerFrameLossRateThan(b),
                b -> assertThat(fec).hasFrameLossRateNoHigherThan(b),
                b -> assertThat(fec).hasFewerFrameGapsThan(b),
                b -> assertThat(fec).hasNoMoreFrameGapsThan(b),
                b -> assertThat(fec).hasLatencyMeanNoHigherThan(b),
                b -> assertThat(fec).hasLatencyPercentileNoHigherThan(0.95, b),
                b -> assertThat(fec).hasFewerNacksThan(b),
                b -> assertThat(fec).hasNoMoreNacksThan(b),
                b -> assertThat(fec).reportsFewerLostPacketsThan(b),
                b -> assertThat(fec).reportsNoMoreLostPacketsThan(b));
    }

    @Test
    void a_null_baseline_is_a_NullPointerException_saying_what_to_pass() {
        for (Consumer<Run> comparison : comparisons()) {
            assertThatThrownBy(() -> comparison.accept(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("The baseline run must not be null: pass the Run to compare with");
        }
    }

    @Test
    void a_null_tolerance_is_a_NullPointerException_saying_what_to_pass() {
        assertThatThrownBy(() -> assertThat(fec).losesNoMoreFramesThan(baseline, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The tolerance must not be null: pass e.g. Tolerance.absolute(2), or call the method without one");
    }

    @Test
    void a_null_run_fails_like_any_AssertJ_assertion_on_null() {
        Run none = null;
        for (Executable check : List.<Executable>of(
                () -> assertThat(none).losesFewerFramesThan(baseline),
                () -> assertThat(none).losesAtMostFrames(1),
                () -> assertThat(none).hasNoDiagnostics(),
                () -> assertThat(none).isWellFormed(),
                () -> assertThat(none).framesLost(),
                () -> assertThat(none).summary(),
                () -> assertThat((RunSummary) null).framesLost())) {
            assertThatThrownBy(check::execute)
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("\nExpecting actual not to be null");
        }
    }

    @Test
    void a_negative_tolerance_is_an_IllegalArgumentException() {
        assertThatThrownBy(() -> Tolerance.absolute(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Absolute tolerance must be a finite number that is not negative (e.g. Tolerance.absolute(3)"
                        + " for 3 frames) but was [-1.0]");
        assertThatThrownBy(() -> FecAssertions.relativeTolerance(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Relative tolerance must be a finite number that is not negative (a fraction of the baseline,"
                        + " e.g. Tolerance.relative(0.10) for 10 %) but was [-0.1]");
        assertThatThrownBy(() -> FecAssertions.absoluteTolerance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.relative(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_percentile_outside_0_to_1_is_an_IllegalArgumentException() {
        String expected = "Percentile must be a fraction between 0 and 1 (0.95 for p95) but was [95.0]";
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileNoHigherThan(95, baseline))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileBelow(95, Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        assertThatThrownBy(() -> assertThat(fec).latencyPercentileMs(95))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        assertThatThrownBy(() -> assertThat(fec).latencyPercentileMs(-0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Percentile must be a fraction between 0 and 1 (0.95 for p95) but was [-0.5]");
    }

    @Test
    void negative_bounds_are_IllegalArgumentExceptions() {
        assertThatThrownBy(() -> assertThat(fec).losesAtMostFrames(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Maximum frames lost must not be negative (e.g. losesAtMostFrames(0)) but was [-1]");
        assertThatThrownBy(() -> assertThat(fec).recoversAtLeast(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Minimum packets recovered must not be negative (e.g. recoversAtLeast(1)) but was [-2]");
        assertThatThrownBy(() -> assertThat(fec).hasAtMostNacks(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Maximum NACKs must not be negative (e.g. hasAtMostNacks(0)) but was [-3]");
        assertThatThrownBy(() -> assertThat(fec).deliversAtLeastFps(-25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Minimum fps must not be negative (e.g. deliversAtLeastFps(25)) but was [-25]");
        assertThatThrownBy(() -> assertThat(fec).deliversAtLeastFpsInEverySecond(-0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Minimum fps must not be negative (e.g. deliversAtLeastFpsInEverySecond(20)) but was [-0.5]");
    }

    @Test
    void percentages_outside_0_to_100_are_IllegalArgumentExceptions() {
        assertThatThrownBy(() -> assertThat(fec).hasFrameLossRateAtMost(0.015 - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Maximum frame-loss rate must be a percentage between 0 and 100 (1.5 for 1.5 %) but was"
                        + " [-0.985]");
        assertThatThrownBy(() -> assertThat(fec).hasRecoveryRateAtLeast(150))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Minimum recovery rate must be a percentage between 0 and 100 (1.5 for 1.5 %) but was [150]");
    }

    @Test
    void a_null_or_negative_latency_limit_is_rejected() {
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileBelow(0.99, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The latency limit must not be null: pass e.g. Duration.ofMillis(250)");
        assertThatThrownBy(() -> assertThat(fec).hasLatencyPercentileBelow(0.99, Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The latency limit must not be negative but was [PT-0.005S]");
    }

    @Test
    void a_null_figure_is_rejected() {
        assertThatThrownBy(() -> assertThat(fec).figure(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The figure must not be null: pass e.g. SummaryFigure.FRAMES_LOST");
    }
}
