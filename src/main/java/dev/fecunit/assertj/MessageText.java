package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.internal.format.NumberText;

import java.util.List;

/**
 * The shape shared by every FEC failure message, so that all read alike (AssertJ's style):
 * {@code Expecting run:} with name and path, the expectation, what was found, then the relevant
 * rows of the summary table side by side.
 */
final class MessageText {

    /** Long lists (diagnostics, gaps) show this many items, then a count of the rest. */
    static final int LIST_LIMIT = 10;

    private MessageText() {
    }

    /** {@code fec (runs/burst-ab/fec)}. */
    static String run(Run run) {
        return run.name() + " (" + run.path() + ")";
    }

    /**
     * A failed comparison with the baseline.
     *
     * @param expectation e.g. {@code lose fewer frames than}
     * @param strict      whether the figure had to be below the limit (else at most the limit)
     * @param limit       the baseline's figure plus the tolerance's allowance
     */
    static String comparison(Measured actual, Measured baseline, FigureSentences figure, String expectation,
                             Tolerance tolerance, boolean strict, double limit) {
        String toleranceText = tolerance.isNone() ? ""
                : ", with a tolerance of " + tolerance.describe() + " (so " + (strict ? "below " : "at most ")
                        + NumberText.plain(limit) + ")";
        String actualName = actual.run().name();
        String baselineName = baseline.run().name();
        int width = Math.max(actualName.length(), baselineName.length());
        return "\nExpecting run:\n  " + run(actual.run())
                + "\nto " + expectation + " the baseline" + actual.runScope().suffix() + toleranceText + ":\n  "
                + run(baseline.run())
                + "\nbut:\n  " + pad(actualName, width) + " " + figure.outcome(actual)
                + "\n  " + pad(baselineName, width) + " " + figure.outcome(baseline)
                + "\n\n" + SideBySide.render(figure.rows(), List.of(actual, baseline));
    }

    /**
     * A failed bound on one run: {@code to <expectation><scope>,} then {@code but <finding>}, optional
     * detail lines, and the table rows.
     */
    static String bound(Measured actual, String expectation, String finding, List<String> details,
                        List<FigureSentences.Row> rows) {
        StringBuilder out = new StringBuilder("\nExpecting run:\n  ").append(run(actual.run()))
                .append("\nto ").append(expectation).append(actual.runScope().suffix()).append(",\nbut ")
                .append(finding);
        out.append(details.isEmpty() ? "." : ":");
        appendCapped(out, details, "");
        if (!rows.isEmpty()) {
            out.append("\n\n").append(SideBySide.render(rows, List.of(actual)));
        }
        return out.toString();
    }

    /** Appends up to {@link #LIST_LIMIT} items, one per indented line, then how many were left out. */
    static void appendCapped(StringBuilder out, List<String> items, String whereAll) {
        for (int i = 0; i < Math.min(items.size(), LIST_LIMIT); i++) {
            out.append("\n  ").append(items.get(i));
        }
        if (items.size() > LIST_LIMIT) {
            out.append("\n  ... and ").append(items.size() - LIST_LIMIT).append(" more").append(whereAll);
        }
    }

    /** A duration as a person writes it in seconds: {@code 2 s}, {@code 1.5 s}. */
    static String seconds(java.time.Duration duration) {
        return NumberText.plain(duration.toNanos() / 1e9) + " s";
    }

    /** {@code burst 3 (20.0–22.0 s)}: a burst by its number (from 1, in time order) and its time since T0_US. */
    static String burst(dev.fecunit.internal.analysis.BurstFigures burst) {
        return "burst " + (burst.window().index() + 1) + " (" + NumberText.fixed(burst.startS(), 1)
                + "\u2013" + NumberText.fixed(burst.endS(), 1) + " s)";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
