package examples;

import dev.fecunit.history.RunHistory;
import dev.fecunit.junit.RunDir;
import dev.fecunit.junit.TestKitOnly;
import dev.fecunit.verdict.Metric;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * What a regression across nights looks like: from 2026-11-17 on, the sample nights ran with FEC_RATE=10
 * instead of 30, so FEC recovery success fell from about 60 % to 17 %; this test fails naming that night, the levels before and
 * after, and the failure carries the history report
 * ({@code target/fecunit-reports/examples.NightlyRegressionDemoTestCases/nothingRegressedOverTheNights/history.png}).
 *
 * <p>It fails on purpose, so the build does not run it directly ({@code @TestKitOnly}; in your own copy,
 * drop that line): {@code dev.fecunit.junit.ExampleHistoryDemoTests} runs it and checks that it fails.
 */
@TestKitOnly
class NightlyRegressionDemoTestCases {

    @Test
    void nothingRegressedOverTheNights(@RunDir("nightly/*/fec") RunHistory nights) {
        assertThat(nights).hasNoRegressionSinceLastAccepted(Metric.RECOVERY_SUCCESS);
    }
}
