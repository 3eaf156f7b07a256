package dev.fecunit.assertj;

import dev.fecunit.internal.analysis.FrameGap;
import dev.fecunit.internal.format.NumberText;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.ArrayList;
import java.util.List;

/** No frame-id gap at all: {@code hasNoFrameGaps}; lists the gaps (capped) with where the viewer saw them. */
final class ShouldHaveNoFrameGaps extends BasicErrorMessageFactory {

    private ShouldHaveNoFrameGaps(String text) {
        super("%s", unquotedString(text));
    }

    /** @param gaps the gaps inside the judged scope, in id order */
    static ErrorMessageFactory shouldHaveNoFrameGaps(Measured actual, List<FrameGap> gaps) {
        List<String> lines = new ArrayList<>();
        for (FrameGap gap : gaps) {
            String missing = gap.missing() == 1 ? "frame " + (gap.afterId() + 1)
                    : "frames " + (gap.afterId() + 1) + ".." + (gap.beforeId() - 1);
            lines.add(missing + " missing before frame " + gap.beforeId() + " received at "
                    + NumberText.fixed(actual.run().secondsSinceStart(gap.receiveUs()), 3) + " s");
        }
        return new ShouldHaveNoFrameGaps(MessageText.bound(actual, "have no frame gaps",
                "it " + FigureSentences.GAP_EVENTS.outcome(actual), lines, FigureSentences.FRAME_ROWS));
    }
}
