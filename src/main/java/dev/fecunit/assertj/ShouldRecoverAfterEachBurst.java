package dev.fecunit.assertj;

import dev.fecunit.internal.analysis.BurstFigures;
import dev.fecunit.internal.analysis.RecoveryTime;
import dev.fecunit.internal.format.NumberText;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.time.Duration;
import java.util.List;

/**
 * Delivery back to normal after every loss burst: {@code recoversWithinAfterEachBurst} and
 * {@code recoversEveryBurst}; names each offending burst by its number and time.
 */
final class ShouldRecoverAfterEachBurst extends BasicErrorMessageFactory {

    private ShouldRecoverAfterEachBurst(String text) {
        super("%s", unquotedString(text));
    }

    /** @param limit the longest time to recover allowed; null when any recovery before the next burst passes */
    static ErrorMessageFactory shouldRecoverAfterEachBurst(Measured actual, Duration limit, int bursts,
                                                           List<BurstFigures> offending) {
        String expectation = limit == null ? "recover after every burst"
                : "recover within " + MessageText.seconds(limit) + " after each burst";
        return new ShouldRecoverAfterEachBurst(MessageText.bound(actual, expectation,
                offending.size() + " of " + bursts + (bursts == 1 ? " burst" : " bursts") + " did not",
                offending.stream().map(ShouldRecoverAfterEachBurst::line).toList(), List.of()));
    }

    /** The run has no loss burst, so there is nothing to recover from. */
    static ErrorMessageFactory shouldHaveBursts(Measured actual, Duration limit) {
        String expectation = limit == null ? "recover after every burst"
                : "recover within " + MessageText.seconds(limit) + " after each burst";
        return new ShouldRecoverAfterEachBurst(MessageText.bound(actual, expectation,
                "it has no loss burst in its measurement window (no burst_on in events.csv)", List.of(), List.of()));
    }

    private static String line(BurstFigures burst) {
        RecoveryTime r = burst.recovery();
        String limit = NumberText.fixed(r.limitS(), 1) + " s after it";
        return MessageText.burst(burst) + switch (r.outcome()) {
            case RECOVERED -> " took " + NumberText.plain(r.seconds()) + " s to recover";
            case NOT_BEFORE_NEXT_BURST -> " did not recover before the next burst (" + limit + ")";
            case NOT_BEFORE_END -> " did not recover before the end of the data (" + limit + ")";
            case NO_STEADY_STATE -> " cannot recover: the run has no whole steady second to learn normal delivery from";
        };
    }
}
