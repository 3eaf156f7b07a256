package dev.fecunit.internal.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrometheusNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "2678, 2678.0",
            "1.5e+06, 1500000.0",
            "1.234567E+06, 1234567.0",
            "-0.25, -0.25",
            ".5, 0.5",
            "5., 5.0",
            "' 12 ', 12.0",
            "1e3, 1000.0",
            "123456789012345678, 1.2345678901234568E17",
    })
    void parsesDecimalNumbers(String text, double expected) {
        assertThat(PrometheusNumbers.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+Inf", "inf", "Infinity", "+inf"})
    void parsesPositiveInfinity(String text) {
        assertThat(PrometheusNumbers.parse(text)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "-Inf"})
    void parsesTheOtherSpecialValues(String text) {
        assertThat(PrometheusNumbers.parse(text)).isNotFinite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1d", "1f", "0x10", "1e", "1..2", "--1", "e5", "1 2"})
    void rejectsWhatPrometheusDoesNotWrite(String text) {
        assertThatThrownBy(() -> PrometheusNumbers.parse(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage("not a Prometheus number: \"" + text + "\"");
    }
}
