package dev.fecunit.assertj;

import dev.fecunit.history.FigureHistory;
import dev.fecunit.history.RunHistory;
import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.RunSet;

/**
 * The latest run(s) of a history against the runs since the last change point before them, before the
 * figure is chosen: each figure has its own change points, so its own baseline. The figure methods are
 * those of {@link ComparisonAssert} and return a {@link VerdictAssert}, with the same verdicts.
 *
 * <pre>{@code
 * assertThat(history).latest().comparedToHistory().frameLossRate().isNotWorse();
 * }</pre>
 *
 * Not final, so soft assertions can proxy it.
 */
public class HistoryComparisonAssert extends ComparisonAssert {

    private final RunHistory history;
    private Double confidence;
    private Double minimumChange;

    /**
     * Creates the assert; most code calls {@code assertThat(history).latest().comparedToHistory()}.
     *
     * @param history a history with at least one run
     */
    public HistoryComparisonAssert(RunHistory history) {
        super(RunSet.of(history.run(history.size() - 1)), RunSet.of(history.loadedRuns()));
        this.history = history;
    }

    @Override
    public HistoryComparisonAssert withConfidence(double level) {
        super.withConfidence(level);
        this.confidence = level;
        return this;
    }

    @Override
    public HistoryComparisonAssert withMinimumChange(double change) {
        super.withMinimumChange(change);
        this.minimumChange = change;
        return this;
    }

    /**
     * The verdict on any figure, against the runs since that figure's last change point before the latest run(s).
     *
     * @param metric the figure
     * @return the verdict assert
     */
    @Override
    public VerdictAssert figure(Metric metric) {
        FigureHistory figure = history.figure(metric);
        if (figure.latest().isEmpty()) {
            throw failure("%nExpecting the latest run of the %s to be compared with the runs before it, but it has no"
                    + " earlier run", history);
        }
        ComparisonResult result = figure.latest().get();
        if (confidence != null || minimumChange != null) {
            Comparison comparison = Comparison.of(metric).candidate(result.candidate()).baseline(result.baseline());
            if (confidence != null) {
                comparison.confidence(confidence);
            }
            if (minimumChange != null) {
                comparison.minimumChange(minimumChange);
            }
            result = comparison.compare();
        }
        return new VerdictAssert(result);
    }
}
