package dev.fecunit.verdict;

/** Which way a figure has to move for the candidate to be better: part of a {@link Metric}'s definition. */
public enum Direction {
    /** Less is better: frame loss, gap events, latency, NACKs, freezes. */
    LOWER_IS_BETTER,
    /** More is better, e.g. a recovery rate. */
    HIGHER_IS_BETTER;

    /** {@code +1} when an increase is worse, {@code -1} when an increase is better. */
    int worseSign() {
        return this == LOWER_IS_BETTER ? 1 : -1;
    }

    /** {@code lower is better} or {@code higher is better}. */
    @Override
    public String toString() {
        return this == LOWER_IS_BETTER ? "lower is better" : "higher is better";
    }
}
