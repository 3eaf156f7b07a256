package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Freezes compared with a baseline: {@code hasFewerFreezesThan} / {@code hasNoMoreFreezesThan}. */
final class ShouldHaveFewerFreezesThan extends BasicErrorMessageFactory {

    private ShouldHaveFewerFreezesThan(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveFewerFreezesThan(Measured actual, Measured baseline,
            Tolerance tolerance, boolean strict, double limit) {
        return new ShouldHaveFewerFreezesThan(MessageText.comparison(actual, baseline, FigureSentences.FREEZES,
                strict ? "have fewer freezes than" : "have no more freezes than", tolerance, strict, limit));
    }
}
