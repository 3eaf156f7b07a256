package dev.fecunit.assertj;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** Nothing skipped or corrected while reading the run: {@code hasNoDiagnostics}; lists them (capped). */
final class ShouldHaveNoDiagnostics extends BasicErrorMessageFactory {

    private ShouldHaveNoDiagnostics(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldHaveNoDiagnostics(Run actual) {
        List<String> lines = actual.diagnostics().stream().map(Diagnostic::toString).toList();
        StringBuilder out = new StringBuilder("\nExpecting run:\n  ").append(MessageText.run(actual))
                .append("\nto have no diagnostics,\nbut ").append(lines.size())
                .append(lines.size() == 1 ? " line was" : " lines were")
                .append(" skipped or corrected while reading it:");
        MessageText.appendCapped(out, lines, " (run.diagnostics() lists them all)");
        return new ShouldHaveNoDiagnostics(out.toString());
    }
}
