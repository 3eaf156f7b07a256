package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * The A/B regression test: under the same loss, the run with FlexFEC must lose fewer frames than the
 * baseline without it. Relative paths resolve against {@code fecunit.runs.root} (this build sets it to
 * {@code example-tests/runs}, see the pom). Sample figures quoted below are those of
 * {@code java -jar target/fecunit-cli.jar summary --run ... --run ...}.
 */
class FlexFecRegressionTest {

    @Test
    void fecRecoversAsWellAsTheLastGoodBuild(@RunDir("recovery-ab/fec30-a") Run lastGood,
                                             @RunDir("recovery-ab/fec30-b") Run candidate) {
        // the README's first example: the verdict form to use in CI (fails only on WORSE, beyond the noise);
        // RecoveryVerdictTest shows the same check failing on a FEC rate cut to 10 %
        assertThat(candidate).isWellFormed();
        assertThat(candidate).comparedTo(lastGood).recoverySuccess().isNotWorse();
        assertThat(candidate).comparedTo(lastGood).lossRepairedByFec().isNotWorse();
    }

    @Test
    void fecLosesFewerFramesThanBaseline(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        // 31 vs 85 frames lost; isWellFormed() first, so a run that died half-way is refused, not judged
        assertThat(fec).isWellFormed().losesFewerFramesThan(baseline);
    }

    @Test
    void fecLowersTheFrameLossRateUnderUniformLoss(@RunDir("uniform-ab/baseline") Run baseline,
                                                   @RunDir("uniform-ab/fec") Run fec) {
        // the rate (100 * lost / expected) compares runs of different lengths: 0.72 % vs 1.89 %
        assertThat(fec).hasLowerFrameLossRateThan(baseline)
                       .hasFewerNacksThan(baseline);   // 149 vs 1039: FEC repairs what NACKs would re-request
    }

    @Test
    void fecAddsNoDelayToTheTypicalFrame(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        // A tolerance where noise makes a strict comparison flaky: the median latency is set by the
        // network, not by FEC (40.1 ms vs 40.4 ms here), and moves between 39.9 and 40.7 ms over the five
        // repeats/ runs of the same setup; 2 ms is that noise with headroom, still far below what a
        // FEC encoder holding frames back would add (a frame interval, 33 ms).
        assertThat(fec).hasLatencyPercentileNoHigherThan(0.50, baseline, absoluteTolerance(2));
        // the same idea relative to the baseline: the mean may be at most 10 % above it (54.1 vs 64.0 ms)
        assertThat(fec).hasLatencyMeanNoHigherThan(baseline, relativeTolerance(0.10));
    }

    @Test
    void aCleanNetworkLosesNoFrame(@RunDir("no-loss/fec") Run fec) {
        assertThat(fec).losesAtMostFrames(0)
                       .hasNoFrameGaps()
                       // a 30 fps camera delivered 30 frames in every second; 28 leaves room for a frame
                       // landing just across a second's edge
                       .deliversAtLeastFpsInEverySecond(28);
    }
}
