package dev.fecunit.assertj;

import dev.fecunit.sweep.Sweep;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.history.RunHistory;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.RunSet;
import org.assertj.core.api.Assertions;

/**
 * The entry point of fecunit's assertions: extends AssertJ's {@link Assertions}, so one static
 * import gives the FEC vocabulary and every AssertJ assertion.
 *
 * <pre>{@code
 * import static dev.fecunit.assertj.FecAssertions.*;
 *
 * assertThat(fec).isWellFormed().losesFewerFramesThan(baseline);
 * assertThat(fec).duringBursts().losesNoMoreFramesThan(baseline, relativeTolerance(0.10));
 * assertThat(fec).latencyPercentileMs(0.99).isLessThan(250.0);
 * assertThat(List.of(1, 2)).hasSize(2); // plain AssertJ still works
 * }</pre>
 */
public class FecAssertions extends Assertions {

    /** For subclasses that add their own entry points, as AssertJ's {@code Assertions} allows. */
    protected FecAssertions() {
    }

    /**
     * Starts assertions on a run.
     *
     * <pre>{@code
     * assertThat(fec).losesFewerFramesThan(baseline);
     * }</pre>
     *
     * @param actual the run under test
     * @return the run's assert
     */
    public static RunAssert assertThat(Run actual) {
        return new RunAssert(actual);
    }

    /**
     * Starts assertions on several runs of one configuration, for statistical comparisons.
     *
     * <pre>{@code
     * assertThat(RunSet.matching(root, "repeats/fec-*")).comparedTo(RunSet.matching(root, "repeats/baseline-*"))
     *         .frameLossRate().isNotWorse();
     * }</pre>
     *
     * @param actual the runs under test
     * @return the run set's assert
     */
    public static RunSetAssert assertThat(RunSet actual) {
        return new RunSetAssert(actual);
    }

    /**
     * Starts assertions on the runs of one configuration in time order, e.g. a nightly job's.
     *
     * <pre>{@code
     * assertThat(RunHistory.matching(root, "nightly/*&#47;fec")).latest().comparedToHistory().frameLossRate().isNotWorse();
     * }</pre>
     *
     * @param actual the history under test
     * @return the history's assert
     */
    public static RunHistoryAssert assertThat(RunHistory actual) {
        return new RunHistoryAssert(actual);
    }

    /**
     * Starts assertions on the verdict of a statistical comparison computed with {@code Comparison}.
     *
     * <pre>{@code
     * assertThat(Comparison.of(Metric.NACK_RATE).candidate(fec).baseline(base).compare()).isNotWorse();
     * }</pre>
     *
     * @param actual the comparison
     * @return the verdict's assert
     */
    public static VerdictAssert assertThat(ComparisonResult actual) {
        return new VerdictAssert(actual);
    }

    /**
     * Starts assertions on a parameter sweep.
     *
     * <pre>{@code
     * assertThat(Sweep.load(Path.of("runs/sweep-small"))).everyFecConfigLosesFewerFramesThanTheBaseline();
     * }</pre>
     *
     * @param actual the sweep under test
     * @return the sweep's assert
     */
    public static SweepAssert assertThat(Sweep actual) {
        return new SweepAssert(actual);
    }

    /**
     * Starts assertions on a run's figures.
     *
     * <pre>{@code
     * assertThat(RunSummary.of(fec)).figure(SummaryFigure.GAP_EVENTS).isZero();
     * }</pre>
     *
     * @param actual the figures under test
     * @return the summary's assert
     */
    public static RunSummaryAssert assertThat(RunSummary actual) {
        return new RunSummaryAssert(actual);
    }

    /**
     * A tolerance in the compared figure's unit (frames, ms, percentage points, packets); same as
     * {@link Tolerance#absolute(double)}.
     *
     * <pre>{@code
     * assertThat(fec).losesNoMoreFramesThan(baseline, absoluteTolerance(3)); // up to 3 frames more
     * }</pre>
     *
     * @param amount the allowance over the baseline; not negative
     * @return the tolerance
     * @throws IllegalArgumentException when {@code amount} is negative or not finite
     */
    public static Tolerance absoluteTolerance(double amount) {
        return Tolerance.absolute(amount);
    }

    /**
     * A tolerance as a fraction of the baseline's figure; same as {@link Tolerance#relative(double)}.
     *
     * <pre>{@code
     * assertThat(fec).hasNoMoreNacksThan(baseline, relativeTolerance(0.10)); // up to 10 % more
     * }</pre>
     *
     * @param fraction 0.10 for 10 %; not negative
     * @return the tolerance
     * @throws IllegalArgumentException when {@code fraction} is negative or not finite
     */
    public static Tolerance relativeTolerance(double fraction) {
        return Tolerance.relative(fraction);
    }
}
