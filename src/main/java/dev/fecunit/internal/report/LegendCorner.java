package dev.fecunit.internal.report;

import java.util.List;

import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYDataset;

/**
 * Where a legend goes inside a plot, as matplotlib's {@code loc="best"}: the corner whose legend box
 * covers the least of the data, the earlier corner of the caller's order on a tie. Both charts
 * ({@link FecChart}'s four panels, {@link SweepChart}'s four panels) place their legends with it.
 *
 * <pre>{@code
 * RectangleAnchor corner = LegendCorner.of(dataset, 0.3, 0.2, 0, 60, LegendCorner.POINTS,
 *         List.of(RectangleAnchor.BOTTOM_RIGHT, RectangleAnchor.TOP_RIGHT,
 *                 RectangleAnchor.TOP_LEFT, RectangleAnchor.BOTTOM_LEFT));
 * }</pre>
 *
 * <p>Positions are fractions of the plot area. The y axis is taken as JFreeChart's and matplotlib's
 * auto range (the data's range plus 5 % on each side); the x axis is the caller's range, or the
 * data's with the same margins when the caller gives none (NaN).
 */
public final class LegendCorner {

    /**
     * How the data is counted under a box.
     *
     * @param pointWeight       what one data point counts
     * @param samplesPerSegment points sampled along the line between two neighbours of a series (weight 1
     *                          each); 0 for data drawn as points only or so dense that the points are the line
     */
    record Coverage(int pointWeight, int samplesPerSegment) {
    }

    /** Every data point counts once; lines between them are not sampled (dense series, scatters). */
    static final Coverage POINTS = new Coverage(1, 0);
    /** A marker counts 5, and each line between markers 24 samples along it (a sweep's few marked points). */
    public static final Coverage MARKED_LINES = new Coverage(5, 24);

    private LegendCorner() {
    }

    /**
     * The corner of {@code order} whose legend box ({@code boxWidth} x {@code boxHeight}, fractions
     * of the plot) covers the least of {@code dataset}; the first of {@code order} when none is better,
     * or when the data has no height (nothing, or one flat line through the middle). Points that cannot be drawn ({@link PixelEnvelope#drawable}) count
     * nowhere and break a line.
     *
     * @param xMin the x axis' left edge, or NaN for the data's range plus 5 % margins
     * @param xMax the x axis' right edge, or NaN
     */
    public static RectangleAnchor of(XYDataset dataset, double boxWidth, double boxHeight, double xMin, double xMax,
                              Coverage coverage, List<RectangleAnchor> order) {
        double dataXMin = Double.POSITIVE_INFINITY;
        double dataXMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double x = dataset.getXValue(s, i);
                double y = dataset.getYValue(s, i);
                if (PixelEnvelope.drawable(x, y)) {
                    dataXMin = Math.min(dataXMin, x);
                    dataXMax = Math.max(dataXMax, x);
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        if (!(yMax > yMin)) {
            // No data, or a flat line through the middle: no corner is better than the first.
            return order.get(0);
        }
        Axis across = Double.isNaN(xMin) || Double.isNaN(xMax) ? Axis.withMargins(dataXMin, dataXMax)
                : new Axis(xMin, xMax, 0);
        Axis up = Axis.withMargins(yMin, yMax);
        long[] covered = new long[order.size()];
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            double previousU = Double.NaN;
            double previousV = Double.NaN;
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double x = dataset.getXValue(s, i);
                double y = dataset.getYValue(s, i);
                if (!PixelEnvelope.drawable(x, y)) {
                    previousU = Double.NaN;
                    continue;
                }
                double u = across.fraction(x);
                double v = up.fraction(y);
                for (int c = 0; c < order.size(); c++) {
                    RectangleAnchor corner = order.get(c);
                    covered[c] += coverage.pointWeight() * inBox(corner, u, v, boxWidth, boxHeight);
                    if (coverage.samplesPerSegment() > 0 && !Double.isNaN(previousU)) {
                        for (int step = 1; step <= coverage.samplesPerSegment(); step++) {
                            double t = step / (coverage.samplesPerSegment() + 1.0);
                            covered[c] += inBox(corner, previousU + (u - previousU) * t,
                                    previousV + (v - previousV) * t, boxWidth, boxHeight);
                        }
                    }
                }
                previousU = u;
                previousV = v;
            }
        }
        int best = 0;
        for (int c = 1; c < order.size(); c++) {
            if (covered[c] < covered[best]) {
                best = c;
            }
        }
        return order.get(best);
    }

    /** {@code first}, then the other three corners: right before left, top before bottom. */
    static List<RectangleAnchor> preferring(RectangleAnchor first) {
        List<RectangleAnchor> order = new java.util.ArrayList<>(List.of(RectangleAnchor.TOP_RIGHT,
                RectangleAnchor.BOTTOM_RIGHT, RectangleAnchor.TOP_LEFT, RectangleAnchor.BOTTOM_LEFT));
        order.remove(first);
        order.add(0, first);
        return List.copyOf(order);
    }

    private static int inBox(RectangleAnchor corner, double u, double v, double width, double height) {
        boolean left = corner == RectangleAnchor.TOP_LEFT || corner == RectangleAnchor.BOTTOM_LEFT;
        boolean top = corner == RectangleAnchor.TOP_LEFT || corner == RectangleAnchor.TOP_RIGHT;
        boolean inX = left ? u <= width : u >= 1 - width;
        boolean inY = top ? v >= 1 - height : v <= height;
        return inX && inY ? 1 : 0;
    }

    /** An axis from {@code min} to {@code max} of the data, with {@code margin} of the span added on each side. */
    private record Axis(double min, double max, double margin) {

        static Axis withMargins(double min, double max) {
            return new Axis(min, max, 0.05);
        }

        /** Where {@code value} lies across the plot, 0 to 1; the middle when the data has no span. */
        double fraction(double value) {
            double f = max > min ? (value - min) / (max - min) : 0.5;
            return (margin + f) / (1 + 2 * margin);
        }
    }
}
