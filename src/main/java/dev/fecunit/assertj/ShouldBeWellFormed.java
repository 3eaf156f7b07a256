package dev.fecunit.assertj;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.ArrayList;
import java.util.List;

/** A run fit to be judged: {@code isWellFormed}; lists every problem (capped). */
final class ShouldBeWellFormed extends BasicErrorMessageFactory {

    private ShouldBeWellFormed(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldBeWellFormed(Run actual) {
        List<String> problems = new ArrayList<>();
        // The reader reports a missing T1_US itself; a run assembled in memory may lack that diagnostic.
        boolean t1Reported = actual.diagnostics().stream()
                .anyMatch(d -> d.file().equals("meta.env") && d.message().contains("T1_US"));
        if (actual.meta().t1Us().isEmpty() && !t1Reported) {
            problems.add("meta.env: no T1_US, so the measurement window has no end (the run died before finishing)");
        }
        actual.diagnostics().stream().map(Diagnostic::toString).forEach(problems::add);
        StringBuilder out = new StringBuilder("\nExpecting run:\n  ").append(MessageText.run(actual))
                .append("\nto be well formed (T1_US in meta.env, no line skipped or corrected),\nbut it has ")
                .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
        MessageText.appendCapped(out, problems, " (run.diagnostics() lists them all)");
        return new ShouldBeWellFormed(out.toString());
    }
}
