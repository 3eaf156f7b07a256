package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Frame-loss rate compared with a baseline. */
final class ShouldHaveLowerFrameLossRateThan extends BasicErrorMessageFactory {

    private ShouldHaveLowerFrameLossRateThan(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveLowerFrameLossRateThan(Measured actual, Measured baseline,
            Tolerance tolerance, boolean strict, double limit) {
        return new ShouldHaveLowerFrameLossRateThan(MessageText.comparison(actual, baseline, FigureSentences.FRAME_LOSS_RATE,
                strict ? "have a lower frame-loss rate than" : "have a frame-loss rate no higher than",
                tolerance, strict, limit));
    }
}
