package dev.fecunit.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The figures that decided a failure, one column per run, as fecunit's failure messages show them:
 * every fecunit assertion ends its message with the rows of the summary table it judged
 * ({@code metric  fec  baseline} / {@code frames_lost  101  85}). They are read back from the message
 * rather than handed over, so a failure wrapped by other tooling (AssertJ's soft assertions collect
 * several messages into one) still yields its figures, and the figures shown can never differ from
 * the ones the message printed.
 *
 * @param runs the runs' names, one per column, in the order the messages show them; never null
 * @param rows the figures, in the order first shown; never null
 */
public record DecidingFigures(List<String> runs, List<Row> rows) {

    /** A figure with no value for a run (it was judged for another run only). */
    public static final String ABSENT = "";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.]*");
    /** A cell of the table: a number as the table prints it (maybe with a unit sign), or no value. */
    private static final Pattern VALUE = Pattern.compile("[-+]?[0-9][0-9.,]*(?:[eE][-+]?[0-9]+)?%?|[-+]?(?:nan|inf)|-|n/a",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * One figure.
     *
     * @param figure its summary-table key, followed by the scope when not the whole run
     *               ({@code frames_lost during bursts}); never null
     * @param values its text in each run's column ({@link #ABSENT} where not shown); never null
     */
    public record Row(String figure, List<String> values) {

        /** Creates the row; {@code values} is copied. */
        public Row {
            values = List.copyOf(values);
        }
    }

    /** Creates the figures; the lists are copied. */
    public DecidingFigures {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /** No figures (a failure that is not a fecunit assertion's). */
    public static DecidingFigures none() {
        return new DecidingFigures(List.of(), List.of());
    }

    /** Whether there is nothing to show. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The figures of every summary table in {@code message}, merged: a column per run name, a row per
     * figure and scope; empty when the message has no table.
     *
     * @param message a failure's message; null gives none
     * @return the figures; never null
     */
    public static DecidingFigures fromMessage(String message) {
        if (message == null) {
            return none();
        }
        List<String> runs = new ArrayList<>();
        Map<String, Map<String, String>> byFigure = new LinkedHashMap<>();
        String[] lines = message.split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            String header = lines[i].strip();
            if (!header.startsWith("metric")) {
                continue;
            }
            int columns = tokens(lines[i + 1]).length - 1;
            String[] headerTokens = tokens(header.substring("metric".length()));
            if (columns < 1 || headerTokens.length < columns || !isRow(lines[i + 1], columns)) {
                continue;
            }
            int scopeWords = headerTokens.length - columns;
            String scope = String.join(" ", java.util.Arrays.copyOfRange(headerTokens, 0, scopeWords));
            List<String> tableRuns = List.of(headerTokens).subList(scopeWords, headerTokens.length);
            for (String run : tableRuns) {
                if (!runs.contains(run)) {
                    runs.add(run);
                }
            }
            int j = i + 1;
            for (; j < lines.length && isRow(lines[j], columns); j++) {
                String[] cells = tokens(lines[j]);
                String figure = scope.isEmpty() ? cells[0] : cells[0] + " " + scope;
                Map<String, String> values = byFigure.computeIfAbsent(figure, f -> new LinkedHashMap<>());
                for (int c = 0; c < columns; c++) {
                    values.putIfAbsent(tableRuns.get(c), cells[c + 1]);
                }
            }
            i = j - 1;
        }
        List<Row> rows = new ArrayList<>();
        byFigure.forEach((figure, values) -> rows.add(new Row(figure,
                runs.stream().map(run -> values.getOrDefault(run, ABSENT)).toList())));
        return new DecidingFigures(runs, rows);
    }

    /** A figure's key and one value per run; not a stack frame ({@code at Foo.bar(Foo.java:12)}) or prose. */
    private static boolean isRow(String line, int columns) {
        String[] cells = tokens(line);
        if (cells.length != columns + 1 || !KEY.matcher(cells[0]).matches()) {
            return false;
        }
        for (int c = 1; c < cells.length; c++) {
            if (!VALUE.matcher(cells[c]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String[] tokens(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() ? new String[0] : WHITESPACE.split(stripped);
    }
}
