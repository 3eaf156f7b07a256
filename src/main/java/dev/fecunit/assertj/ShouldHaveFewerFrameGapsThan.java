package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Frame-gap events compared with a baseline. */
final class ShouldHaveFewerFrameGapsThan extends BasicErrorMessageFactory {

    private ShouldHaveFewerFrameGapsThan(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveFewerFrameGapsThan(Measured actual, Measured baseline,
            Tolerance tolerance, boolean strict, double limit) {
        return new ShouldHaveFewerFrameGapsThan(MessageText.comparison(actual, baseline, FigureSentences.GAP_EVENTS,
                strict ? "have fewer frame gaps than" : "have no more frame gaps than", tolerance, strict, limit));
    }
}
