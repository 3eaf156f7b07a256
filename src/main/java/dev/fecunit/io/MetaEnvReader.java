package dev.fecunit.io;

import dev.fecunit.Diagnostic;
import dev.fecunit.RunMeta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Reads {@code meta.env}: {@code KEY=VALUE} lines, the harness's run parameters. */
final class MetaEnvReader {

    static final String FILE = "meta.env";

    private MetaEnvReader() {
    }

    /** Parses the text of {@code meta.env}; findings go to {@code diagnostics}. */
    static RunMeta parse(String text, List<Diagnostic> diagnostics) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> lineOf = new LinkedHashMap<>();
        long lineNumber = 0;
        for (String line : TextLines.split(text)) {
            lineNumber++;
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int eq = stripped.indexOf('=');
            if (eq < 0) {
                diagnostics.add(new Diagnostic(FILE, lineNumber,
                        "not a KEY=VALUE line; ignored: " + Texts.quote(stripped)));
                continue;
            }
            String key = stripped.substring(0, eq);
            String value = stripped.substring(eq + 1);
            Long earlier = lineOf.put(key, lineNumber);
            if (earlier != null) {
                diagnostics.add(new Diagnostic(FILE, lineNumber, key + " is set again (first at line "
                        + earlier + "); the later value " + Texts.quote(value) + " is used"));
            }
            values.put(key, value);
        }
        long t0 = parseTime(values, lineOf, "T0_US", diagnostics).orElse(0L);
        OptionalLong t1 = parseTime(values, lineOf, "T1_US", diagnostics);
        if (!values.containsKey("T1_US")) {
            diagnostics.add(new Diagnostic(FILE, 0, "T1_US is missing: the run did not finish, so the"
                    + " measurement window has no end and everything after T0_US is judged"));
        }
        return new RunMeta(values, t0, t1);
    }

    private static OptionalLong parseTime(Map<String, String> values, Map<String, Long> lineOf, String key,
                                          List<Diagnostic> diagnostics) {
        String raw = values.get(key);
        if (raw == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            diagnostics.add(new Diagnostic(FILE, lineOf.get(key), key + " is not an integer number of"
                    + " microseconds: " + Texts.quote(raw) + "; treated as absent"));
            return OptionalLong.empty();
        }
    }
}
