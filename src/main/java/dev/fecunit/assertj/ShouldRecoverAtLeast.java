package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A lower bound on the packets recovered via FlexFEC: {@code recoversAtLeast}. */
final class ShouldRecoverAtLeast extends BasicErrorMessageFactory {

    private ShouldRecoverAtLeast(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldRecoverAtLeast(Measured actual, long minPackets) {
        return new ShouldRecoverAtLeast(MessageText.bound(actual,
                "recover at least " + minPackets + " packets via FlexFEC",
                "it " + FigureSentences.FEC_RECOVERED.outcome(actual), List.of(), FigureSentences.FEC_ROWS));
    }
}
