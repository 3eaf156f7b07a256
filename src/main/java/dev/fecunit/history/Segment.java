package dev.fecunit.history;

/**
 * The runs between two change points of a figure, and their level.
 *
 * @param from  the index of the first run
 * @param to    the index after the last run
 * @param level the mean of the figure over the segment's runs with data ({@code NaN} when none has)
 */
public record Segment(int from, int to, double level) {
}
