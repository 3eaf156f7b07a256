package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.verdict.RunSet;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Assertions on a {@link RunSet}: repetitions of one configuration, compared statistically.
 *
 * <pre>{@code
 * assertThat(RunSet.matching(root, "repeats/fec-*"))
 *         .comparedTo(RunSet.matching(root, "repeats/baseline-*"))
 *         .latencyPercentile(0.95).isBetter();
 * }</pre>
 *
 * Not final, so soft assertions can proxy it.
 */
public class RunSetAssert extends AbstractObjectAssert<RunSetAssert, RunSet> {

    /** Set when soft assertions started this chain, so the verdicts reached from it are collected too. */
    private SoftAssertionsProvider softly;

    /**
     * Creates the assert; most code calls {@link FecAssertions#assertThat(RunSet)}.
     *
     * <pre>{@code
     * new RunSetAssert(fecRuns).comparedTo(baselineRuns).frameLossRate().isNotWorse();
     * }</pre>
     *
     * @param actual the runs under test
     */
    public RunSetAssert(RunSet actual) {
        super(actual, RunSetAssert.class);
    }

    /**
     * Compares these runs with baseline runs; choose the figure next.
     *
     * @param baseline the runs to compare with
     * @return the comparison assert
     */
    public ComparisonAssert comparedTo(RunSet baseline) {
        isNotNull();
        ComparisonAssert comparison = new ComparisonAssert(actual, baseline);
        return softly == null ? comparison : comparison.collectedBy(softly);
    }

    /** Soft assertions started this chain: the verdicts reached from it are collected by {@code softly}. */
    void collectVerdictsInto(SoftAssertionsProvider softly) {
        this.softly = softly;
    }

    /**
     * Compares these runs with one or more baseline runs; choose the figure next.
     *
     * @param baseline the runs to compare with
     * @return the comparison assert
     */
    public ComparisonAssert comparedTo(Run... baseline) {
        return comparedTo(RunSet.of(baseline));
    }
}
