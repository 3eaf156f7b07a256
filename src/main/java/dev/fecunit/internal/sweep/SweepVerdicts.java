package dev.fecunit.internal.sweep;

import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.LossLevelPair;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.sweep.SweepFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The questions a sweep is run to answer, over its usable cells, as plain queries (assertion libraries
 * wrap them): does every FEC config beat the baseline at every loss level, and does frame loss stay
 * flat or fall as the protection rate grows?
 *
 * <pre>{@code
 * SweepVerdicts verdicts = SweepVerdicts.of(Sweep.load(Path.of("runs/sweep-small")));
 * for (BaselineComparison loser : verdicts.fecNotBeatingBaseline()) {
 *     System.out.println(loser.describe());
 * }
 * }</pre>
 *
 * <p>Only usable cells take part (see {@link SweepFigures#skipped()}); a FEC cell whose loss level has no
 * usable baseline is listed by {@link #fecCellsWithoutBaseline()}, so a verdict is never vacuously true.
 */
public final class SweepVerdicts {

    private final SweepFigures figures;

    private SweepVerdicts(SweepFigures figures) {
        this.figures = figures;
    }

    /** The verdicts over {@code sweep}'s figures (loading its runs once). */
    public static SweepVerdicts of(Sweep sweep) {
        return of(sweep.figures());
    }

    /** The verdicts over already computed {@code figures}. */
    public static SweepVerdicts of(SweepFigures figures) {
        return new SweepVerdicts(Objects.requireNonNull(figures, "figures"));
    }

    /** The figures judged; never null. */
    public SweepFigures figures() {
        return figures;
    }

    /** The usable cells that match {@code condition}, in manifest order. */
    public List<CellFigures> cellsWhere(Predicate<? super CellFigures> condition) {
        return figures.cells().stream().filter(condition).toList();
    }

    /** Every usable FEC cell beside every usable baseline at its loss level, by loss level then config. */
    public List<BaselineComparison> comparisons() {
        List<BaselineComparison> comparisons = new ArrayList<>();
        for (LossLevelPair pair : figures.sweep().baselinePairs()) {
            Optional<CellFigures> baseline = figures.of(pair.baseline());
            Optional<CellFigures> fec = figures.of(pair.fec());
            if (baseline.isPresent() && fec.isPresent()) {
                comparisons.add(new BaselineComparison(baseline.get(), fec.get()));
            }
        }
        return List.copyOf(comparisons);
    }

    /** The comparisons where the FEC cell lost as large a share of frames as the baseline, or larger. */
    public List<BaselineComparison> fecNotBeatingBaseline() {
        return comparisons().stream().filter(c -> !c.fecLosesFewerFrames()).toList();
    }

    /** The usable FEC cells with no usable baseline at their loss level: they cannot be judged against one. */
    public List<CellFigures> fecCellsWithoutBaseline() {
        List<CellFigures> unpaired = new ArrayList<>();
        for (CellFigures c : figures.cells()) {
            if (!c.cell().isBaseline() && figures.cells().stream()
                    .noneMatch(b -> b.cell().isBaseline() && b.cell().loss() == c.cell().loss())) {
                unpaired.add(c);
            }
        }
        return List.copyOf(unpaired);
    }

    /**
     * For each loss level and mask type, the usable FEC cells with a numeric protection rate, in rising rate,
     * as consecutive steps (cells with equal rates form no step).
     */
    public List<ProtectionStep> protectionSteps() {
        Map<String, List<CellFigures>> groups = new LinkedHashMap<>();
        figures.inCsvOrder().stream()
                .filter(c -> c.cell().protectionRate().isPresent())
                .forEach(c -> groups.computeIfAbsent(c.cell().loss() + "\u0000" + c.cell().fecMask(),
                        k -> new ArrayList<>()).add(c));
        List<ProtectionStep> steps = new ArrayList<>();
        for (List<CellFigures> group : groups.values()) {
            group.sort(Comparator.comparingDouble(c -> c.cell().protectionRate().getAsDouble()));
            for (int i = 1; i < group.size(); i++) {
                CellFigures lower = group.get(i - 1);
                CellFigures higher = group.get(i);
                if (lower.cell().protectionRate().getAsDouble() < higher.cell().protectionRate().getAsDouble()) {
                    steps.add(new ProtectionStep(lower, higher));
                }
            }
        }
        return List.copyOf(steps);
    }

    /** The steps where a higher protection rate lost a larger share of frames: frame loss should not grow with protection. */
    public List<ProtectionStep> frameLossRisingWithProtection() {
        return protectionSteps().stream().filter(ProtectionStep::frameLossIncreases).toList();
    }
}
