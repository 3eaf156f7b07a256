package dev.fecunit.internal.report;

import dev.fecunit.internal.format.JsonReader;
import dev.fecunit.internal.format.JsonWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A failing test that fecunit attached a report to, as stored in {@code failure.json} in the test's
 * report directory: what CI summaries ({@link FailureSummary}) are made from, read back by the CLI's
 * {@code failures} command.
 *
 * <pre>{@code
 * {
 *   "test_id": "[engine:junit-jupiter]/[class:examples.FlexFecRegressionTest]/[method:fecLosesFewerFrames(dev.fecunit.Run, dev.fecunit.Run)]",
 *   "test_class": "examples.FlexFecRegressionTest",
 *   "test": "fecLosesFewerFrames",
 *   "display_name": "fecLosesFewerFrames(Run, Run)",
 *   "message": "\nExpecting run: ...",
 *   "runs": [{"name": "baseline", "path": "/repo/runs/burst-ab/baseline"}, ...],
 *   "figures": {"runs": ["fec", "baseline"], "rows": [{"figure": "frames_lost", "values": ["101", "85"]}]},
 *   "files": ["fec_report.png", "index.html", "summary.txt", "summary.json"]
 * }
 * }</pre>
 *
 * @param testId      JUnit's unique id of the test; never null
 * @param testClass   the test class's fully qualified name; never null
 * @param test        the method, with the invocation for parameterized and repeated tests
 *                    ({@code fecBeatsBaseline[3]}), as the report directory is named; never null
 * @param displayName JUnit's display name of the test or invocation; never null
 * @param message     the failure's whole message (empty when it had none); never null
 * @param runs        the runs of the report, the baseline first; never null
 * @param figures     the figures that decided the failure; never null
 * @param files       the report's files, relative to the report directory, main file first; never null
 */
public record FailedTest(String testId, String testClass, String test, String displayName, String message,
                         List<RunEntry> runs, DecidingFigures figures, List<String> files) {

    /** The file name in a failing test's report directory. */
    public static final String FILE_NAME = "failure.json";

    /**
     * A run of the report.
     *
     * @param name the run's name; never null
     * @param path the run directory, absolute; never null
     */
    public record RunEntry(String name, String path) {
    }

    /** Creates the record; the lists are copied. */
    public FailedTest {
        runs = List.copyOf(runs);
        files = List.copyOf(files);
    }

    /** The document, two-space indented, with a final line end. */
    public String toJson() {
        JsonWriter json = new JsonWriter().beginObject()
                .name("test_id").value(testId)
                .name("test_class").value(testClass)
                .name("test").value(test)
                .name("display_name").value(displayName)
                .name("message").value(message)
                .name("runs").beginArray();
        for (RunEntry run : runs) {
            json.beginObject().name("name").value(run.name()).name("path").value(run.path()).endObject();
        }
        json.endArray().name("figures").beginObject().name("runs").beginArray();
        figures.runs().forEach(json::value);
        json.endArray().name("rows").beginArray();
        for (DecidingFigures.Row row : figures.rows()) {
            json.beginObject().name("figure").value(row.figure()).name("values").beginArray();
            row.values().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray().endObject().name("files").beginArray();
        files.forEach(json::value);
        return json.endArray().endObject().toString();
    }

    /** Writes {@link #toJson()} to {@code directory/failure.json}; returns the file. */
    public Path writeTo(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.toAbsolutePath() + ": " + e, e);
        }
        return file;
    }

    /**
     * Reads a {@code failure.json}.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not a failure document, with a sentence naming the
     *                                  file (and the line and column of a syntax error)
     */
    public static FailedTest read(Path file) throws IOException {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NotAFailure e) {
            throw new IllegalArgumentException(file + ": not a fecunit failure document (" + e.getMessage()
                    + "); fecunit writes this file when a test fails: run the tests again", e);
        }
    }

    private static FailedTest parse(Path file, String text) {
        Object document;
        try {
            document = JsonReader.parse(text);
        } catch (JsonReader.SyntaxError e) {
            throw new IllegalArgumentException(file + ":" + e.line + ":" + e.column + ": not valid JSON: "
                    + e.getMessage() + "; fecunit writes this file when a test fails: run the tests again", e);
        }
        Map<?, ?> root = object(document, "the document");
        List<RunEntry> runs = new ArrayList<>();
        for (Object run : list(root, "runs")) {
            Map<?, ?> entry = object(run, "a run");
            runs.add(new RunEntry(string(entry, "name"), string(entry, "path")));
        }
        Map<?, ?> figures = object(root.get("figures"), "\"figures\"");
        List<DecidingFigures.Row> rows = new ArrayList<>();
        for (Object row : list(figures, "rows")) {
            Map<?, ?> entry = object(row, "a row of \"figures\"");
            rows.add(new DecidingFigures.Row(string(entry, "figure"), strings(entry, "values")));
        }
        return new FailedTest(string(root, "test_id"), string(root, "test_class"),
                string(root, "test"), string(root, "display_name"), string(root, "message"), runs,
                new DecidingFigures(strings(figures, "runs"), rows), strings(root, "files"));
    }

    private static Map<?, ?> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new NotAFailure(what + " is not an object");
    }

    private static String string(Map<?, ?> object, String key) {
        if (object.get(key) instanceof String text) {
            return text;
        }
        throw new NotAFailure("\"" + key + "\" is " + (object.containsKey(key) ? "not a string" : "missing"));
    }

    private static List<?> list(Map<?, ?> object, String key) {
        if (object.get(key) instanceof List<?> list) {
            return list;
        }
        throw new NotAFailure("\"" + key + "\" is " + (object.containsKey(key) ? "not a list" : "missing"));
    }

    private static List<String> strings(Map<?, ?> object, String key) {
        List<String> strings = new ArrayList<>();
        for (Object value : list(object, key)) {
            if (!(value instanceof String text)) {
                throw new NotAFailure("\"" + key + "\" holds a value that is not a string");
            }
            strings.add(text);
        }
        return strings;
    }

    /** What is wrong with a document that is JSON but not a failure; {@link #read} adds the file. */
    private static final class NotAFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAFailure(String message) {
            super(message, null, false, false);
        }
    }
}
