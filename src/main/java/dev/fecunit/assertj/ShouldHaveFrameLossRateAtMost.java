package dev.fecunit.assertj;

import dev.fecunit.internal.format.NumberText;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A bound on the frame-loss rate: {@code hasFrameLossRateAtMost}. */
final class ShouldHaveFrameLossRateAtMost extends BasicErrorMessageFactory {

    private ShouldHaveFrameLossRateAtMost(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveFrameLossRateAtMost(Measured actual, double maxPercent) {
        return new ShouldHaveFrameLossRateAtMost(MessageText.bound(actual,
                "lose at most " + NumberText.plain(maxPercent) + "% of frames",
                "it " + FigureSentences.FRAME_LOSS_RATE.outcome(actual), List.of(), FigureSentences.FRAME_ROWS));
    }
}
