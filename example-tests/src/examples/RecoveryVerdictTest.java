package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * A FEC recovery regression caught from single 60 s runs of the harness's default profile (2 % base
 * loss, 25 % bursts of 3 s every 15 s, bursty masks): {@code recovery-ab/fec10} ran with the FEC rate
 * cut from 30 % to 10 %. Frame loss cannot tell one such run from another (+1.8 points, interval
 * -5.5 .. +9.0: inconclusive), but the recovery figures can: the share of recovery attempts that succeed
 * falls from 54.5 % to 14.8 %, far beyond the noise of the runs' burst and steady windows.
 */
class RecoveryVerdictTest {

    @Test
    void aCutFecRateIsWorseOnRecoveryFromOneRunASide(@RunDir("recovery-ab/fec10") Run fec10,
                                                     @RunDir("recovery-ab/fec30-a") Run fec30) {
        // Expected failures: the verdict is WORSE, and the message is the whole comparison.
        assertThatThrownBy(() -> assertThat(fec10).comparedTo(fec30).recoverySuccess().isNotWorse())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it is WORSE")
                .hasMessageContaining("difference: -39.74 % [95 % interval -45.78, -33.7]");
        assertThatThrownBy(() -> assertThat(fec10).comparedTo(fec30).lossRepairedByFec().isNotWorse())
                .hasMessageContaining("but it is WORSE");
        // Frame loss, what viewers see, needs more runs for a cut of this size (docs/verdicts.md).
        assertThat(fec10).comparedTo(fec30).frameLossRate().isNotWorse();
    }

    @Test
    void anUnchangedBuildPasses(@RunDir("recovery-ab/fec30-b") Run again, @RunDir("recovery-ab/fec30-a") Run fec30) {
        // Another run of the same build. It happens to recover more (63.1 % against 54.5 %: BETTER by the
        // verdict; an unchanged build is judged WORSE or BETTER in a few % of pairs), which isNotWorse accepts.
        assertThat(again).comparedTo(fec30).recoverySuccess().isNotWorse();
        assertThat(again).comparedTo(fec30).lossRepairedByFec().isNotWorse();
        assertThat(again).comparedTo(fec30).frameLossRate().isNotWorse();
    }
}
