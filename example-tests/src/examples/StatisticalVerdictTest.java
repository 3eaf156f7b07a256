package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;
import dev.fecunit.verdict.RunSet;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/**
 * Verdicts that know how noisy runs are: the harness ran each configuration five times
 * ({@code repeats/fec-N}, {@code repeats/baseline-N}); {@code @RunDir} with a pattern injects all
 * of them as one {@link RunSet}, and the comparison reads the noise from the burst and steady windows
 * at the same position in each run (see docs/verdicts.md for the measured false-alarm and detection rates).
 */
class StatisticalVerdictTest {

    @Test
    void fecBeatsTheBaselineOverFiveRepeats(@RunDir("repeats/fec-*") RunSet fec,
                                            @RunDir("repeats/baseline-*") RunSet baseline) {
        assertThat(fec).comparedTo(baseline).latencyPercentile(0.95).isBetter();
        assertThat(fec).comparedTo(baseline).nackRate().isBetter();
        // Five 60 s runs a side cannot tell frame loss apart here (INCONCLUSIVE), so only "not worse" holds.
        assertThat(fec).comparedTo(baseline).frameLossRate().isNotWorse();
    }

    @Test
    void aCutFecRateIsCaughtFromASinglePair(@RunDir("burst-ab/fec-regressed") Run regressed,
                                            @RunDir("burst-ab/fec") Run fec) {
        // FEC_RATE=5 instead of 30: twice the NACKs, beyond the noise of one 60 s run each.
        assertThatThrownBy(() -> assertThat(regressed).comparedTo(fec).nackRate().isNotWorse())
                .hasMessageStartingWith("Expecting the candidate's NACK rate not to be worse than the baseline's,"
                        + " but it is WORSE:");
    }
}
