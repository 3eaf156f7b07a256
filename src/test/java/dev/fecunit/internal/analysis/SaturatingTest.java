package dev.fecunit.internal.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SaturatingTest {

    @Test
    void sumsAndDifferencesStopAtTheEndsOfLong() {
        assertThat(Saturating.add(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.add(Long.MIN_VALUE, -1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Saturating.add(Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(Saturating.subtract(Long.MAX_VALUE, -1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.subtract(Long.MIN_VALUE, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Saturating.subtract(0, Long.MIN_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.subtract(7, 3)).isEqualTo(4);
    }

    @Test
    void aDifferenceAsADoubleIsTheNearestDoubleEvenBeyondALong() {
        // 2^63 - 1 - (-2^63) = 2^64 - 1, whose nearest double is 2^64
        assertThat(Saturating.difference(Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(0x1p64);
        assertThat(Saturating.difference(5, 7)).isEqualTo(-2.0);
    }

    @Test
    void wholeSecondsAreExactForAnyTwoTimes() {
        assertThat(WholeSeconds.of(0, 1_999_999)).isEqualTo(1);
        assertThat(WholeSeconds.of(-5_000_000, 500_000)).isEqualTo(5);
        assertThat(WholeSeconds.of(0, -1)).isEqualTo(-1);
        // (2^63 - 1) - (-2^63) = 18_446_744_073_709_551_615 µs: 18_446_744_073_709 whole seconds
        assertThat(WholeSeconds.of(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(18_446_744_073_709L);
        assertThat(WholeSeconds.ceil(0, Long.MAX_VALUE)).isEqualTo(9_223_372_036_855L);
        assertThat(WholeSeconds.ceil(0, 3_000_000)).isEqualTo(3);
        assertThat(WholeSeconds.startUs(0, 9_223_372_036_855L)).isEqualTo(Long.MAX_VALUE);
        assertThat(WholeSeconds.startUs(-5_000_000, 5)).isZero();
    }
}
