package dev.fecunit.sweep;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.RunMeta;
import dev.fecunit.analysis.RunSummary;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of a sweep: every usable cell with its run's {@link RunSummary}, and the cells that were
 * skipped (run directory missing, or no frames in the window), each with a {@link Diagnostic} naming it.
 *
 * <pre>{@code
 * SweepFigures figures = Sweep.load(Path.of("runs/sweep-small")).figures();
 * figures.skipped().forEach(System.err::println);
 * for (CellFigures c : figures.inCsvOrder()) {
 *     System.out.println(c.cell().config() + " " + c.summary().frameLossPct());
 * }
 * }</pre>
 */
public final class SweepFigures {

    private final Sweep sweep;
    private final List<CellFigures> cells;
    private final List<Diagnostic> skipped;

    private SweepFigures(Sweep sweep, List<CellFigures> cells, List<Diagnostic> skipped) {
        this.sweep = sweep;
        this.cells = List.copyOf(cells);
        this.skipped = List.copyOf(skipped);
    }

    /** Loads every cell's run of {@code sweep} and computes its figures; unusable cells are skipped and listed. */
    public static SweepFigures of(Sweep sweep) {
        Objects.requireNonNull(sweep, "sweep");
        List<CellFigures> usable = new ArrayList<>();
        List<Diagnostic> skipped = new ArrayList<>();
        for (SweepCell cell : sweep.cells()) {
            String where = "cell [" + cell.leaf() + "] (" + cell.config() + " at loss " + cell.lossLabel() + ")";
            if (!Files.isDirectory(cell.directory())) {
                skipped.add(new Diagnostic(Sweep.MANIFEST, cell.manifestLine(), where + " skipped: run directory "
                        + cell.directory().toAbsolutePath().normalize() + " does not exist"));
                continue;
            }
            Run run;
            try {
                run = cell.run();
            } catch (Run.RunLoadException e) {
                skipped.add(new Diagnostic(Sweep.MANIFEST, cell.manifestLine(), where + " skipped: " + e.getMessage()));
                continue;
            }
            if (run.frames().isEmpty()) {
                skipped.add(new Diagnostic(Sweep.MANIFEST, cell.manifestLine(), where + " skipped: run directory "
                        + cell.directory().toAbsolutePath().normalize() + " has no frames in its measurement window"));
                continue;
            }
            usable.add(new CellFigures(cell));
        }
        return new SweepFigures(sweep, usable, skipped);
    }

    /** The sweep these figures belong to; never null. */
    public Sweep sweep() {
        return sweep;
    }

    /** The usable cells with their figures, in manifest order; empty when no cell was usable. */
    public List<CellFigures> cells() {
        return cells;
    }

    /** Whether no cell was usable (the sweep script then stops with {@code no usable cells found}). */
    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** One diagnostic per skipped cell (file {@code manifest.tsv}, the cell's line), naming its run directory. */
    public List<Diagnostic> skipped() {
        return skipped;
    }

    /** The figures of {@code cell}; empty when the cell was skipped or belongs to another sweep. */
    public Optional<CellFigures> of(SweepCell cell) {
        return cells.stream().filter(c -> c.cell() == cell).findFirst();
    }

    /** The usable cells in the CSV's order: by loss level, then config in plain character order. */
    public List<CellFigures> inCsvOrder() {
        return sorted(SweepOrder.BY_LOSS_THEN_CONFIG);
    }

    /** The usable cells in the printed table's order: by loss level, then the baseline first, then config. */
    public List<CellFigures> inTableOrder() {
        return sorted(SweepOrder.BY_LOSS_BASELINE_FIRST);
    }

    /** The configs of the usable cells: {@code baseline} first (when present), then the others in plain character order. */
    public List<String> configs() {
        Set<String> configs = new LinkedHashSet<>();
        if (cells.stream().anyMatch(c -> c.cell().isBaseline())) {
            configs.add(SweepCell.BASELINE);
        }
        cells.stream().filter(c -> !c.cell().isBaseline()).map(c -> c.cell().config())
                .sorted(SweepOrder::compareCodePoints).forEach(configs::add);
        return List.copyOf(configs);
    }

    /** The usable cells of {@code config}, by loss level. */
    public List<CellFigures> ofConfig(String config) {
        return cells.stream().filter(c -> c.cell().config().equals(config))
                .sorted(Comparator.comparingDouble(c -> c.cell().loss())).toList();
    }

    /**
     * Whether the loss levels are uniform drops injected at the SFU: the first usable cell's {@code DEBUG_DROP}
     * is set and non-zero (as {@link RunMeta#lossProfile()} reads it); otherwise they are burst loss fractions.
     */
    public boolean lossIsInjectedDrop() {
        return !cells.isEmpty() && cells.get(0).cell().run().meta().lossProfile().kind()
                == RunMeta.LossProfile.Kind.UNIFORM_DROP;
    }

    private List<CellFigures> sorted(Comparator<SweepCell> order) {
        List<CellFigures> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing(CellFigures::cell, order));
        return List.copyOf(sorted);
    }
}
