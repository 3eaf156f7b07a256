package dev.fecunit.internal.report;

import dev.fecunit.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failing test's section for a CI page: the test, the failure's statement, the deciding figures of
 * each run and the report's files. Markdown for GitHub's job summary (and GitLab or Jenkins pages that
 * render Markdown), plain text for a console.
 *
 * <pre>
 * ### `examples.FlexFecRegressionTest` › `fecLosesFewerFrames`
 *
 * ```text
 * Expecting run:
 *   ...
 * ```
 *
 * | figure | fec-regressed | baseline |
 * |---|---:|---:|
 * | frames_lost | 101 | 85 |
 *
 * Report files:
 * - `target/fecunit-reports/examples.FlexFecRegressionTest/fecLosesFewerFrames/fec_report.png`
 * </pre>
 */
public final class FailureSummary {

    /** The statement shows at most this many lines of the message. */
    static final int STATEMENT_LINES = 12;

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private FailureSummary() {
    }

    /**
     * The Markdown section, ending with a blank line so sections can follow each other.
     *
     * @param failure         the failing test
     * @param reportDirectory the directory its {@code failure.json} is in (its files are relative to it)
     * @param base            paths under it are shown relative to it (the workspace, the working directory)
     */
    public static String markdown(FailedTest failure, Path reportDirectory, Path base) {
        StringBuilder out = new StringBuilder("### `").append(failure.testClass()).append("` \u203a `")
                .append(failure.test()).append('`');
        if (isInvocation(failure)) {
            out.append(" (").append(failure.displayName()).append(')');
        }
        out.append("\n\n");
        List<String> statement = statement(failure.message());
        if (!statement.isEmpty()) {
            String fence = fenceFor(statement);
            out.append(fence).append("text\n");
            statement.forEach(line -> out.append(line).append('\n'));
            out.append(fence).append("\n\n");
        }
        DecidingFigures figures = failure.figures();
        if (!figures.isEmpty()) {
            out.append("| figure |");
            figures.runs().forEach(run -> out.append(' ').append(cell(run)).append(" |"));
            out.append("\n|---|").append("---:|".repeat(figures.runs().size())).append('\n');
            for (DecidingFigures.Row row : figures.rows()) {
                out.append("| ").append(cell(row.figure())).append(" |");
                row.values().forEach(value -> out.append(' ').append(cell(value)).append(" |"));
                out.append('\n');
            }
            out.append('\n');
        }
        List<String> files = paths(failure, reportDirectory, base);
        if (!files.isEmpty()) {
            out.append("Report files:\n\n");
            files.forEach(file -> out.append("- `").append(file).append("`\n"));
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The plain-text section, for a console or a CI log; ends with a blank line.
     *
     * @param failure         the failing test
     * @param reportDirectory the directory its {@code failure.json} is in
     * @param base            paths under it are shown relative to it
     */
    public static String text(FailedTest failure, Path reportDirectory, Path base) {
        StringBuilder out = new StringBuilder("FAILED ").append(failure.testClass()).append(' ')
                .append(failure.test());
        if (isInvocation(failure)) {
            out.append(" (").append(failure.displayName()).append(')');
        }
        out.append('\n');
        statement(failure.message()).forEach(line -> out.append("    ").append(line).append('\n'));
        DecidingFigures figures = failure.figures();
        if (!figures.isEmpty()) {
            int nameWidth = "figure".length();
            for (DecidingFigures.Row row : figures.rows()) {
                nameWidth = Math.max(nameWidth, row.figure().length());
            }
            List<Integer> widths = new ArrayList<>();
            for (int c = 0; c < figures.runs().size(); c++) {
                int width = figures.runs().get(c).length();
                for (DecidingFigures.Row row : figures.rows()) {
                    width = Math.max(width, row.values().get(c).length());
                }
                widths.add(width);
            }
            out.append("\n    ").append(pad("figure", nameWidth));
            for (int c = 0; c < widths.size(); c++) {
                out.append("  ").append(padLeft(figures.runs().get(c), widths.get(c)));
            }
            for (DecidingFigures.Row row : figures.rows()) {
                out.append("\n    ").append(pad(row.figure(), nameWidth));
                for (int c = 0; c < widths.size(); c++) {
                    out.append("  ").append(padLeft(row.values().get(c), widths.get(c)));
                }
            }
            out.append('\n');
        }
        List<String> files = paths(failure, reportDirectory, base);
        for (int i = 0; i < files.size(); i++) {
            out.append(i == 0 ? "\n    report: " : "            ").append(files.get(i)).append('\n');
        }
        return out.append('\n').toString();
    }

    /**
     * What the failure says, without the table that follows it: the message's first paragraph (from
     * its first non-blank line to the next blank line), at most {@value #STATEMENT_LINES} lines, trailing
     * spaces removed; empty for an empty message.
     */
    static List<String> statement(String message) {
        List<String> lines = new ArrayList<>();
        boolean started = false;
        for (String line : message.split("\r?\n", -1)) {
            String stripped = line.stripTrailing();
            if (stripped.isEmpty()) {
                if (started) {
                    break;
                }
                continue;
            }
            started = true;
            if (lines.size() == STATEMENT_LINES) {
                lines.add("...");
                break;
            }
            lines.add(stripped);
        }
        return lines;
    }

    private static boolean isInvocation(FailedTest failure) {
        return failure.test().endsWith("]") && !failure.displayName().isEmpty();
    }

    private static List<String> paths(FailedTest failure, Path reportDirectory, Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        List<String> paths = new ArrayList<>();
        for (String file : failure.files()) {
            Path path = reportDirectory.resolve(file).toAbsolutePath().normalize();
            paths.add((path.startsWith(absoluteBase) ? absoluteBase.relativize(path) : path).toString()
                    .replace('\\', '/'));
        }
        return paths;
    }

    /** A fence longer than any run of backticks in the text, so the text cannot close it. */
    private static String fenceFor(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            Matcher m = BACKTICKS.matcher(line);
            while (m.find()) {
                longest = Math.max(longest, m.group().length());
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
