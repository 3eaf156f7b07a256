package dev.fecunit.verdict;

/**
 * What one block of a run contributes to a ratio figure: a numerator and a denominator that add up
 * over blocks, e.g. frames lost and frames expected. The figure of several blocks is
 * {@code sum(numerators) / sum(denominators)}, never the mean of the blocks' ratios, so a short
 * block weighs as much as it holds.
 *
 * @param numerator   e.g. {@code 100 * frames lost}, gap events, NACKs
 * @param denominator e.g. frames expected, minutes, seconds
 */
public record Ratio(double numerator, double denominator) {
}
