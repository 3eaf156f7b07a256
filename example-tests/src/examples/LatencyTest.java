package examples;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency percentiles (capture to receive, nearest rank): FlexFEC repairs losses without waiting
 * for a retransmission, so the tail latency must drop, and stay under a budget.
 */
class LatencyTest {

    @Test
    void fecCutsTheTailLatency(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        assertThat(RunSummary.of(fec).latencyP95Ms()).isLessThan(RunSummary.of(baseline).latencyP95Ms());
        assertThat(RunSummary.of(fec).latencyP99Ms()).isLessThan(RunSummary.of(baseline).latencyP99Ms());
    }

    @Test
    void tailLatencyStaysWithinBudget(@RunDir("burst-ab/fec") Run fec) {
        RunSummary summary = RunSummary.of(fec);
        assertThat(summary.latencyP50Ms()).isLessThan(50.0);
        assertThat(summary.latencyP99Ms()).isLessThan(200.0);
    }

    @Test
    void outsideTheLossBurstsLatencyIsAsLowAsOnACleanNetwork(@RunDir("burst-ab/fec") Run fec) {
        // the same figures over a part of the run: here the seconds between the shaper's bursts
        RunSummary steady = RunSummary.of(fec, Scope.outsideBursts(fec));
        assertThat(steady.latencyP95Ms()).isLessThan(RunSummary.of(fec).latencyP95Ms());
    }
}
