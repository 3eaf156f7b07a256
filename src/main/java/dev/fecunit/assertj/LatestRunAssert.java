package dev.fecunit.assertj;

import dev.fecunit.history.RunHistory;

/**
 * The newest run of a {@link RunHistory}: every run assertion, plus {@link #comparedToHistory()}.
 *
 * <pre>{@code
 * assertThat(history).latest().comparedToHistory().frameLossRate().isNotWorse();
 * assertThat(history).latest().hasNoFrameGaps();
 * }</pre>
 *
 * Not final, so soft assertions can proxy it.
 */
public class LatestRunAssert extends RunAssert {

    private final RunHistory history;

    /**
     * Creates the assert on the newest run of {@code history}; most code calls
     * {@code assertThat(history).latest()}.
     *
     * @param history a history with at least one run
     */
    public LatestRunAssert(RunHistory history) {
        super(history.run(history.size() - 1));
        this.history = history;
    }

    /**
     * Compares the latest run(s) ({@link RunHistory#withLatestRuns}) with the runs since the last change
     * point of the chosen figure before them; choose the figure next.
     *
     * @return the comparison assert
     */
    public HistoryComparisonAssert comparedToHistory() {
        isNotNull();
        return new HistoryComparisonAssert(history);
    }
}
