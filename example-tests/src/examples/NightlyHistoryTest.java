package examples;

import dev.fecunit.history.RunHistory;
import dev.fecunit.junit.RunDir;
import dev.fecunit.verdict.Metric;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * A nightly job's history ({@code nightly/<date>/fec}, 24 nights): every night matching the glob, in
 * time order, injected as one {@link RunHistory}. Change points say when a figure's level shifted;
 * the latest night is judged against the nights since the last change point.
 */
class NightlyHistoryTest {

    @Test
    void lastNightIsNotWorseThanTheNightsSinceTheLastChange(@RunDir("nightly/*/fec") RunHistory nights) {
        assertThat(nights).latest().comparedToHistory().recoverySuccess().isNotWorse();
    }

    @Test
    void theFecRateCutOnNovember17IsAcceptedSoNothingRegressedSince(@RunDir("nightly/*/fec") RunHistory nights) {
        assertThat(nights).acceptingChangesThrough("2026-11-17")
                .hasNoRegressionSinceLastAccepted(Metric.RECOVERY_SUCCESS, Metric.LOSS_REPAIRED_BY_FEC);
    }
}
