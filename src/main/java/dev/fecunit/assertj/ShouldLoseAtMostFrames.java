package dev.fecunit.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A bound on the frames lost: {@code losesAtMostFrames}. */
final class ShouldLoseAtMostFrames extends BasicErrorMessageFactory {

    private ShouldLoseAtMostFrames(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldLoseAtMostFrames(Measured actual, long maxFrames) {
        return new ShouldLoseAtMostFrames(MessageText.bound(actual,
                "lose at most " + maxFrames + " frames",
                "it " + FigureSentences.FRAMES_LOST.outcome(actual), List.of(), FigureSentences.FRAME_ROWS));
    }
}
