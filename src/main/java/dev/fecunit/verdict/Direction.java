package dev.fecunit.verdict;

import dev.fecunit.analysis.Figure;

/**
 * Which way a figure has to move for the candidate to be better, or that it is reported and not judged:
 * part of a {@link Metric}'s definition, read from the figure catalogue ({@link Figure#direction()}).
 */
public enum Direction {
    /** Less is better: frame loss, gap events, latency, NACKs, freezes, residual loss. */
    LOWER_IS_BETTER,
    /** More is better: the FEC recovery figures. */
    HIGHER_IS_BETTER,
    /**
     * Reported, not judged: a relevant move is {@link Verdict#CHANGED}, never better or worse (FEC overhead,
     * network loss, packet loss rate); {@link Metric#judged(Direction)} gives such a figure a direction.
     */
    NOT_JUDGED;

    /** The verdict direction of a catalogue direction. */
    public static Direction of(Figure.Direction direction) {
        return switch (direction) {
            case LOWER_IS_BETTER -> LOWER_IS_BETTER;
            case HIGHER_IS_BETTER -> HIGHER_IS_BETTER;
            case NOT_JUDGED -> NOT_JUDGED;
        };
    }

    /** The catalogue's direction for this one. */
    Figure.Direction figureDirection() {
        return switch (this) {
            case LOWER_IS_BETTER -> Figure.Direction.LOWER_IS_BETTER;
            case HIGHER_IS_BETTER -> Figure.Direction.HIGHER_IS_BETTER;
            case NOT_JUDGED -> Figure.Direction.NOT_JUDGED;
        };
    }

    /** {@code +1} when an increase is worse, {@code -1} when an increase is better ({@code +1} when not judged). */
    int worseSign() {
        return this == HIGHER_IS_BETTER ? -1 : 1;
    }

    /** {@code lower is better}, {@code higher is better} or {@code reported, not judged}. */
    @Override
    public String toString() {
        return figureDirection().toString();
    }
}
