package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.time.Duration;

/** A bound on the time spent frozen: {@code hasTotalFreezeTimeAtMost}; lists each freeze with its time. */
final class ShouldHaveTotalFreezeTimeAtMost extends BasicErrorMessageFactory {

    private ShouldHaveTotalFreezeTimeAtMost(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveTotalFreezeTimeAtMost(Measured actual, Duration limit) {
        return new ShouldHaveTotalFreezeTimeAtMost(MessageText.bound(actual,
                "be frozen for at most " + MessageText.seconds(limit) + " in total",
                "it " + FigureSentences.freezeOutcome(actual), ShouldHaveAtMostFreezes.freezeLines(actual), FigureSentences.FREEZE_ROWS));
    }
}
