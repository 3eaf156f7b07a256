package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Latency (mean or a percentile) compared with a baseline. */
final class ShouldHaveLowerLatencyThan extends BasicErrorMessageFactory {

    private ShouldHaveLowerLatencyThan(String text) {
        super("%s", unquotedString(text));
    }

    /** @param latencyName {@code latency mean} or {@code latency p99}; {@code figure} reads it */
    static ErrorMessageFactory shouldHaveLowerLatencyThan(Measured actual, Measured baseline, FigureSentences figure,
                                                          String latencyName, Tolerance tolerance,
                                                          boolean strict, double limit) {
        String expectation = strict ? "have a lower " + latencyName + " than"
                : "have a " + latencyName + " no higher than";
        return new ShouldHaveLowerLatencyThan(MessageText.comparison(actual, baseline, figure, expectation,
                tolerance, strict, limit));
    }
}
