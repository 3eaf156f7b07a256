package dev.fecunit.assertj;

import dev.fecunit.sweep.Sweep;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A sweep whose manifest rows or cells were skipped: {@code hasNoSkippedCells}. */
final class ShouldHaveNoSkippedCells extends BasicErrorMessageFactory {

    private ShouldHaveNoSkippedCells(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveNoSkippedCells(Sweep sweep, List<String> problems) {
        StringBuilder out = new StringBuilder("\nExpecting every cell of sweep:\n  ").append(sweep.path())
                .append("\nto be usable,\nbut ").append(problems.size())
                .append(problems.size() == 1 ? " was skipped:" : " were skipped:");
        MessageText.appendCapped(out, problems, "");
        return new ShouldHaveNoSkippedCells(out.toString());
    }
}
