package dev.fecunit.assertj;

import dev.fecunit.internal.sweep.ProtectionStep;
import dev.fecunit.sweep.Sweep;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** Frame loss along rising protection rates of a sweep: {@code frameLossNeverRisesWithTheProtectionRate}. */
final class ShouldNotLoseMoreFramesWithMoreProtection extends BasicErrorMessageFactory {

    private ShouldNotLoseMoreFramesWithMoreProtection(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldNotLoseMoreFramesWithMoreProtection(Sweep sweep, int steps,
            List<ProtectionStep> rising) {
        StringBuilder out = new StringBuilder("\nExpecting the frame loss of sweep:\n  ").append(sweep.path())
                .append("\nnever to rise with the FEC protection rate (same loss level and mask),\nbut it rose in ")
                .append(rising.size()).append(" of ").append(steps).append(steps == 1 ? " step:" : " steps:");
        MessageText.appendCapped(out, rising.stream().map(ProtectionStep::describe).toList(), "");
        return new ShouldNotLoseMoreFramesWithMoreProtection(out.toString());
    }
}
