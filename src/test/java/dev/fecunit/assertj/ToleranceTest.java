package dev.fecunit.assertj;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.assertThat;

/** The allowance a tolerance grants over a baseline figure. */
class ToleranceTest {

    @Test
    void an_absolute_tolerance_is_the_same_whatever_the_baseline() {
        assertThat(Tolerance.absolute(2).allowanceOver(30)).isEqualTo(2.0);
        assertThat(Tolerance.absolute(2).allowanceOver(0)).isEqualTo(2.0);
        assertThat(Tolerance.absolute(2).isRelative()).isFalse();
    }

    @Test
    void a_relative_tolerance_is_a_fraction_of_the_baseline() {
        assertThat(Tolerance.relative(0.10).allowanceOver(30)).isEqualTo(0.10 * 30);
        assertThat(Tolerance.relative(0.10).allowanceOver(0)).isZero();
        assertThat(Tolerance.relative(0.10).isRelative()).isTrue();
        assertThat(Tolerance.relative(0.10).amount()).isEqualTo(0.10);
    }

    @Test
    void entry_point_shortcuts_make_the_same_values() {
        assertThat(FecAssertions.absoluteTolerance(3)).isEqualTo(Tolerance.absolute(3)).hasSameHashCodeAs(Tolerance.absolute(3));
        assertThat(FecAssertions.relativeTolerance(0.2)).isEqualTo(Tolerance.relative(0.2));
        assertThat(Tolerance.absolute(0.2)).isNotEqualTo(Tolerance.relative(0.2));
    }

    @Test
    void messages_word_it_in_the_figures_unit_or_in_percent_of_the_baseline() {
        assertThat(Tolerance.absolute(2).describe()).isEqualTo("2");
        assertThat(Tolerance.absolute(2.5).describe()).isEqualTo("2.5");
        assertThat(Tolerance.relative(0.10).describe()).isEqualTo("10% of the baseline");
        assertThat(Tolerance.relative(0.10)).hasToString("Tolerance[relative 0.1]");
    }
}
