package dev.fecunit.internal.report;

import dev.fecunit.internal.analysis.Series;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelEnvelopeTest {

    // 10 columns over [0, 10): column k holds x in [k, k + 1).
    private final PixelEnvelope columns = new PixelEnvelope(0, 10, 10);

    @Test
    void lineKeepsFirstLowestHighestAndLastOfEachColumnInTimeOrder() {
        Series series = new Series(
                new double[] {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.0, 1.5},
                new double[] {5.0, 9.0, 7.0, 1.0, 6.0, 4.0, 3.0, 3.0});

        Series drawn = columns.line(series);

        // Column 0: first 5 (x 0.0), highest 9 (x 0.1), lowest 1 (x 0.3), last 4 (x 0.5); 7 and 6 are inside.
        assertThat(drawn.xs()).containsExactly(0.0, 0.1, 0.3, 0.5, 1.0, 1.5);
        assertThat(drawn.ys()).containsExactly(5.0, 9.0, 1.0, 4.0, 3.0, 3.0);
    }

    @Test
    void lineLeavesSparseSeriesUntouchedAndDropsNonFinitePoints() {
        Series series = new Series(new double[] {1, 3, 5, 7}, new double[] {2, Double.NaN, 4, 8});

        Series drawn = columns.line(series);

        assertThat(drawn.xs()).containsExactly(1, 5, 7);
        assertThat(drawn.ys()).containsExactly(2, 4, 8);
    }

    @Test
    void pointsNoAxisCanSpanAreLeftOutOfLinesAndScatters() {
        Series series = new Series(new double[] {1, 3, 5, 7, 9},
                new double[] {2, -1e308, Double.NEGATIVE_INFINITY, 1e308, 8});

        assertThat(columns.line(series).ys()).containsExactly(2, 8);
        assertThat(columns.points(series, 0, 10, 10).ys()).containsExactly(2, 8);
        assertThat(PixelEnvelope.undrawable(series)).isEqualTo(3);
    }

    @Test
    void pointsKeepOneRealPointPerOccupiedCellAndEveryOutlier() {
        Series series = new Series(
                new double[] {0.2, 0.4, 0.6, 0.8, 0.9, 5.5},
                new double[] {40.1, 40.9, 45.0, 100.0, 51.0, 0.0});

        Series drawn = columns.points(series, 0, 100, 10);

        // 40.1, 40.9 and 45.0 share column 0, row 4: the first stays. 100 (outlier) and 51 have cells of their own.
        assertThat(drawn.xs()).containsExactly(0.2, 0.8, 0.9, 5.5);
        assertThat(drawn.ys()).containsExactly(40.1, 100.0, 51.0, 0.0);
    }

    @Test
    void pointsOutsideTheAxisFallIntoTheEdgeColumns() {
        assertThat(columns.column(-3)).isZero();
        assertThat(columns.column(10)).isEqualTo(9);
        assertThat(columns.column(4.99)).isEqualTo(4);
    }

    @Test
    void anEmptyAxisIsRefusedWithTheValues() {
        assertThatThrownBy(() -> new PixelEnvelope(5, 5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Envelope needs xMax [5.0] > xMin [5.0] and at least one column, not [10]");
    }
}
