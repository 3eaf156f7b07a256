package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** NACKs compared with a baseline. */
final class ShouldHaveFewerNacksThan extends BasicErrorMessageFactory {

    private ShouldHaveFewerNacksThan(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveFewerNacksThan(Measured actual, Measured baseline,
            Tolerance tolerance, boolean strict, double limit) {
        return new ShouldHaveFewerNacksThan(MessageText.comparison(actual, baseline, FigureSentences.NACKS,
                strict ? "have fewer NACKs than" : "have no more NACKs than", tolerance, strict, limit));
    }
}
