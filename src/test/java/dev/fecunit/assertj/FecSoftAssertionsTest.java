package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.nio.file.Path;
import java.time.Duration;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatCode;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Soft assertions collect every failed FEC check of a test into one error. */
class FecSoftAssertionsTest extends AbTest {

    @Test
    void several_failed_fec_checks_are_collected_in_one_error() {
        FecSoftAssertions softly = new FecSoftAssertions();
        softly.assertThat(baseline).losesFewerFramesThan(fec);                        // fails: 4 vs 3
        softly.assertThat(fec).duringBursts().losesAtMostFrames(0).hasNoFrameGaps();  // fails twice
        softly.assertThat(fec).hasLatencyPercentileBelow(0.99, Duration.ofMillis(100)); // fails: 160 ms
        softly.assertThat(fec).losesFewerFramesThan(baseline);                        // passes
        softly.assertThat(fec).latencyPercentileMs(0.99).isLessThan(100.0);           // fails: navigation is soft too
        softly.assertThat(fec).summary().framesLost().isZero();                       // fails
        softly.assertThat(RunSummary.of(fec)).framesLost().isEqualTo(3);              // passes
        softly.assertThat(java.util.List.of(1)).hasSize(1);                           // plain AssertJ still there

        assertThat(softly.errorsCollected()).hasSize(6);
        assertThatThrownBy(softly::assertAll)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (6 failures)")
                .hasMessageContaining(message("to lose fewer frames than the baseline:\n  {fec}"))
                .hasMessageContaining("to lose at most 0 frames during bursts,")
                .hasMessageContaining("to have no frame gaps during bursts,")
                .hasMessageContaining("to have a latency p99 below 100 ms,")
                .hasMessageContaining(message("[{fec}: latency p99 (ms)]"))
                .hasMessageContaining(message("[{fec}: summary: frames_lost]"));
    }

    @Test
    void passing_checks_collect_nothing() {
        FecSoftAssertions softly = new FecSoftAssertions();
        softly.assertThat(fec).isWellFormed().losesFewerFramesThan(baseline).duringBursts().recoversAtLeast(8);
        softly.assertThat(fec).framesLost().isEqualTo(3);
        assertThatCode(softly::assertAll).doesNotThrowAnyException();
    }

    @Test
    void assertSoftly_works_with_the_fec_soft_assertions_class() {
        assertThatThrownBy(() -> SoftAssertionsProvider.assertSoftly(FecSoftAssertions.class, softly -> {
            softly.assertThat(fec).hasAtMostNacks(7);
            softly.assertThat(fec).recoversAtLeast(10);
        })).hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("to have at most 7 NACKs,")
                .hasMessageContaining("to recover at least 10 packets via FlexFEC,");
    }

    @Test
    void the_junit5_extension_injects_fec_soft_assertions_and_reports_every_failure() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(InjectedSoftAssertionsTestCases.class))
                .execute().testEvents();
        tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        Throwable failure = tests.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (3 failures)")
                .hasMessageContaining("to lose fewer frames than the baseline:")
                .hasMessageContaining("to have at most 7 NACKs,")
                .hasMessageContaining("[frames_lost]");
    }

    /** Run only through EngineTestKit above: one test with three failed checks, one that passes. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class InjectedSoftAssertionsTestCases {

        @InjectSoftAssertions
        FecSoftAssertions softly;

        @TempDir
        Path dir;

        @Test
        void three_failed_checks() {
            Run baseline = AbRuns.baseline(dir);
            Run fec = AbRuns.fec(dir);
            softly.assertThat(baseline).losesFewerFramesThan(fec);
            softly.assertThat(fec).hasAtMostNacks(7);
            softly.assertThat(RunSummary.of(fec)).framesLost().isZero();
        }

        @Test
        void passing_checks() {
            softly.assertThat(AbRuns.fec(dir)).losesFewerFramesThan(AbRuns.baseline(dir));
        }
    }
}
