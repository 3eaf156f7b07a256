package dev.fecunit.assertj;

import dev.fecunit.history.HistoryRun;
import dev.fecunit.history.RunHistory;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/**
 * A history regressed: a change point in a figure's worse direction after the last accepted change,
 * or a latest run worse than the runs since the last change point. The message names the history, each
 * finding in one line (the night, the levels before and after, the size) and how to accept an intended change.
 */
final class ShouldHaveNoRegressionInHistory extends BasicErrorMessageFactory {

    private ShouldHaveNoRegressionInHistory(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory create(RunHistory history, String acceptedThrough, List<String> findings) {
        List<HistoryRun> runs = history.runs();
        StringBuilder text = new StringBuilder("\nExpecting history:\n  ").append(history.description()).append(" (")
                .append(runs.size()).append(runs.size() == 1 ? " run, " : " runs, ").append(runs.get(0).label())
                .append(" .. ").append(runs.get(runs.size() - 1).label()).append(")\n")
                .append("to have no regression since ")
                .append(acceptedThrough == null ? "its first run" : "the change accepted at " + acceptedThrough)
                .append(", but:");
        for (String finding : findings) {
            text.append("\n  ").append(finding);
        }
        text.append("\nIf a change is intended, accept it: acceptingChangesThrough(\"<run>\").");
        return new ShouldHaveNoRegressionInHistory(text.toString());
    }
}
