package dev.fecunit.assertj;

import dev.fecunit.internal.analysis.Percentiles;
import dev.fecunit.internal.format.NumberText;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.time.Duration;
import java.util.List;

/** A bound on a latency percentile: {@code hasLatencyPercentileBelow}. */
final class ShouldHaveLatencyBelow extends BasicErrorMessageFactory {

    private ShouldHaveLatencyBelow(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveLatencyBelow(Measured actual, double p, Duration limit) {
        FigureSentences figure = FigureSentences.latencyPercentile(p);
        String expectation = "have a latency " + Percentiles.name(p) + " below "
                + NumberText.plain(limit.toNanos() / 1e6) + " ms";
        return new ShouldHaveLatencyBelow(MessageText.bound(actual, expectation, "it " + figure.outcome(actual),
                List.of(), figure.rows()));
    }
}
