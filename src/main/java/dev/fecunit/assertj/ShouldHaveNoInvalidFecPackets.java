package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** No FlexFEC packet the SFU could not parse: {@code hasNoInvalidFecPackets}. */
final class ShouldHaveNoInvalidFecPackets extends BasicErrorMessageFactory {

    private ShouldHaveNoInvalidFecPackets(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveNoInvalidFecPackets(Measured actual) {
        return new ShouldHaveNoInvalidFecPackets(MessageText.bound(actual,
                "have no invalid FlexFEC packets",
                "it " + FigureSentences.FEC_INVALID.outcome(actual), List.of(), FigureSentences.FEC_ROWS));
    }
}
