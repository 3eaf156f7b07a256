package dev.fecunit.analysis;

/**
 * Which way a figure has to move to be better, or that it is reported and not judged: part of each
 * figure's definition ({@link Figure#direction()}), and what a verdict judges a difference by.
 */
public enum Direction {
    /** Less is better: frame loss, gap events, latency, NACKs, freezes, residual loss. */
    LOWER_IS_BETTER,
    /** More is better: the FEC recovery figures. */
    HIGHER_IS_BETTER,
    /**
     * Reported, not judged better or worse by default: a cost (FEC overhead), the conditions a run faced
     * (network loss), or a count that depends on how much was sent (packets lost). In a verdict, a relevant
     * move is {@code CHANGED}, never better or worse, unless a figure is judged in another direction.
     */
    NOT_JUDGED;

    /** {@code lower is better}, {@code higher is better} or {@code reported, not judged}. */
    @Override
    public String toString() {
        return switch (this) {
            case LOWER_IS_BETTER -> "lower is better";
            case HIGHER_IS_BETTER -> "higher is better";
            case NOT_JUDGED -> "reported, not judged";
        };
    }
}
