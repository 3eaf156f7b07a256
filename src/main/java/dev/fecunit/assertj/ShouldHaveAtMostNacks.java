package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A bound on the NACKs: {@code hasAtMostNacks}. */
final class ShouldHaveAtMostNacks extends BasicErrorMessageFactory {

    private ShouldHaveAtMostNacks(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveAtMostNacks(Measured actual, long maxNacks) {
        return new ShouldHaveAtMostNacks(MessageText.bound(actual,
                "have at most " + maxNacks + " NACKs",
                "it " + FigureSentences.NACKS.outcome(actual), List.of(), FigureSentences.LOSS_REPAIR_ROWS));
    }
}
