package dev.fecunit.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PythonFormatTest {

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
        assertThat(PythonFormat.fixed(value, decimals)).isEqualTo(expected);
    }
}
