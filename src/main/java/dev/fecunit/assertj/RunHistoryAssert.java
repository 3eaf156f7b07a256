package dev.fecunit.assertj;

import dev.fecunit.history.ChangePoint;
import dev.fecunit.history.FigureHistory;
import dev.fecunit.history.HistoryRun;
import dev.fecunit.history.RunHistory;
import dev.fecunit.internal.history.HistoryText;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.Verdict;

import org.assertj.core.api.AbstractObjectAssert;

import java.util.ArrayList;
import java.util.List;

/**
 * Assertions on a {@link RunHistory}: the runs of one configuration in time order, e.g. a nightly job's.
 *
 * <pre>{@code
 * assertThat(history).latest().comparedToHistory().frameLossRate().isNotWorse();
 * assertThat(history).hasNoRegressionSinceLastAccepted(Metric.FRAME_LOSS_RATE, Metric.NACK_RATE);
 * assertThat(history).acceptingChangesThrough("2026-11-17").hasNoRegressionSinceLastAccepted();
 * }</pre>
 *
 * Not final, so soft assertions can proxy it.
 */
public class RunHistoryAssert extends AbstractObjectAssert<RunHistoryAssert, RunHistory> {

    private String acceptedThrough;

    /**
     * Creates the assert; most code calls {@link FecAssertions#assertThat(RunHistory)}.
     *
     * @param actual the history under test
     */
    public RunHistoryAssert(RunHistory actual) {
        super(actual, RunHistoryAssert.class);
    }

    /**
     * The newest run of the history, for the run assertions and {@link LatestRunAssert#comparedToHistory()}.
     *
     * @return the latest run's assert
     */
    public LatestRunAssert latest() {
        isNotNull();
        if (actual.size() == 0) {
            throw failure("%nExpecting the %s to have a latest run, but none of its run directories could be read:%n  %s",
                    actual, actual.skipped());
        }
        return new LatestRunAssert(actual);
    }

    /**
     * Accepts every change point up to and including the one at run {@code runLabel} (e.g. the night a
     * team decided the new level is intended): {@link #hasNoRegressionSinceLastAccepted} then looks only
     * at change points after it.
     *
     * @param runLabel the label of a run of the history, e.g. {@code 2026-11-17}
     * @return this assert
     */
    public RunHistoryAssert acceptingChangesThrough(String runLabel) {
        isNotNull();
        if (actual.runs().stream().map(HistoryRun::label).noneMatch(runLabel::equals)) {
            throw new IllegalArgumentException("Run [" + runLabel + "] is not in the " + actual + "; its runs are "
                    + actual.runs().stream().map(HistoryRun::label).toList());
        }
        this.acceptedThrough = runLabel;
        return myself;
    }

    /**
     * Verifies that no figure of {@code metrics} (every built-in figure when none is given) regressed
     * since the last accepted change: no change point after it moved the figure in its worse direction
     * by at least its minimum relevant change, and the latest run is not {@link Verdict#WORSE} than the
     * runs since the last change point before it.
     *
     * @param metrics the figures to check
     * @return this assert
     */
    public RunHistoryAssert hasNoRegressionSinceLastAccepted(Metric... metrics) {
        isNotNull();
        List<Metric> figures = metrics.length == 0 ? Metric.builtIn() : List.of(metrics);
        int accepted = acceptedThrough == null ? -1
                : actual.runs().stream().map(HistoryRun::label).toList().indexOf(acceptedThrough);
        List<String> findings = new ArrayList<>();
        for (FigureHistory figure : actual.figures(figures)) {
            for (ChangePoint change : figure.changePoints()) {
                if (change.regression() && change.index() > accepted) {
                    findings.add(HistoryText.changePoint(change, actual.size()));
                }
            }
            figure.latest().filter(r -> r.verdict() == Verdict.WORSE)
                    .ifPresent(r -> findings.add(HistoryText.latest(figure)));
        }
        if (!findings.isEmpty()) {
            throwAssertionError(ShouldHaveNoRegressionInHistory.create(actual, acceptedThrough, findings));
        }
        return myself;
    }
}
