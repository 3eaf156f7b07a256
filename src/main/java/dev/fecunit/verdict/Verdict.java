package dev.fecunit.verdict;

import dev.fecunit.analysis.Direction;

/**
 * The outcome of a {@link Comparison}, read from the confidence interval of the difference
 * (candidate minus baseline) and the minimum relevant change {@code δ}:
 *
 * <ul>
 *   <li>{@link #SAME}: the whole interval lies within {@code [-δ, +δ]}: any change is too small to matter;</li>
 *   <li>{@link #WORSE} / {@link #BETTER}: the interval excludes zero and the estimate moved by more than
 *       {@code δ} in the worse / better direction of the metric;</li>
 *   <li>{@link #CHANGED}: for a figure that is reported, not judged ({@link Direction#NOT_JUDGED}), what
 *       WORSE or BETTER would be: it moved by more than {@code δ}, beyond the noise;</li>
 *   <li>{@link #INCONCLUSIVE}: anything else: the data cannot tell; more runs or longer runs would.</li>
 * </ul>
 */
public enum Verdict {
    /** The candidate is better by a relevant amount, beyond the noise. */
    BETTER,
    /** The candidate is worse by a relevant amount, beyond the noise. */
    WORSE,
    /** Any difference is smaller than the minimum relevant change, with the chosen confidence. */
    SAME,
    /** The noise is too large to tell; see {@link ComparisonResult#moreDataFactor()}. */
    INCONCLUSIVE,
    /** A figure that is reported, not judged, moved by a relevant amount beyond the noise. */
    CHANGED
}
