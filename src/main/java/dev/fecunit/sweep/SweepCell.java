package dev.fecunit.sweep;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.Lazy;
import dev.fecunit.internal.format.NumberText;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of a sweep's {@code manifest.tsv}: a run at one loss level, either the baseline (no FEC) or
 * one FEC configuration (protection rate and mask type), with its {@link Run} loaded on first use.
 *
 * <pre>{@code
 * SweepCell cell = sweep.cells().get(0);
 * cell.config();     // "FEC r30/random" (or "baseline")
 * cell.lossLabel();  // "0.15", as the manifest writes it
 * cell.loss();       // 0.15
 * Run run = cell.run();   // loaded once, then cached
 * }</pre>
 *
 * <p>Safe to share between threads: the run is loaded at most once.
 */
public final class SweepCell {

    /** The {@code mode} of a baseline cell. */
    public static final String BASELINE = "baseline";

    private final Path directory;
    private final long manifestLine;
    private final String leaf;
    private final String mode;
    private final String lossLabel;
    private final double loss;
    private final String fecRate;
    private final String fecMask;
    private final Lazy<Run> run;

    /**
     * Creates a cell; most users get cells from {@link Sweep#load(Path)}.
     *
     * @param directory    the cell's run directory ({@code <sweep>/<leaf>})
     * @param manifestLine the 1-based line of {@code manifest.tsv} that lists the cell
     * @param leaf         the run directory relative to the sweep, as the manifest writes it
     * @param mode         {@code baseline} or {@code fec}
     * @param lossLabel    the loss level as the manifest writes it, e.g. {@code 0.30}
     * @param loss         the loss level as a number (0.0 when the label is not a number)
     * @param fecRate      the FEC protection rate as written ({@code -} for none)
     * @param fecMask      the FEC mask type as written ({@code -} for none)
     */
    SweepCell(Path directory, long manifestLine, String leaf, String mode, String lossLabel, double loss,
                     String fecRate, String fecMask) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.run = new Lazy<>(() -> Run.load(this.directory));
        this.manifestLine = manifestLine;
        this.leaf = Objects.requireNonNull(leaf, "leaf");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.lossLabel = Objects.requireNonNull(lossLabel, "lossLabel");
        this.loss = loss;
        this.fecRate = Objects.requireNonNull(fecRate, "fecRate");
        this.fecMask = Objects.requireNonNull(fecMask, "fecMask");
    }

    /** The cell's run directory, {@code <sweep>/<leaf>}; never null. */
    public Path directory() {
        return directory;
    }

    /** The 1-based line of {@code manifest.tsv} that lists this cell. */
    public long manifestLine() {
        return manifestLine;
    }

    /** The run directory relative to the sweep, as the manifest writes it, e.g. {@code cell_loss0.15_baseline/baseline}. */
    public String leaf() {
        return leaf;
    }

    /** The manifest's {@code mode}: {@code baseline} or {@code fec}. */
    public String mode() {
        return mode;
    }

    /** Whether this is the baseline (no FEC) of its loss level. */
    public boolean isBaseline() {
        return BASELINE.equals(mode);
    }

    /** The loss level as the manifest writes it, e.g. {@code 0.30} (the table prints it so). */
    public String lossLabel() {
        return lossLabel;
    }

    /** The loss level as a number, the x axis of the sweep chart; 0.0 when the label is not a number. */
    public double loss() {
        return loss;
    }

    /** The FEC protection rate as the manifest writes it, e.g. {@code 30}; {@code -} for none. */
    public String fecRate() {
        return fecRate;
    }

    /** The FEC protection rate as a number; empty for the baseline or when the manifest's value is not a number. */
    public OptionalDouble protectionRate() {
        return isBaseline() ? OptionalDouble.empty() : NumberText.parseFinite(fecRate);
    }

    /** The FEC mask type as the manifest writes it, e.g. {@code random} or {@code bursty}; {@code -} for none. */
    public String fecMask() {
        return fecMask;
    }

    /** {@code baseline} for the baseline, else {@code FEC r<rate>/<mask>}, e.g. {@code FEC r30/bursty}. */
    public String config() {
        return isBaseline() ? BASELINE : "FEC r" + fecRate + "/" + fecMask;
    }

    /**
     * The cell's run, loaded on the first call and cached (at most one load, even across threads).
     *
     * @throws Run.RunLoadException when the run directory does not exist or cannot be read
     */
    public Run run() {
        return run.get();
    }

    /** {@code FEC r30/random at loss 0.15 (cell_loss0.15_rate30_random/fec)}. */
    @Override
    public String toString() {
        return config() + " at loss " + lossLabel + " (" + leaf + ")";
    }
}
