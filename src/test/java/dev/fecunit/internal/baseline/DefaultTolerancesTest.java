package dev.fecunit.internal.baseline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A new stored baseline takes each figure's default tolerance from the figure catalogue. */
class DefaultTolerancesTest {

    @Test
    void stored_baselines_hold_the_recovery_figures_with_their_default_tolerances() {
        assertThat(Baseline.DEFAULT_TOLERANCES).containsEntry("fec_recovery_success_pct", 4.0)
                .containsEntry("loss_repaired_by_fec_pct", 4.0).containsEntry("recovery_rate_pct", 0.8)
                .containsEntry("residual_loss_per_second", 1.1).containsEntry("fec_overhead_pct", 0.2)
                .containsEntry("network_loss_pct", 0.4).containsEntry("frame_loss_rate_pct", 2.0);
    }
}
