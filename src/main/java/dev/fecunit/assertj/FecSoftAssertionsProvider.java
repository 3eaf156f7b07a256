package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.history.RunHistory;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.RunSet;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Adds the FEC entry points to any AssertJ soft-assertions class, following AssertJ's pattern for
 * custom soft assertions; implement it to combine fecunit with other custom soft assertions.
 *
 * <pre>{@code
 * public class TeamSoftAssertions extends SoftAssertions
 *         implements FecSoftAssertionsProvider, MySoftAssertionsProvider {
 * }
 * }</pre>
 */
public interface FecSoftAssertionsProvider extends SoftAssertionsProvider {

    /**
     * Starts soft assertions on a run: failures are collected, not thrown, including the verdicts
     * of its {@code comparedTo(...)} chains.
     *
     * <pre>{@code
     * softly.assertThat(fec).losesFewerFramesThan(baseline);
     * softly.assertThat(fec).duringBursts().hasNoFrameGaps();
     * softly.assertThat(fec).comparedTo(baseline).nackRate().isNotWorse();
     * }</pre>
     *
     * @param actual the run under test
     * @return a soft proxy of the run's assert
     */
    default RunAssert assertThat(Run actual) {
        RunAssert run = proxy(RunAssert.class, Run.class, actual);
        run.collectVerdictsInto(this); // comparedTo(...) chains end in verdicts collected here too
        return run;
    }

    /**
     * Starts soft assertions on repetitions of one configuration; its {@code comparedTo(...)} verdicts
     * are collected like every other soft assertion.
     *
     * <pre>{@code
     * softly.assertThat(fecRuns).comparedTo(baselineRuns).frameLossRate().isNotWorse();
     * }</pre>
     *
     * @param actual the runs under test
     * @return a soft proxy of the run set's assert
     */
    default RunSetAssert assertThat(RunSet actual) {
        RunSetAssert runs = proxy(RunSetAssert.class, RunSet.class, actual);
        runs.collectVerdictsInto(this);
        return runs;
    }

    /**
     * Starts soft assertions on a run's figures.
     *
     * <pre>{@code
     * softly.assertThat(RunSummary.of(fec)).framesLost().isLessThan(40.0);
     * }</pre>
     *
     * @param actual the figures under test
     * @return a soft proxy of the summary's assert
     */
    default RunSummaryAssert assertThat(RunSummary actual) {
        return proxy(RunSummaryAssert.class, RunSummary.class, actual);
    }

    /**
     * Starts soft assertions on the verdict of a statistical comparison computed beforehand.
     *
     * <pre>{@code
     * softly.assertThat(Comparison.of(Metric.FRAME_LOSS_RATE).candidate(fec).baseline(base).compare()).isNotWorse();
     * }</pre>
     *
     * @param actual the comparison
     * @return a soft proxy of the verdict's assert
     */
    default VerdictAssert assertThat(ComparisonResult actual) {
        return proxy(VerdictAssert.class, ComparisonResult.class, actual);
    }

    /**
     * Starts soft assertions on a history of runs: {@code hasNoRegressionSinceLastAccepted(...)} is
     * collected (the chain after {@code latest()} is not; use {@code assertThat(ComparisonResult)} with
     * {@code history.figure(metric).latest()} for a soft verdict on the latest run).
     *
     * <pre>{@code
     * softly.assertThat(history).hasNoRegressionSinceLastAccepted(Metric.RECOVERY_SUCCESS);
     * }</pre>
     *
     * @param actual the history
     * @return a soft proxy of the history's assert
     */
    default RunHistoryAssert assertThat(RunHistory actual) {
        return proxy(RunHistoryAssert.class, RunHistory.class, actual);
    }
}
