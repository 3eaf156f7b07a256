package dev.fecunit.assertj;

import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Verdict;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the verdict of a statistical comparison of one figure; reached through
 * {@code assertThat(candidate).comparedTo(baseline).frameLossRate()} ({@link ComparisonAssert}).
 *
 * <pre>{@code
 * assertThat(fecRuns).comparedTo(baselineRuns).frameLossRate().isNotWorse();
 * assertThat(fecRuns).comparedTo(baselineRuns).latencyPercentile(0.95).isBetter();
 * }</pre>
 *
 * <p>Only {@link Verdict#WORSE} fails {@link #isNotWorse()}: an inconclusive comparison passes it (and so
 * does {@link Verdict#CHANGED}, the verdict of a figure that is reported, not judged), so
 * an unchanged build fails no more often than the calibrated false-alarm rate (see the README).
 * {@link #isBetter()} and {@link #isSame()} need their verdict, and an inconclusive comparison fails
 * them with how much more data would likely decide it. Not final, so soft assertions can proxy it.
 */
public class VerdictAssert extends AbstractObjectAssert<VerdictAssert, ComparisonResult> {

    /**
     * Creates the assert on a computed comparison.
     *
     * <pre>{@code
     * new VerdictAssert(Comparison.of(Metric.NACK_RATE).candidate(fec).baseline(base).compare()).isNotWorse();
     * }</pre>
     *
     * @param actual the comparison
     */
    public VerdictAssert(ComparisonResult actual) {
        super(actual, VerdictAssert.class);
    }

    /**
     * Fails when the candidate is worse beyond the noise and by more than the minimum relevant change.
     *
     * @return this assert
     */
    public VerdictAssert isNotWorse() {
        isNotNull();
        if (actual.verdict() == Verdict.WORSE) {
            throwAssertionError(ShouldHaveVerdict.shouldNotBeWorse(actual));
        }
        return myself;
    }

    /**
     * Fails unless the candidate is better beyond the noise and by more than the minimum relevant change.
     *
     * @return this assert
     */
    public VerdictAssert isBetter() {
        isNotNull();
        if (actual.verdict() != Verdict.BETTER) {
            throwAssertionError(ShouldHaveVerdict.shouldBeBetter(actual));
        }
        return myself;
    }

    /**
     * Fails unless any difference is, with the chosen confidence, within the minimum relevant change.
     *
     * @return this assert
     */
    public VerdictAssert isSame() {
        isNotNull();
        if (actual.verdict() != Verdict.SAME) {
            throwAssertionError(ShouldHaveVerdict.shouldBeSame(actual));
        }
        return myself;
    }
}
