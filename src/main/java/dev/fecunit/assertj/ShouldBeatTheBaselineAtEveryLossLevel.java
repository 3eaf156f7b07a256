package dev.fecunit.assertj;

import dev.fecunit.internal.sweep.BaselineComparison;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.Sweep;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** Every FEC config of a sweep against the baseline at its loss level: {@code everyFecConfigLosesFewerFramesThanTheBaseline}. */
final class ShouldBeatTheBaselineAtEveryLossLevel extends BasicErrorMessageFactory {

    private ShouldBeatTheBaselineAtEveryLossLevel(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldBeatTheBaselineAtEveryLossLevel(Sweep sweep, int compared,
            List<BaselineComparison> losers, List<CellFigures> unjudged) {
        StringBuilder out = new StringBuilder("\nExpecting every FEC config of sweep:\n  ").append(sweep.path())
                .append("\nto lose a smaller share of frames than the baseline at its loss level,\nbut ");
        if (compared == 0 && unjudged.isEmpty()) {
            out.append("the sweep has no FEC cell with a usable baseline at its loss level.");
            return new ShouldBeatTheBaselineAtEveryLossLevel(out.toString());
        }
        if (!losers.isEmpty()) {
            out.append(losers.size()).append(" of ").append(compared).append(losers.size() == 1 ? " does" : " do")
                    .append(" not:");
            MessageText.appendCapped(out, losers.stream().map(BaselineComparison::describe).toList(), "");
        }
        if (!unjudged.isEmpty()) {
            out.append(losers.isEmpty() ? "" : "\nand ").append(unjudged.size())
                    .append(unjudged.size() == 1 ? " FEC cell has" : " FEC cells have")
                    .append(" no usable baseline at its loss level:");
            MessageText.appendCapped(out, unjudged.stream().map(CellFigures::toString).toList(), "");
        }
        return new ShouldBeatTheBaselineAtEveryLossLevel(out.toString());
    }
}
