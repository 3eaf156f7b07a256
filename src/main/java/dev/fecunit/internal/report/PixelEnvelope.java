package dev.fecunit.internal.report;

import dev.fecunit.internal.analysis.Series;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Reduces a series to what the eye can see at the chart's pixel resolution, before JFreeChart
 * draws it: a 60-minute run has ~100k latency points, but the chart is ~1800 pixels wide.
 *
 * <p>Nothing visible is lost: for lines, each pixel column keeps its first, lowest, highest and last
 * point in time order (so spikes, dips and the line's course survive); for scattered points, each
 * occupied pixel cell keeps one real point (so outliers and the spread survive). The points kept are
 * the series' own values, never averages.
 *
 * <pre>{@code
 * PixelEnvelope columns = new PixelEnvelope(0, 3600, 1820);
 * Series drawn = columns.line(FrameAnalysis.fpsSeries(run));
 * }</pre>
 */
public final class PixelEnvelope {

    /**
     * Largest magnitude drawn: beyond it (a counter read as {@code -1e308}, a rate across such a
     * value) the span of an axis holding the point and its opposite would overflow to infinity,
     * and no axis could show it. Such points are left out like non-finite ones.
     */
    static final double MAX_DRAWN = Double.MAX_VALUE / 8;

    private final double xMin;
    private final double xMax;
    private final int columns;

    /**
     * @param xMin    left edge of the x axis
     * @param xMax    right edge of the x axis (greater than {@code xMin})
     * @param columns pixel columns across the axis (at least 1)
     */
    PixelEnvelope(double xMin, double xMax, int columns) {
        if (!(xMax > xMin) || columns < 1) {
            throw new IllegalArgumentException("Envelope needs xMax [" + xMax + "] > xMin [" + xMin
                    + "] and at least one column, not [" + columns + "]");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.columns = columns;
    }

    /** Whether a point can be drawn: both coordinates finite and within {@link #MAX_DRAWN}. */
    public static boolean drawable(double x, double y) {
        return Math.abs(x) <= MAX_DRAWN && Math.abs(y) <= MAX_DRAWN;
    }

    /** How many points of {@code series} cannot be drawn ({@link #drawable}). */
    static int undrawable(Series series) {
        int n = 0;
        for (int i = 0; i < series.size(); i++) {
            if (!drawable(series.xs()[i], series.ys()[i])) {
                n++;
            }
        }
        return n;
    }

    /** The pixel column of {@code x}, clamped to the axis. */
    int column(double x) {
        int c = (int) Math.floor((x - xMin) / (xMax - xMin) * columns);
        return Math.max(0, Math.min(columns - 1, c));
    }

    /**
     * A line series reduced to at most four points per pixel column (first, lowest, highest, last,
     * in time order). Points that cannot be drawn ({@link #drawable}: NaN, infinite or beyond
     * {@link #MAX_DRAWN}) are left out. Expects ascending xs; a series
     * that is not ascending is returned without its undrawable points but otherwise unreduced.
     */
    Series line(Series series) {
        double[] xs = series.xs();
        double[] ys = series.ys();
        int[] kept = new int[xs.length];
        int n = 0;
        int column = -1;
        int first = -1;
        int low = -1;
        int high = -1;
        int last = -1;
        double previousX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (!drawable(xs[i], ys[i])) {
                continue;
            }
            if (xs[i] < previousX) {
                return finiteOnly(series);
            }
            previousX = xs[i];
            int c = column(xs[i]);
            if (c != column) {
                n = flush(kept, n, first, low, high, last);
                column = c;
                first = i;
                low = i;
                high = i;
            }
            if (ys[i] < ys[low]) {
                low = i;
            }
            if (ys[i] > ys[high]) {
                high = i;
            }
            last = i;
        }
        n = flush(kept, n, first, low, high, last);
        return pick(xs, ys, kept, n);
    }

    /** Appends the distinct indices among a column's four, in index (time) order. */
    private static int flush(int[] kept, int n, int first, int low, int high, int last) {
        if (first < 0) {
            return n;
        }
        int[] four = {first, low, high, last};
        Arrays.sort(four);
        for (int k = 0; k < 4; k++) {
            if (k == 0 || four[k] != four[k - 1]) {
                kept[n++] = four[k];
            }
        }
        return n;
    }

    /**
     * Scattered points reduced to one real point per occupied pixel cell: {@code rows} cells
     * between {@code yMin} and {@code yMax}, one column per pixel. Works in any x order.
     */
    Series points(Series series, double yMin, double yMax, int rows) {
        double[] xs = series.xs();
        double[] ys = series.ys();
        double ySpan = yMax > yMin ? yMax - yMin : 1.0;
        BitSet occupied = new BitSet(columns * rows);
        int[] kept = new int[xs.length];
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (!drawable(xs[i], ys[i])) {
                continue;
            }
            int row = (int) Math.floor((ys[i] - yMin) / ySpan * rows);
            row = Math.max(0, Math.min(rows - 1, row));
            int cell = column(xs[i]) * rows + row;
            if (!occupied.get(cell)) {
                occupied.set(cell);
                kept[n++] = i;
            }
        }
        return pick(xs, ys, kept, n);
    }

    private static Series finiteOnly(Series series) {
        double[] xs = series.xs();
        double[] ys = series.ys();
        int[] kept = new int[xs.length];
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (drawable(xs[i], ys[i])) {
                kept[n++] = i;
            }
        }
        return pick(xs, ys, kept, n);
    }

    private static Series pick(double[] xs, double[] ys, int[] kept, int n) {
        double[] px = new double[n];
        double[] py = new double[n];
        for (int k = 0; k < n; k++) {
            px[k] = xs[kept[k]];
            py[k] = ys[kept[k]];
        }
        return new Series(px, py);
    }
}
