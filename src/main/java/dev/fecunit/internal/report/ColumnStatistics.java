package dev.fecunit.internal.report;

import dev.fecunit.internal.analysis.Series;

import java.util.Arrays;

import org.jfree.data.xy.YIntervalSeries;

/**
 * A dense series summarised per pixel column, for long runs where every column holds dozens or
 * thousands of points (a 24-hour run has ~1,300 frames and ~47 counter polls per column of the
 * chart): drawn point by point such a series is a solid block; drawn as its lowest-to-highest
 * envelope with its typical value (median or mean) through it, it reads again.
 *
 * <pre>{@code
 * ColumnStatistics columns = ColumnStatistics.of(FrameAnalysis.latencySeries(run), 0, 86_400, 1820);
 * YIntervalSeries p50 = columns.median("latency p50");
 * }</pre>
 *
 * <p>Points that cannot be drawn ({@link PixelEnvelope#drawable}) are left out. Columns without points
 * are skipped (the band and line join across them).
 */
public final class ColumnStatistics {

    /** More points than this per pixel column on average, and a series is drawn as column statistics. */
    static final int DENSE_POINTS_PER_COLUMN = 8;

    private final double xMin;
    private final double width;
    /** Start of each column's values in {@link #values}; {@code columns + 1} entries. */
    private final int[] start;
    /** The values, grouped by column and sorted within each column. */
    private final double[] values;
    private final double[] sums;

    private ColumnStatistics(double xMin, double width, int[] start, double[] values, double[] sums) {
        this.xMin = xMin;
        this.width = width;
        this.start = start;
        this.values = values;
        this.sums = sums;
    }

    /** Whether {@code series} has more than {@link #DENSE_POINTS_PER_COLUMN} points per column of {@code columns}. */
    static boolean dense(Series series, int columns) {
        return series.size() > (long) DENSE_POINTS_PER_COLUMN * columns;
    }

    /** The values of {@code series} grouped into {@code columns} equal columns from {@code xMin} to {@code xMax}. */
    static ColumnStatistics of(Series series, double xMin, double xMax, int columns) {
        PixelEnvelope grid = new PixelEnvelope(xMin, xMax, columns);
        double[] xs = series.xs();
        double[] ys = series.ys();
        int[] start = new int[columns + 1];
        for (int i = 0; i < xs.length; i++) {
            if (PixelEnvelope.drawable(xs[i], ys[i])) {
                start[grid.column(xs[i]) + 1]++;
            }
        }
        for (int c = 0; c < columns; c++) {
            start[c + 1] += start[c];
        }
        // A counting sort by column: one pass to count (above), one to place, then each column sorted.
        double[] values = new double[start[columns]];
        int[] next = Arrays.copyOf(start, columns);
        double[] sums = new double[columns];
        for (int i = 0; i < xs.length; i++) {
            if (PixelEnvelope.drawable(xs[i], ys[i])) {
                int c = grid.column(xs[i]);
                values[next[c]++] = ys[i];
                sums[c] += ys[i];
            }
        }
        for (int c = 0; c < columns; c++) {
            Arrays.sort(values, start[c], start[c + 1]);
        }
        return new ColumnStatistics(xMin, (xMax - xMin) / columns, start, values, sums);
    }

    /** Each column's median, with its lowest and highest value as the interval. */
    YIntervalSeries median(String key) {
        return percentile(key, 0.5, true);
    }

    /**
     * Each column's {@code p} percentile ({@code sorted[min(n-1, floor(n*p))]}, as the figures define it),
     * with its lowest and highest value as the interval when {@code envelope}, else none.
     */
    YIntervalSeries percentile(String key, double p, boolean envelope) {
        YIntervalSeries series = new YIntervalSeries(key, false, true);
        for (int c = 0; c + 1 < start.length; c++) {
            int n = start[c + 1] - start[c];
            if (n == 0) {
                continue;
            }
            double value = values[start[c] + Math.min(n - 1, (int) Math.floor(n * p))];
            series.add(middle(c), value, envelope ? values[start[c]] : value, envelope ? values[start[c + 1] - 1] : value);
        }
        return series;
    }

    /** Each column's mean, with its lowest and highest value as the interval (for rates and fps). */
    YIntervalSeries mean(String key) {
        YIntervalSeries series = new YIntervalSeries(key, false, true);
        for (int c = 0; c + 1 < start.length; c++) {
            int n = start[c + 1] - start[c];
            if (n > 0) {
                series.add(middle(c), sums[c] / n, values[start[c]], values[start[c + 1] - 1]);
            }
        }
        return series;
    }

    private double middle(int column) {
        return xMin + (column + 0.5) * width;
    }
}
