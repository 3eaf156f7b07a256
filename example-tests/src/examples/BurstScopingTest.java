package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * FEC exists for the loss bursts: {@code duringBursts()} restricts the assertions that follow to the
 * shaper's burst windows ({@code burst_on} .. {@code burst_off} in {@code events.csv}),
 * {@code outsideBursts()} to the time between them. A comparison judges each run over its own bursts.
 */
class BurstScopingTest {

    @Test
    void fecLosesFewerFramesDuringTheBursts(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        // 31 of 466 frames vs 68 of 459 during the bursts
        assertThat(fec).duringBursts().losesFewerFramesThan(baseline)
                       .hasFrameLossRateNoHigherThan(baseline)
                       // back to the whole run for the rest of the chain
                       .overTheWholeRun().losesFewerFramesThan(baseline);
    }

    @Test
    void betweenTheBurstsFecRepairsTheBaseLoss(@RunDir("burst-ab/fec") Run fec) {
        // 1 % base loss outside the bursts: FEC repairs all of it here (0 of 1335 frames lost); the
        // repeats/fec-N runs lose 0..1.5 % there (20 frames at most), so 2 % and 30 frames leave headroom
        assertThat(fec).outsideBursts().hasFrameLossRateAtMost(2.0);
        // the navigation asserts take the scope too (described "... frames lost outside bursts")
        assertThat(fec).outsideBursts().framesLost().isLessThanOrEqualTo(30L);
    }
}
