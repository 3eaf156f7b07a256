package dev.fecunit.assertj;

import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.SummaryFigure;
import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/** Every figure as a standard AssertJ assert, described by run and figure. */
class NavigationTest extends AbTest {

    @Test
    void frame_figures_are_number_asserts_on_the_runs_counts() {
        assertThat(fec).framesReceived().isEqualTo(37);
        assertThat(fec).framesExpected().isEqualTo(40);
        assertThat(fec).framesLost().isEqualTo(3);
        assertThat(fec).gapEvents().isEqualTo(2);
        assertThat(fec).frameLossPct().isEqualTo(7.5);
    }

    @Test
    void latency_figures_are_number_asserts_on_the_runs_latencies() {
        assertThat(fec).latencyMeanMs().isEqualTo(2320.0 / 37);
        assertThat(fec).latencyPercentileMs(0.5).isEqualTo(60.0);
        assertThat(fec).latencyPercentileMs(0.99).isEqualTo(160.0);
        assertThat(fec).latencyPercentileMs(1.0).isEqualTo(160.0);
    }

    @Test
    void counter_figures_are_number_asserts_on_the_runs_counter_deltas() {
        assertThat(fec).fecReceived().isEqualTo(60.0);
        assertThat(fec).fecRecovered().isEqualTo(9.0);
        assertThat(fec).recoveryRatePct().isEqualTo(15.0);
        assertThat(fec).nackTotal().isEqualTo(8.0);
        assertThat(fec).packetLossTotal().isEqualTo(30.0);
        assertThat(fec).figure(SummaryFigure.FEC_UNUSED).isEqualTo(50.0);
        assertThat(fec).figure(SummaryFigure.FEC_RECOVERY_ATTEMPTS).isEqualTo(10.0);
    }

    @Test
    void a_failed_figure_assertion_names_the_run_and_the_figure() {
        assertThatThrownBy(() -> assertThat(fec).latencyPercentileMs(0.99).isLessThan(100.0))
                .isInstanceOf(AssertionError.class)
                .hasMessage(message("""
                        [{fec}: latency p99 (ms)]\s
                        Expecting actual:
                          160.0
                        to be less than:
                          100.0\s"""));
    }

    @Test
    void the_description_keeps_the_users_own_and_says_the_scope() {
        assertThatThrownBy(() -> assertThat(fec).as("nightly").duringBursts().framesLost().isZero())
                .hasMessage(message("[nightly: {fec}: frames lost during bursts] \nexpected: 0L\n but was: 1L"));
    }

    @Test
    void summary_and_diagnostics_are_navigable_and_named_by_run_and_scope() {
        assertThat(fec).summary().isEqualTo(RunSummary.of(fec));
        assertThat(fec).summary().framesLost().isEqualTo(3);
        assertThat(fec).diagnostics().isEmpty();
        assertThatThrownBy(() -> assertThat(fec).duringBursts().summary().latencyP99Ms().isGreaterThan(100.0))
                .hasMessageStartingWith(message("[{fec}: summary during bursts: latency_p99_ms] \n"));
        assertThatThrownBy(() -> assertThat(fec).diagnostics().isNotEmpty())
                .hasMessageStartingWith(message("[{fec}: diagnostics] \n"));
    }

    @Test
    void summary_assert_navigates_by_figure_key() {
        RunSummary summary = RunSummary.of(baseline);
        assertThat(summary).framesLost().isEqualTo(4);
        assertThat(summary).frameLossPct().isEqualTo(10.0);
        assertThat(summary).latencyP50Ms().isEqualTo(50.0);
        assertThat(summary).latencyP95Ms().isEqualTo(50.0);
        assertThat(summary).latencyP99Ms().isEqualTo(50.0);
        assertThat(summary).recoveryRatePct().isZero();
        assertThat(summary).figure(SummaryFigure.NACK_TOTAL).isEqualTo(18.0);
        assertThatThrownBy(() -> assertThat(summary).framesLost().isZero())
                .hasMessage("[frames_lost] \nexpected: 0L\n but was: 4L"); // a whole number, as assertThat(run).framesLost()
        assertThatThrownBy(() -> assertThat(summary).as("baseline").framesLost().isZero())
                .hasMessageStartingWith("[baseline: frames_lost] ");
    }
}
