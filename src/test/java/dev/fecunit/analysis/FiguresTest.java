package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.Percentiles;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figure catalogue: each recovery and condition figure hand-worked on a tiny run's counters. */
class FiguresTest {

    @Test
    void recovery_success_is_recovered_per_recovery_attempt(@TempDir Path dir) {
        assertThat(Figures.RECOVERY_SUCCESS.of(FiguresTestRuns.recoveryRun(dir))).isEqualTo(75.0); // 100 · 45 / 60
    }

    @Test
    void loss_repaired_by_fec_is_recovered_per_packet_lost_on_the_way_in(@TempDir Path dir) {
        assertThat(Figures.LOSS_REPAIRED_BY_FEC.of(FiguresTestRuns.recoveryRun(dir))).isEqualTo(45.0); // 100 · 45 / 100
    }

    @Test
    void recovery_rate_is_recovered_per_fec_packet_received(@TempDir Path dir) {
        assertThat(Figures.RECOVERY_RATE.of(FiguresTestRuns.recoveryRun(dir))).isEqualTo(20.0); // 100 · 45 / 225
    }

    @Test
    void residual_loss_rate_is_loss_fec_did_not_repair_per_second(@TempDir Path dir) {
        // (100 − 45) / 10.000001 s: the window [T0, T1] holds both ends, 10 000 001 µs
        assertThat(Figures.RESIDUAL_LOSS_RATE.of(FiguresTestRuns.recoveryRun(dir))).isEqualTo(55 / 10.000001);
    }

    @Test
    void fec_overhead_is_fec_packets_per_media_packet(@TempDir Path dir) {
        assertThat(Figures.FEC_OVERHEAD.of(FiguresTestRuns.recoveryRun(dir))).isEqualTo(25.0); // 100 · 225 / 900
    }

    @Test
    void network_loss_is_lost_over_received_plus_lost(@TempDir Path dir) {
        assertThat(Figures.NETWORK_LOSS.of(FiguresTestRuns.recoveryRun(dir))).isEqualTo(10.0); // 100 · 100 / (900 + 100)
    }

    @Test
    void a_ratio_figure_of_a_scope_adds_up_numerators_and_denominators(@TempDir Path dir) {
        Run run = FiguresTestRuns.recoveryRun(dir);
        Ratio sums = Figures.RECOVERY_SUCCESS.sums(run, Scope.whole(run));
        assertThat(sums).isEqualTo(new Ratio(4500, 60));
    }

    @Test
    void recovery_figures_without_fec_have_no_value(@TempDir Path dir) {
        Run run = RunDirectoryBuilder.in(dir).window(0, 10_000_000).frames(1, 300, 0, 33_333, 20_000).load();
        assertThat(Figures.RECOVERY_SUCCESS.of(run)).isNaN();
        assertThat(Figures.LOSS_REPAIRED_BY_FEC.of(run)).isNaN();
        assertThat(Figures.RECOVERY_RATE.of(run)).isNaN();
        assertThat(Figures.RESIDUAL_LOSS_RATE.of(run)).isZero();
        assertThat(RunSummary.of(run).recoveryRatePct()).isZero(); // the run summary's rule, as the sweep script's
    }

    @Test
    void the_catalogue_says_direction_unit_and_defaults_of_the_recovery_figures() {
        assertThat(List.of(Figures.RECOVERY_SUCCESS, Figures.LOSS_REPAIRED_BY_FEC, Figures.RECOVERY_RATE,
                Figures.RESIDUAL_LOSS_RATE, Figures.FEC_OVERHEAD, Figures.NETWORK_LOSS))
                .extracting(Figure::toString)
                .containsExactly("FEC recovery success (%, higher is better)",
                        "loss repaired by FEC (%, higher is better)",
                        "FEC recovery rate (%, higher is better)",
                        "residual loss rate (/s, lower is better)",
                        "FEC overhead (%, reported, not judged)",
                        "network loss (%, reported, not judged)");
        assertThat(Figures.PACKET_LOSS_RATE.direction()).isEqualTo(Direction.NOT_JUDGED);
    }

    @Test
    void keys_are_unique_across_the_catalogue() {
        assertThat(Figures.all()).extracting(Figure::key).doesNotHaveDuplicates();
        assertThat(Figures.summary()).extracting(Figure::summaryKey).doesNotHaveDuplicates();
    }

    @Test
    void the_summary_lists_the_seed_figures_first_then_the_rates_and_recovery_figures() {
        assertThat(Figures.summary()).extracting(Figure::summaryKey).containsExactly(
                "frames_received", "frames_expected", "frames_lost", "gap_events", "latency_mean_ms",
                "latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "fec_received", "fec_recovery_attempts",
                "fec_recovered", "fec_recovery_failed", "fec_unused", "fec_invalid", "nack_total",
                "packet_loss_total", "frame_loss_pct", "recovery_rate_pct", "fec_recovery_success_pct",
                "loss_repaired_by_fec_pct", "residual_loss_per_second", "fec_overhead_pct", "network_loss_pct");
    }

    @Test
    void percentile_names_are_made_once_from_the_shortest_decimal() {
        assertThat(Percentiles.name(0.29)).isEqualTo("p29");
        assertThat(Percentiles.name(0.999)).isEqualTo("p99.9");
        assertThat(Percentiles.name(0.5)).isEqualTo("p50");
        assertThat(Figures.latencyPercentile(0.29, 5.0)).extracting(Figure::key, Figure::name)
                .containsExactly("latency_p29_ms", "latency p29");
        assertThat(Figures.latencyPercentile(0.999, 5.0).key()).isEqualTo("latency_p99_9_ms");
        assertThat(Figures.latencyPercentile(0.95, 1.0)).isSameAs(Figures.LATENCY_P95);
    }

    @Test
    void a_count_is_no_ratio(@TempDir Path dir) {
        Run run = FiguresTestRuns.recoveryRun(dir);
        assertThatThrownBy(() -> Figures.FRAMES_LOST.sums(run, Scope.whole(run)))
                .hasMessage("Figure [frames_lost] is a count, not a ratio of sums");
        assertThat(Figures.FRAMES_LOST.of(run)).isZero(); // ids 1..300 all received
    }

    @Test
    void tables_print_with_the_catalogue_precision() {
        assertThat(Figures.LATENCY_P95.format(12.25)).isEqualTo("12.2");
        assertThat(Figures.FRAMES_LOST.format(37)).isEqualTo("37");
        assertThat(Figures.RECOVERY_SUCCESS.format(Double.NaN)).isEqualTo("nan");
    }
}
