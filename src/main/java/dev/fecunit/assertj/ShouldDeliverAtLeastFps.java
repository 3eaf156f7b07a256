package dev.fecunit.assertj;

import dev.fecunit.internal.analysis.FrameRate;
import dev.fecunit.internal.format.NumberText;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/**
 * A lower bound on the delivered frame rate, over the window ({@code deliversAtLeastFps}) or in its
 * worst whole second ({@code deliversAtLeastFpsInEverySecond}), including the runs that cannot be judged.
 */
final class ShouldDeliverAtLeastFps extends BasicErrorMessageFactory {

    private ShouldDeliverAtLeastFps(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldDeliverAtLeastFpsOverTheWindow(Measured actual, double minFps, double fps) {
        return new ShouldDeliverAtLeastFps(MessageText.bound(actual, overTheWindow(minFps),
                "it delivered " + NumberText.fixed(fps, 2) + " fps (" + actual.summary().framesReceived()
                        + " frames received)", List.of(), FigureSentences.FRAME_ROWS));
    }

    static ErrorMessageFactory shouldHaveAWindowLength(Measured actual, double minFps) {
        return new ShouldDeliverAtLeastFps(MessageText.bound(actual, overTheWindow(minFps),
                "meta.env has no T1_US (the run ended before writing it), so the window has no length to"
                        + " average over; fix the run, or judge every second with deliversAtLeastFpsInEverySecond",
                List.of(), List.of()));
    }

    static ErrorMessageFactory shouldHaveTimeToJudge(Measured actual, double minFps) {
        return new ShouldDeliverAtLeastFps(MessageText.bound(actual, overTheWindow(minFps),
                "the window has no time" + actual.runScope().suffix() + ", so there is no frame rate to judge",
                List.of(), List.of()));
    }

    static ErrorMessageFactory shouldDeliverAtLeastFpsInEverySecond(Measured actual, double minFps,
                                                                     FrameRate.Second worst) {
        return new ShouldDeliverAtLeastFps(MessageText.bound(actual, everySecond(minFps),
                "it delivered only " + NumberText.plain(worst.fps()) + " frames in second " + worst.second() + " ("
                        + worst.second() + " s to " + (worst.second() + 1) + " s after T0_US)",
                List.of(), FigureSentences.FRAME_ROWS));
    }

    static ErrorMessageFactory shouldHaveAWholeSecond(Measured actual, double minFps) {
        return new ShouldDeliverAtLeastFps(MessageText.bound(actual, everySecond(minFps),
                "no whole second of the window lies" + (actual.runScope() == RunScope.WHOLE_RUN ? " in it"
                        : actual.runScope().suffix()) + ", so there is no second to judge",
                List.of(), List.of()));
    }

    private static String overTheWindow(double minFps) {
        return "deliver at least " + NumberText.plain(minFps) + " fps over the window";
    }

    private static String everySecond(double minFps) {
        return "deliver at least " + NumberText.plain(minFps) + " fps in every second";
    }
}
