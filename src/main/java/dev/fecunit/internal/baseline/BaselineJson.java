package dev.fecunit.internal.baseline;

import dev.fecunit.analysis.Ratio;
import dev.fecunit.baseline.BaselineFileException;
import dev.fecunit.internal.format.JsonReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the text of a baseline file into a {@link Baseline}, checking the format and version first. */
final class BaselineJson {

    private BaselineJson() {
    }

    static Baseline parse(String text, Path path) {
        Object document;
        try {
            document = JsonReader.parse(text);
        } catch (JsonReader.SyntaxError e) {
            throw new BaselineFileException(path, "Baseline [" + path + "] is not valid JSON: line " + e.line + ", column "
                    + e.column + ": " + e.getMessage() + "; fix the file, or delete it and run with -D"
                    + Baselines.UPDATE_PROPERTY + "=true to write it again", e);
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw invalid(path, "the document is not a JSON object");
        }
        Object format = root.get("format");
        if (!Baseline.FORMAT.equals(format)) {
            throw new BaselineFileException(path, "Baseline [" + path + "] is not a fecunit baseline: its \"format\" is ["
                    + format + "] where [" + Baseline.FORMAT + "] was expected", null);
        }
        Object version = root.get("version");
        if (!(version instanceof Double v) || v != Baseline.VERSION) {
            throw new BaselineFileException(path, "Baseline [" + path + "] has format version [" + versionText(version)
                    + "], but this fecunit reads version " + Baseline.VERSION + " only: upgrade fecunit, or write the"
                    + " baseline again with -D" + Baselines.UPDATE_PROPERTY + "=true", null);
        }
        Map<?, ?> run = object(root, "run", path);
        Object name = run.get("name");
        if (!(name instanceof String runName)) {
            throw invalid(path, "\"run\".\"name\" must be a string");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Object metaValue = run.get("meta");
        if (metaValue != null) {
            if (!(metaValue instanceof Map<?, ?> m)) {
                throw invalid(path, "\"run\".\"meta\" must be an object");
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                meta.put((String) e.getKey(), String.valueOf(e.getValue()));
            }
        }
        Map<String, Double> figures = numbers(object(root, "figures", path), "figures", path, true);
        Map<String, Double> tolerances = numbers(object(root, "tolerances", path), "tolerances", path, false);
        for (Map.Entry<String, Double> t : tolerances.entrySet()) {
            if (t.getValue() < 0) {
                throw invalid(path, "tolerance of [" + t.getKey() + "] is negative [" + t.getValue() + "]");
            }
        }
        return new Baseline(runName, meta, figures, tolerances, blocks(root.get("blocks"), path));
    }

    private static List<Baseline.StoredBlock> blocks(Object value, Path path) {
        List<Baseline.StoredBlock> blocks = new ArrayList<>();
        if (value == null) {
            return blocks;
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(path, "\"blocks\" must be an array");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> block) || !(block.get("kind") instanceof String kind)
                    || !(block.get("from_s") instanceof Double from) || !(block.get("to_s") instanceof Double to)
                    || !(block.get("ratios") instanceof Map<?, ?> ratios)) {
                throw invalid(path, "each block needs \"kind\", \"from_s\", \"to_s\" and \"ratios\"");
            }
            Map<String, Ratio> parsed = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ratios.entrySet()) {
                if (!(e.getValue() instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Double n)
                        || !(pair.get(1) instanceof Double d)) {
                    throw invalid(path, "block ratio [" + e.getKey() + "] must be [numerator, denominator]");
                }
                parsed.put((String) e.getKey(), new Ratio(n, d));
            }
            blocks.add(new Baseline.StoredBlock(kind, from, to, parsed));
        }
        return blocks;
    }

    private static Map<?, ?> object(Map<?, ?> root, String member, Path path) {
        Object value = root.get(member);
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(path, "\"" + member + "\" must be an object");
        }
        return map;
    }

    private static Map<String, Double> numbers(Map<?, ?> map, String member, Path path, boolean nullAllowed) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double d) {
                out.put((String) e.getKey(), d);
            } else if (v == null && nullAllowed) {
                out.put((String) e.getKey(), Double.NaN);
            } else {
                throw invalid(path, "\"" + member + "\".\"" + e.getKey() + "\" must be a number but is [" + v + "]");
            }
        }
        return out;
    }

    private static String versionText(Object version) {
        if (version instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(version);
    }

    private static BaselineFileException invalid(Path path, String what) {
        return new BaselineFileException(path, "Baseline [" + path + "] is not a valid fecunit baseline: " + what
                + "; fix the file, or delete it and run with -D" + Baselines.UPDATE_PROPERTY + "=true to write it again",
                null);
    }
}
