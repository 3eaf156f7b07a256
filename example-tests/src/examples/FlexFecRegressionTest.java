package examples;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The A/B regression test: under the same bursty loss, the run with FlexFEC must lose fewer frames
 * than the baseline without it. Relative paths resolve against {@code fecunit.runs.root}
 * (this build sets it to {@code example-tests/runs}, see the pom).
 */
class FlexFecRegressionTest {

    @Test
    void fecLosesFewerFramesThanBaseline(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        assertThat(RunSummary.of(fec).framesLost())
                .as("frames lost with FlexFEC (%s) vs without (%s)", fec.name(), baseline.name())
                .isLessThan(RunSummary.of(baseline).framesLost());
    }

    @Test
    void fecHalvesFrameLossUnderUniformLoss(@RunDir("uniform-ab/baseline") Run baseline,
                                            @RunDir("uniform-ab/fec") Run fec) {
        // frame loss % = 100 * lost / expected: comparable between runs of different lengths
        assertThat(RunSummary.of(fec).frameLossPct())
                .isLessThanOrEqualTo(RunSummary.of(baseline).frameLossPct() / 2);
    }

    @Test
    void aCleanNetworkLosesNoFrame(@RunDir("no-loss/fec") Run fec) {
        RunSummary summary = RunSummary.of(fec);
        assertThat(summary.framesLost()).isZero();
        assertThat(summary.gapEvents()).isZero();
    }
}
