package examples;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SFU's FlexFEC counters ({@code livekit_flexfec_packet_total} by state): FEC must arrive,
 * repair most of what it attempts, and the baseline must not see any.
 */
class FecRecoveryTest {

    @Test
    void theSfuRecoversMostPacketsItAttempts(@RunDir("burst-ab/fec") Run fec) {
        RunSummary summary = RunSummary.of(fec);
        assertThat(summary.fecReceived()).isPositive();
        assertThat(summary.fecRecovered() / summary.fecRecoveryAttempts())
                .as("recovered / recovery attempts").isGreaterThan(0.7);
        assertThat(summary.fecInvalid()).as("unparsable FEC packets").isLessThan(10);
    }

    @Test
    void fecNeedsFewerNacks(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        assertThat(RunSummary.of(baseline).fecReceived()).isZero();
        assertThat(RunSummary.of(fec).nackTotal()).isLessThan(RunSummary.of(baseline).nackTotal());
    }
}
