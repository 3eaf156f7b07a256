package dev.fecunit.internal.report;

import java.util.List;

import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT;
import static org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT;
import static org.jfree.chart.ui.RectangleAnchor.TOP_LEFT;
import static org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT;

class LegendCornerTest {

    private static final List<RectangleAnchor> SWEEP_ORDER = List.of(TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT);

    private static DefaultXYDataset series(double[] xs, double[] ys) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries("s", new double[][] {xs, ys});
        return dataset;
    }

    @Test
    void aRisingLineLeavesTheTopLeftAndBottomRightFreeAndTheFirstOfThemWins() {
        // From the bottom-left to the top-right corner: the line crosses neither other corner's box.
        DefaultXYDataset rising = series(new double[] {0, 10}, new double[] {0, 10});

        assertThat(LegendCorner.of(rising, 0.3, 0.3, Double.NaN, Double.NaN, LegendCorner.MARKED_LINES, SWEEP_ORDER))
                .isEqualTo(TOP_LEFT);
        assertThat(LegendCorner.of(rising, 0.3, 0.3, Double.NaN, Double.NaN, LegendCorner.MARKED_LINES,
                List.of(BOTTOM_RIGHT, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT))).isEqualTo(BOTTOM_RIGHT);
    }

    @Test
    void theLineBetweenMarkersCountsNotOnlyTheMarkers() {
        DefaultXYDataset dataset = new DefaultXYDataset();
        // A diagonal through the bottom-left and top-right boxes (7 of its 24 samples in each), two markers
        // close together in the top-left, one marker alone in the bottom-right.
        dataset.addSeries("diagonal", new double[][] {{0, 10}, {0, 10}});
        dataset.addSeries("pair", new double[][] {{0, 0.1}, {10, 10}});
        dataset.addSeries("alone", new double[][] {{10}, {0}});

        // Points only: top-left 2, the others 1 each: the first of those, top-right.
        assertThat(LegendCorner.of(dataset, 0.3, 0.3, Double.NaN, Double.NaN, LegendCorner.POINTS, SWEEP_ORDER))
                .isEqualTo(TOP_RIGHT);
        // Markers 5 and line samples 1: top-left 34, top-right and bottom-left 5 + 7, bottom-right 5.
        assertThat(LegendCorner.of(dataset, 0.3, 0.3, Double.NaN, Double.NaN, LegendCorner.MARKED_LINES, SWEEP_ORDER))
                .isEqualTo(BOTTOM_RIGHT);
    }

    @Test
    void noDataOrAFlatLineKeepsTheFirstCorner() {
        DefaultXYDataset flat = series(new double[] {0, 5, 10}, new double[] {3, 3, 3});

        assertThat(LegendCorner.of(new DefaultXYDataset(), 0.3, 0.3, 0, 10, LegendCorner.POINTS, SWEEP_ORDER))
                .isEqualTo(TOP_LEFT);
        assertThat(LegendCorner.of(flat, 0.3, 0.3, 0, 10, LegendCorner.POINTS, List.of(BOTTOM_RIGHT, TOP_LEFT)))
                .isEqualTo(BOTTOM_RIGHT);
    }

    @Test
    void undrawablePointsCountNowhere() {
        DefaultXYDataset dataset = series(new double[] {0, 5, 10, 10}, new double[] {0, 5, 1e308, Double.NaN});

        // Without the two bad points the data is the rising line 0..5 ending in the top-right corner.
        assertThat(LegendCorner.of(dataset, 0.3, 0.3, Double.NaN, Double.NaN, LegendCorner.POINTS,
                List.of(TOP_RIGHT, TOP_LEFT))).isEqualTo(TOP_LEFT);
    }

    @Test
    void theSeedOrderPutsThePreferredCornerFirst() {
        assertThat(LegendCorner.preferring(BOTTOM_RIGHT)).containsExactly(BOTTOM_RIGHT, TOP_RIGHT, TOP_LEFT, BOTTOM_LEFT);
        assertThat(LegendCorner.preferring(TOP_RIGHT)).containsExactly(TOP_RIGHT, BOTTOM_RIGHT, TOP_LEFT, BOTTOM_LEFT);
    }
}
