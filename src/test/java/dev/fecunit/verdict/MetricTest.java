package dev.fecunit.verdict;

import dev.fecunit.analysis.Direction;
import dev.fecunit.analysis.Figures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Metric} is the figure catalogue's view: the same names, keys and directions. */
class MetricTest {

    @Test
    void a_latency_percentile_is_named_as_everywhere_else() {
        // Before the catalogue, 0.29 was "latency p28.999999999999996" here and "p29" in assertion messages.
        assertThat(Metric.latencyPercentile(0.29, 5.0).name()).isEqualTo("latency p29");
        assertThat(Metric.latencyPercentile(0.29, 5.0).key()).isEqualTo("latency_p29_ms");
        assertThat(Metric.latencyPercentile(0.999, 5.0).name()).isEqualTo("latency p99.9");
        assertThat(Metric.latencyPercentile(0.95, 5.0)).isSameAs(Metric.LATENCY_P95);
        assertThat(Metric.latencyPercentile(0.95, 7.0).defaultMinimumChange()).isEqualTo(7.0);
    }

    @Test
    void the_built_in_metrics_are_the_catalogues_comparable_figures_in_order() {
        assertThat(Metric.builtIn()).extracting(Metric::figure).containsExactlyElementsOf(Figures.comparable());
        assertThat(Metric.RECOVERY_SUCCESS.figure()).isSameAs(Figures.RECOVERY_SUCCESS);
        assertThat(Metric.forFigure(Figures.NETWORK_LOSS)).isSameAs(Metric.NETWORK_LOSS);
        assertThat(Metric.builtIn()).usingElementComparator((a, b) -> a == b ? 0 : 1).containsExactly(
                Metric.FRAME_LOSS_RATE, Metric.GAP_EVENTS_PER_MINUTE, Metric.LATENCY_MEAN, Metric.LATENCY_P50,
                Metric.LATENCY_P95, Metric.LATENCY_P99, Metric.NACK_RATE, Metric.PACKET_LOSS_RATE,
                Metric.FREEZES_PER_MINUTE, Metric.FROZEN_TIME, Metric.RECOVERY_SUCCESS, Metric.LOSS_REPAIRED_BY_FEC,
                Metric.RECOVERY_RATE, Metric.RESIDUAL_LOSS_RATE, Metric.FEC_OVERHEAD, Metric.NETWORK_LOSS);
    }

    @Test
    void the_recovery_metrics_have_the_documented_keys_and_directions() {
        assertThat(Metric.RECOVERY_SUCCESS).hasToString("FEC recovery success (%, higher is better)");
        assertThat(Metric.LOSS_REPAIRED_BY_FEC.key()).isEqualTo("loss_repaired_by_fec_pct");
        assertThat(Metric.RECOVERY_RATE.key()).isEqualTo("recovery_rate_pct");
        assertThat(Metric.RESIDUAL_LOSS_RATE).hasToString("residual loss rate (/s, lower is better)");
        assertThat(Metric.FEC_OVERHEAD).hasToString("FEC overhead (%, reported, not judged)");
        assertThat(Metric.NETWORK_LOSS.key()).isEqualTo("network_loss_pct");
        assertThat(Metric.PACKET_LOSS_RATE).hasToString("packet loss rate (/s, reported, not judged)");
    }

    @Test
    void a_not_judged_figure_that_moved_is_changed_and_can_be_judged_on_request() {
        Interval up = new Interval(2.0, 4.0);
        assertThat(Decision.verdict(3.0, up, 1.0, Direction.NOT_JUDGED)).isEqualTo(Verdict.CHANGED);
        assertThat(Decision.verdict(-3.0, new Interval(-4.0, -2.0), 1.0, Direction.NOT_JUDGED)).isEqualTo(Verdict.CHANGED);
        assertThat(Decision.verdict(0.1, new Interval(-0.5, 0.5), 1.0, Direction.NOT_JUDGED)).isEqualTo(Verdict.SAME);
        Metric judged = Metric.PACKET_LOSS_RATE.judged(Direction.LOWER_IS_BETTER);
        assertThat(judged.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(judged.figure().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Decision.verdict(3.0, up, 1.0, judged.direction())).isEqualTo(Verdict.WORSE);
    }
}
