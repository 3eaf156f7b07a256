package examples;

import dev.fecunit.Run;
import dev.fecunit.assertj.FecSoftAssertions;
import dev.fecunit.junit.RunDir;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

/**
 * A review checklist as one test: soft assertions collect every failed check and report them
 * together after the test, instead of stopping at the first. AssertJ's JUnit 5 extension injects the
 * collector; the thresholds are those of the other examples.
 */
@ExtendWith(SoftAssertionsExtension.class)
class SoftAssertionsTest {

    @InjectSoftAssertions
    FecSoftAssertions softly;

    @Test
    void fecPassesTheReviewChecklist(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        softly.assertThat(fec).isWellFormed();
        softly.assertThat(fec).losesFewerFramesThan(baseline);
        softly.assertThat(fec).duringBursts().losesFewerFramesThan(baseline);
        softly.assertThat(fec).hasLatencyPercentileBelow(0.95, Duration.ofMillis(150));
        softly.assertThat(fec).latencyPercentileMs(0.99).isLessThan(210.0);
        softly.assertThat(fec).recoversAtLeast(400).hasFewerNacksThan(baseline);
        softly.assertThat(fec).outsideBursts().hasFrameLossRateAtMost(2.0);
    }   // SoftAssertionsExtension fails the test here, listing every check that failed
}
