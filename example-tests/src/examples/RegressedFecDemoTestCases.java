package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;
import dev.fecunit.junit.TestKitOnly;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * What a regression looks like: {@code burst-ab/fec-regressed} ran with FEC_RATE=5 instead of 30 and
 * loses more frames than the baseline (101 vs 85), so this test fails with a message naming both runs,
 * their losses and the summary rows, and the failure carries the report of both runs
 * ({@code target/fecunit-reports/examples.RegressedFecDemoTestCases/fecLosesFewerFramesThanBaseline/fec_report.png}).
 *
 * <p>It fails on purpose, so the build does not run it directly ({@code @TestKitOnly}; in your
 * own copy, drop that line): {@code dev.fecunit.junit.ExampleRegressionDemoTests} runs it and checks
 * that it fails with the report attached.
 */
@TestKitOnly
class RegressedFecDemoTestCases {

    @Test
    void fecLosesFewerFramesThanBaseline(@RunDir("burst-ab/baseline") Run baseline,
                                         @RunDir("burst-ab/fec-regressed") Run fec) {
        assertThat(fec).losesFewerFramesThan(baseline);
    }
}
