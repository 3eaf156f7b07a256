package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.internal.format.NumberText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonResultTest {

    @TempDir
    Path dir;

    private ComparisonResult inconclusive(Method method, RunSet candidate, RunSet baseline, OptionalDouble factor) {
        return new ComparisonResult(Metric.FRAME_LOSS_RATE, Verdict.INCONCLUSIVE, 6.0, 4.0, 2.0,
                new Interval(-1.0, 5.0), 1.5, new Interval(0.8, 2.2), 0.95, 1.0, method, "m", candidate, baseline,
                24, 24, 120.0, 120.0, factor);
    }

    @Test
    void inconclusiveSingleRunsSuggestMoreRunsOrLongerRuns() {
        RunSet one = RunSet.of(TinyRuns.losing(dir.resolve("fec"), 5, Set.of()));
        ComparisonResult result = inconclusive(Method.WINDOWS, one, one, OptionalDouble.of(2.25));

        assertThat(result.moreDataAdvice()).hasValue(
                "about 2.25× the data: 3 runs per side instead of 1, or runs of 270 s instead of 120 s");
    }

    @Test
    void inconclusiveSetsSuggestMoreRuns() {
        Run a = TinyRuns.losing(dir.resolve("a/fec"), 5, Set.of());
        Run b = TinyRuns.losing(dir.resolve("b/fec"), 5, Set.of());
        RunSet two = RunSet.of(a, b);
        ComparisonResult result = inconclusive(Method.RUNS_THEN_WINDOWS, two, two, OptionalDouble.of(2.25));

        assertThat(result.moreDataAdvice()).hasValue("about 2.25× the data: 5 runs per side instead of 2");
    }

    @Test
    void hopelessComparisonsSaySo() {
        RunSet one = RunSet.of(TinyRuns.losing(dir.resolve("fec"), 5, Set.of()));
        assertThat(inconclusive(Method.WINDOWS, one, one, OptionalDouble.of(400)).moreDataAdvice()).hasValue(
                "more than 100× the data: the difference is probably too close to the minimum relevant change"
                        + " to decide; check that the minimum change fits");
        assertThat(inconclusive(Method.WINDOWS, one, one, OptionalDouble.empty()).moreDataAdvice()).hasValue(
                "no amount of data is likely to decide: the estimate sits on the minimum relevant change");
    }

    @Test
    void numbersHaveFourSignificantDigitsAndNoExponent() {
        assertThat(NumberText.figure(0.00012345678)).isEqualTo("0.0001235");
        assertThat(NumberText.figure(123456.0)).isEqualTo("123500");
        assertThat(NumberText.signedFigure(1.5)).isEqualTo("+1.5");
        assertThat(NumberText.signedFigure(-0.25)).isEqualTo("-0.25");
        assertThat(NumberText.figure(Double.NaN)).isEqualTo("n/a");
    }
}
