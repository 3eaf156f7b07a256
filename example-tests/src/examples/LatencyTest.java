package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * Latency percentiles (capture to receive, nearest rank, as in the report): FlexFEC repairs a loss
 * without waiting a round trip for a retransmission, so the tail latency must drop, and stay within a
 * budget.
 */
class LatencyTest {

    @Test
    void fecCutsTheTailLatency(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        // p95 127.5 vs 167.3 ms, p99 188.8 vs 220.2 ms
        assertThat(fec).hasLatencyPercentileNoHigherThan(0.95, baseline)
                       .hasLatencyPercentileNoHigherThan(0.99, baseline);
    }

    @Test
    void tailLatencyStaysWithinBudget(@RunDir("burst-ab/fec") Run fec) {
        // Budgets from the samples: with FEC, p95 is 122.7..130.5 ms over burst-ab/fec and the five
        // repeats/fec-N runs, without it 160.8..172.5 ms. 150 ms leaves ~20 ms of headroom and still
        // fails a run whose FEC stopped working.
        assertThat(fec).hasLatencyPercentileBelow(0.95, Duration.ofMillis(150));
        // Any figure is a plain AssertJ assert too: p99 is 178.5..191.7 ms with FEC, so 210 ms.
        assertThat(fec).latencyPercentileMs(0.99).isLessThan(210.0);
        // the median is the network's own delay (~40 ms), loss or not
        assertThat(fec).latencyPercentileMs(0.50).isBetween(30.0, 50.0);
    }

    @Test
    void betweenTheBurstsLatencyIsLow(@RunDir("burst-ab/fec") Run fec) {
        // The same assertions over a part of the run. Outside the shaper's bursts (1 % base loss) p95 is
        // 85.3 ms, inside them 182.6 ms; 100 ms catches a tail that leaks out of the bursts.
        assertThat(fec).outsideBursts().hasLatencyPercentileBelow(0.95, Duration.ofMillis(100));
        // During the bursts the burst itself sets the tail: p95 is 170..184 ms over the FEC samples, so
        // 200 ms (navigation form; the description says "during bursts")
        assertThat(fec).duringBursts().latencyPercentileMs(0.95).isLessThan(200.0);
    }
}
