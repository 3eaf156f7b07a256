package dev.fecunit.analysis;

/**
 * What one scope of a run (a block, a burst, the whole window) contributes to a ratio figure: a numerator
 * and a denominator that add up over scopes, e.g. {@code 100 · frames lost} and frames expected. The figure
 * of several scopes is {@code sum(numerators) / sum(denominators)}, never the mean of the scopes' ratios, so
 * a short block weighs as much as it holds.
 *
 * @param numerator   e.g. {@code 100 * frames lost}, gap events, NACKs
 * @param denominator e.g. frames expected, minutes, seconds
 */
public record Ratio(double numerator, double denominator) {

    /** {@code numerator / denominator}; {@code NaN} when the denominator is 0 (no data). */
    public double value() {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
