package dev.fecunit.assertj;

import dev.fecunit.verdict.ComparisonResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A statistical comparison did not reach the expected verdict: {@code isNotWorse}, {@code isBetter},
 * {@code isSame}. The message is the whole comparison in words ({@link ComparisonResult#describe()}):
 * both figures, the estimate with its interval, the method, blocks and runs, every run of both sets
 * and, when inconclusive, how much more data would likely decide it.
 */
final class ShouldHaveVerdict extends BasicErrorMessageFactory {

    private ShouldHaveVerdict(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldNotBeWorse(ComparisonResult result) {
        return new ShouldHaveVerdict("Expecting the candidate's " + result.metric().name()
                + " not to be worse than the baseline's, but it is " + result.verdict() + ":\n" + result.describe());
    }

    static ErrorMessageFactory shouldBeBetter(ComparisonResult result) {
        return new ShouldHaveVerdict("Expecting the candidate's " + result.metric().name()
                + " to be better than the baseline's, but the verdict is " + result.verdict() + ":\n" + result.describe());
    }

    static ErrorMessageFactory shouldBeSame(ComparisonResult result) {
        return new ShouldHaveVerdict("Expecting the candidate's " + result.metric().name()
                + " to be the same as the baseline's, but the verdict is " + result.verdict() + ":\n" + result.describe());
    }
}
