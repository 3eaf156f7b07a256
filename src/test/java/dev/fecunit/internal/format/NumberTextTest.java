package dev.fecunit.internal.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {

    @ParameterizedTest(name = "{0} with {1} decimals prints {2}")
    @CsvSource({
            "12.25, 1, 12.2",      // exactly representable: half-even
            "12.35, 1, 12.3",      // 12.35 is 12.3499999... in binary
            "0.125, 2, 0.12",
            "2.675, 2, 2.67",
            "12.5, 0, 12",
            "13.5, 0, 14",
            "1670.0, 0, 1670",
            "1670.0, 2, 1670.00",  // whole numbers take a shortcut: same text
            "-3.0, 1, -3.0",
            "-0.0, 2, -0.00",
            "999999999999999.0, 1, 999999999999999.0",
            "-0.04, 1, -0.0",
            "-0.0, 0, -0",
            "1e16, 0, 10000000000000000",
            "NaN, 1, nan",
            "Infinity, 0, inf",
            "-Infinity, 0, -inf",
    })
    void formatsLikePython(double value, int decimals, String expected) {
        assertThat(NumberText.fixed(value, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"32, 32", "2.5, 2.5", "33.000000000000004, 33", "0.1234567, 0.123457", "NaN, NaN"})
    void writesLimitsAsAPersonWritesThem(double value, String expected) {
        assertThat(NumberText.plain(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2.2649, 2.265", "0, 0", "1234567, 1235000", "-0.25, -0.25", "Infinity, \u221e"})
    void keepsFourSignificantDigitsForVerdicts(double value, String expected) {
        assertThat(NumberText.significant(value, 4, "n/a")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void saysWhatItWasToldForNoValueAndSignsPositiveValues() {
        assertThat(NumberText.significant(Double.NaN, 4, "none")).isEqualTo("none");
        assertThat(NumberText.signed(1.5, 4, "n/a")).isEqualTo("+1.5");
        assertThat(NumberText.signed(-0.25, 4, "n/a")).isEqualTo("-0.25");
        assertThat(NumberText.signed(0, 4, "n/a")).isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({"1670, 1670", "0.1, 0.1", "1.5E20, 1.5E20", "-3, -3"})
    void writesTheShortestTextThatReadsBack(double value, String expected) {
        assertThat(NumberText.shortest(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.1", "1.5E20, 150000000000000000000", "1.0E-7, 0.00000010", "2, 2.0"})
    void writesCsvCellsWithoutAnExponent(double value, String expected) {
        assertThat(NumberText.shortestPlain(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'0.30', 0.3", "1_000, 1000", "' 1e3 ', 1000", ".5, 0.5", "5., 5", "1.5e+06, 1500000"})
    void readsNumbersAsPythonsFloatDoes(String text, double expected) {
        assertThat(NumberText.parse(text)).hasValue(expected);
        assertThat(NumberText.parseFinite(text)).hasValue(expected);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "-", "1__0", "_1", "1_", "0x10", "1d", "1e", "1e_5", "1..2"})
    void rejectsWhatPythonsFloatRejects(String text) {
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nan", "inf", "-Infinity"})
    void readsTheSpecialValuesButParseFiniteLeavesThemOut(String text) {
        assertThat(NumberText.parse(text)).isPresent();
        assertThat(NumberText.parseFinite(text)).isEmpty();
    }
}
