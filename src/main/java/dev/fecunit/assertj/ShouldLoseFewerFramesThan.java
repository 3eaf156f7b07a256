package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Frames lost compared with a baseline: {@code losesFewerFramesThan} / {@code losesNoMoreFramesThan}. */
final class ShouldLoseFewerFramesThan extends BasicErrorMessageFactory {

    private ShouldLoseFewerFramesThan(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldLoseFewerFramesThan(Measured actual, Measured baseline,
            Tolerance tolerance, boolean strict, double limit) {
        return new ShouldLoseFewerFramesThan(MessageText.comparison(actual, baseline, FigureSentences.FRAMES_LOST,
                strict ? "lose fewer frames than" : "lose no more frames than", tolerance, strict, limit));
    }
}
