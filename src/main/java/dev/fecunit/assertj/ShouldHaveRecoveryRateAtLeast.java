package dev.fecunit.assertj;

import dev.fecunit.internal.format.NumberText;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A lower bound on the FlexFEC recovery rate: {@code hasRecoveryRateAtLeast}. */
final class ShouldHaveRecoveryRateAtLeast extends BasicErrorMessageFactory {

    private ShouldHaveRecoveryRateAtLeast(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveRecoveryRateAtLeast(Measured actual, double minPercent) {
        return new ShouldHaveRecoveryRateAtLeast(MessageText.bound(actual,
                "recover at least " + NumberText.plain(minPercent) + "% of the FlexFEC packets received",
                "it " + FigureSentences.RECOVERY_RATE.outcome(actual), List.of(), FigureSentences.FEC_ROWS));
    }
}
