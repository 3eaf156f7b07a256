package dev.fecunit.assertj;

import dev.fecunit.internal.analysis.Freeze;
import dev.fecunit.internal.format.NumberText;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.ArrayList;
import java.util.List;

/** A bound on the number of freezes: {@code hasAtMostFreezes}; lists each freeze with its time. */
final class ShouldHaveAtMostFreezes extends BasicErrorMessageFactory {

    private ShouldHaveAtMostFreezes(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveAtMostFreezes(Measured actual, long maxFreezes) {
        return new ShouldHaveAtMostFreezes(MessageText.bound(actual,
                "have at most " + maxFreezes + (maxFreezes == 1 ? " freeze" : " freezes"),
                "it " + FigureSentences.freezeOutcome(actual), freezeLines(actual), FigureSentences.FREEZE_ROWS));
    }

    /** {@code frozen from 2.360 s to 2.860 s (0.500 s)}, one line per freeze ending in the scope. */
    static List<String> freezeLines(Measured actual) {
        List<String> lines = new ArrayList<>();
        for (Freeze freeze : actual.freezeList()) {
            lines.add("frozen from " + NumberText.fixed(actual.run().secondsSinceStart(freeze.fromUs()), 3) + " s to "
                    + NumberText.fixed(actual.run().secondsSinceStart(freeze.toUs()), 3) + " s ("
                    + NumberText.fixed(freeze.durationS(), 3) + " s)");
        }
        return lines;
    }
}
