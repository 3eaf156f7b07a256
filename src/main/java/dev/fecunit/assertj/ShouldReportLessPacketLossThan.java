package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Reported packet loss compared with a baseline. */
final class ShouldReportLessPacketLossThan extends BasicErrorMessageFactory {

    private ShouldReportLessPacketLossThan(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldReportLessPacketLossThan(Measured actual, Measured baseline,
            Tolerance tolerance, boolean strict, double limit) {
        return new ShouldReportLessPacketLossThan(MessageText.comparison(actual, baseline, FigureSentences.PACKET_LOSS,
                strict ? "report fewer lost packets than" : "report no more lost packets than",
                tolerance, strict, limit));
    }
}
