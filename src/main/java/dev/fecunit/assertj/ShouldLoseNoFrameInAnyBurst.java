package dev.fecunit.assertj;

import dev.fecunit.internal.analysis.BurstFigures;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** No frame lost in any loss burst: {@code losesNoFrameInAnyBurst}; names each burst that lost frames. */
final class ShouldLoseNoFrameInAnyBurst extends BasicErrorMessageFactory {

    private ShouldLoseNoFrameInAnyBurst(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldLoseNoFrameInAnyBurst(Measured actual, int bursts, List<BurstFigures> offending) {
        return new ShouldLoseNoFrameInAnyBurst(MessageText.bound(actual, "lose no frame in any burst",
                offending.size() + " of " + bursts + (bursts == 1 ? " burst" : " bursts") + " lost frames",
                offending.stream().map(b -> MessageText.burst(b) + " lost " + FigureSentences.frameLoss(b.summary())).toList(),
                List.of()));
    }

    /** The run has no loss burst to judge. */
    static ErrorMessageFactory shouldHaveBursts(Measured actual) {
        return new ShouldLoseNoFrameInAnyBurst(MessageText.bound(actual, "lose no frame in any burst",
                "it has no loss burst in its measurement window (no burst_on in events.csv)", List.of(), List.of()));
    }
}
