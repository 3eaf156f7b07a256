package dev.fecunit.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Reads {@code meta.env}: {@code KEY=VALUE} lines, the harness's run parameters. */
final class MetaEnvReader {

    static final String FILE = "meta.env";

    private MetaEnvReader() {
    }

    /** The raw pairs of {@code meta.env} and the line of each key. */
    record Values(Map<String, String> values, Map<String, Long> lineOf) {
    }

    /** Reads {@code meta.env} from {@code in}; findings go to {@code diagnostics}. */
    static Values read(InputStream in, List<Finding> diagnostics) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> lineOf = new LinkedHashMap<>();
        TextLines.read(in, FILE, diagnostics, (line, lineNumber) -> {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                return;
            }
            int eq = stripped.indexOf('=');
            if (eq < 0) {
                diagnostics.add(new Finding(FILE, lineNumber,
                        "not a KEY=VALUE line; ignored: " + Texts.quote(stripped)));
                return;
            }
            String key = stripped.substring(0, eq);
            String value = stripped.substring(eq + 1);
            Long earlier = lineOf.put(key, lineNumber);
            if (earlier != null) {
                diagnostics.add(new Finding(FILE, lineNumber, key + " is set again (first at line "
                        + earlier + "); the later value " + Texts.quote(value) + " is used"));
            }
            values.put(key, value);
        });
        return new Values(values, lineOf);
    }

    /** {@code key} as an integer number of microseconds; empty (with a diagnostic) when absent or not an integer. */
    static OptionalLong time(Values meta, String key, List<Finding> diagnostics) {
        Map<String, String> values = meta.values();
        Map<String, Long> lineOf = meta.lineOf();
        String raw = values.get(key);
        if (raw == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            diagnostics.add(new Finding(FILE, lineOf.get(key), key + " is not an integer number of"
                    + " microseconds: " + Texts.quote(raw) + "; treated as absent"));
            return OptionalLong.empty();
        }
    }
}
