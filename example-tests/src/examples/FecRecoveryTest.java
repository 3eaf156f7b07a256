package examples;

import dev.fecunit.Run;
import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * The SFU's FlexFEC counters ({@code livekit_flexfec_packet_total} by state): FEC must arrive and
 * repair packets, most of all during the loss bursts, and the SFU must be able to parse it.
 */
class FecRecoveryTest {

    @Test
    void theSfuRecoversPacketsFromFec(@RunDir("burst-ab/fec") Run fec) {
        // 542 packets recovered here, 445..509 in the five repeats/fec-N runs of the same setup, but 57
        // with FEC_RATE=5 (burst-ab/fec-regressed): 400 keeps ~10 % headroom under the lowest good run.
        assertThat(fec).recoversAtLeast(400)
                       // recovery rate = 100 * recovered / received. Most FEC packets protect packets that
                       // arrived anyway (1 % base loss), so the rate is low: 9.6 % (8.4..9.7 % in repeats/)
                       .hasRecoveryRateAtLeast(7.0);
    }

    @Test
    void fecWorksWhereTheLossIs(@RunDir("burst-ab/fec") Run fec) {
        // During the bursts (15 % loss) far more FEC packets are needed: 28 % (20..24 % in repeats/).
        assertThat(fec).duringBursts().hasRecoveryRateAtLeast(15.0);
        // 372 of the 542 recoveries happen in the bursts, which are only a quarter of the run
        assertThat(fec).duringBursts().fecRecovered().isGreaterThan(250.0);
    }

    @Test
    void fecNeedsFewerNacks(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        assertThat(baseline).fecReceived().isZero();   // the baseline ran without FEC
        assertThat(fec).hasFewerNacksThan(baseline);    // 536 vs 1113
    }

    @Test
    void theSfuParsesAlmostEveryFecPacket(@RunDir("burst-ab/fec") Run fec) {
        // Against your own SFU, demand hasNoInvalidFecPackets(). The simulator behind the sample runs
        // corrupts one FEC packet in 2000 (4 of 5627 here, 0..4 in repeats/), so the strict form fails
        // on them, saying how many:
        assertThatThrownBy(() -> assertThat(fec).hasNoInvalidFecPackets())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have no invalid FlexFEC packets");
        // ...and the samples bound the count instead, with any figure of the summary table by its key:
        assertThat(fec).figure(SummaryFigure.FEC_INVALID).isLessThanOrEqualTo(10.0);
    }
}
