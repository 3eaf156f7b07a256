package dev.fecunit.internal.baseline;

import dev.fecunit.Run;
import dev.fecunit.analysis.Ratio;
import dev.fecunit.baseline.BaselineFileException;
import dev.fecunit.internal.format.JsonWriter;
import dev.fecunit.internal.verdict.Blocks;
import dev.fecunit.verdict.Blocking;
import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.Metric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored baseline: the figures of a known-good run, the tolerance of each figure, and the run's
 * blocks, kept as a versioned JSON document that other tools can read:
 *
 * <pre>
 * {
 *   "format": "fecunit-baseline",
 *   "version": 1,
 *   "run": {"name": "fec", "meta": {"MODE": "fec", ...}},
 *   "figures": {"frame_loss_rate_pct": 2.16, "latency_p95_ms": 126.8, ...},
 *   "tolerances": {"frame_loss_rate_pct": 2, "latency_p95_ms": 7, ...},
 *   "blocks": [{"kind": "steady", "from_s": 0, "to_s": 6.02,
 *               "ratios": {"frame_loss_rate_pct": [500, 181], ...}}, ...]
 * }
 * </pre>
 *
 * <p>Figures are keyed by {@link Metric#key()} and mean what that metric defines; a figure without
 * data is {@code null}. A tolerance is the largest absolute move, in the figure's unit, that still
 * matches. {@code blocks} keep, per burst or steady window, each ratio figure's numerator and
 * denominator, so a later version can compare statistically against the stored run.
 *
 * <pre>{@code
 * Baseline.of(run).write(Path.of("baselines/burst-fec.json"));
 * Baseline stored = Baseline.read(Path.of("baselines/burst-fec.json"));
 * }</pre>
 */
final class Baseline {

    /** The value of the {@code format} member. */
    public static final String FORMAT = "fecunit-baseline";
    /** The format version this fecunit writes and reads. */
    public static final int VERSION = 1;

    /**
     * Tolerances written into a new baseline, from the figure catalogue ({@code Figure.defaultTolerance()}):
     * about three run-to-run standard deviations of 120 s runs of the sample burst-loss scenario with FEC at
     * 30 % (measured by the calibration command). Edit
     * them in the file to suit your runs; accepting a new baseline keeps the tolerances of the old one.
     */
    public static final Map<String, Double> DEFAULT_TOLERANCES = defaultTolerances();

    private final String runName;
    private final Map<String, String> meta;
    private final Map<String, Double> figures;
    private final Map<String, Double> tolerances;
    private final List<StoredBlock> blocks;

    /**
     * A stored block: one burst or steady window with each ratio figure's numerator and denominator.
     *
     * @param kind   {@code burst}, {@code steady} or {@code fixed}
     * @param fromS  start, seconds since the start of the window
     * @param toS    end, seconds since the start of the window
     * @param ratios ratio figure key to its numerator and denominator
     */
    record StoredBlock(String kind, double fromS, double toS, Map<String, Ratio> ratios) {
        /** Defensive copy. */
        public StoredBlock {
            ratios = Collections.unmodifiableMap(new LinkedHashMap<>(ratios));
        }
    }

    /**
     * Creates a baseline document.
     *
     * @param runName    name of the run it was taken from
     * @param meta       the run's {@code meta.env}
     * @param figures    figure key to value ({@code NaN} for no data)
     * @param tolerances figure key to tolerance
     * @param blocks     the run's blocks
     */
    public Baseline(String runName, Map<String, String> meta, Map<String, Double> figures,
                    Map<String, Double> tolerances, List<StoredBlock> blocks) {
        this.runName = Objects.requireNonNull(runName, "runName");
        this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        this.tolerances = Collections.unmodifiableMap(new LinkedHashMap<>(tolerances));
        this.blocks = List.copyOf(blocks);
    }

    /** The baseline of {@code run}: every built-in figure, the default tolerances, its blocks. */
    public static Baseline of(Run run) {
        return of(run, DEFAULT_TOLERANCES);
    }

    /**
     * The baseline of {@code run} with the given tolerances (figures without one get the default).
     */
    public static Baseline of(Run run, Map<String, Double> tolerances) {
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, Double> tol = new LinkedHashMap<>();
        for (Metric metric : Metric.builtIn()) {
            figures.put(metric.key(), metric.of(run));
            Double t = tolerances.containsKey(metric.key()) ? tolerances.get(metric.key())
                    : DEFAULT_TOLERANCES.get(metric.key());
            if (t != null) {
                tol.put(metric.key(), t);
            }
        }
        List<StoredBlock> blocks = new ArrayList<>();
        for (Blocks.Block block : Blocks.of(run, Blocking.WINDOWS, Comparison.DEFAULT_BLOCK_LENGTH)) {
            Map<String, Ratio> ratios = new LinkedHashMap<>();
            for (Metric metric : Metric.builtIn()) {
                if (metric.isRatio()) {
                    ratios.put(metric.key(), metric.ratio(run, block.scope()));
                }
            }
            long[] interval = block.scope().intervals().get(0);
            blocks.add(new StoredBlock(block.stratum(), run.secondsSinceStart(interval[0]),
                    run.secondsSinceStart(interval[1]), ratios));
        }
        return new Baseline(run.name(), run.meta().values(), figures, tol, blocks);
    }

    /**
     * Reads the baseline file at {@code path}.
     *
     * @throws BaselineFileException when the file is missing, unreadable, not JSON, not a fecunit
     *                               baseline, or of an unknown version; the message names the path
     */
    public static Baseline read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineFileException(path, "Baseline [" + path + "] does not exist; run with -D"
                    + Baselines.UPDATE_PROPERTY + "=true to write it", e);
        } catch (IOException e) {
            throw new BaselineFileException(path, "Baseline [" + path + "] cannot be read: " + e.getMessage(), e);
        }
        return BaselineJson.parse(text, path);
    }

    /** Writes the document to {@code path} (parent directories are created). */
    public void write(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(path, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineFileException(path, "Baseline [" + path + "] cannot be written: " + e.getMessage(), e);
        }
    }

    /** The JSON document, two-space indented, members in the documented order. */
    public String toJson() {
        JsonWriter json = new JsonWriter();
        json.beginObject();
        json.name("format").value(FORMAT);
        json.name("version").value(VERSION);
        json.name("run").beginObject();
        json.name("name").value(runName);
        json.name("meta").beginObject();
        meta.forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.endObject();
        json.name("figures").beginObject();
        figures.forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.name("tolerances").beginObject();
        tolerances.forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.name("blocks").beginArray();
        for (StoredBlock block : blocks) {
            json.beginObject();
            json.name("kind").value(block.kind());
            json.name("from_s").value(block.fromS());
            json.name("to_s").value(block.toS());
            json.name("ratios").beginObject();
            block.ratios().forEach((k, r) -> json.name(k).beginArray().value(r.numerator()).value(r.denominator()).endArray());
            json.endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject();
        return json.toString();
    }

    /** Name of the run the baseline was taken from. */
    public String runName() {
        return runName;
    }

    /** The run's {@code meta.env} values. */
    public Map<String, String> meta() {
        return meta;
    }

    /** Figure key to value, in file order; {@code NaN} for a figure without data. */
    public Map<String, Double> figures() {
        return figures;
    }

    /** Figure key to tolerance, in file order. */
    public Map<String, Double> tolerances() {
        return tolerances;
    }

    /** The stored blocks, in time order. */
    public List<StoredBlock> blocks() {
        return blocks;
    }

    private static Map<String, Double> defaultTolerances() {
        Map<String, Double> t = new LinkedHashMap<>();
        for (Metric metric : Metric.builtIn()) {
            double tolerance = metric.figure().defaultTolerance();
            if (!Double.isNaN(tolerance)) {
                t.put(metric.key(), tolerance);
            }
        }
        return Collections.unmodifiableMap(t);
    }
}
