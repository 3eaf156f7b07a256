package dev.fecunit.assertj;

import dev.fecunit.internal.sweep.BaselineComparison;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.internal.sweep.ProtectionStep;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.internal.sweep.SweepVerdicts;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.ArrayList;
import java.util.List;

/**
 * Assertions on a whole parameter {@link Sweep}: the questions a sweep is run to answer, with failure
 * messages that name every offending cell. The figures are the runs' own ({@link SweepVerdicts}).
 *
 * <pre>{@code
 * import static dev.fecunit.assertj.FecAssertions.*;
 *
 * Sweep sweep = Sweep.load(Path.of("runs/sweep-small"));
 * assertThat(sweep).hasNoSkippedCells()
 *                  .everyFecConfigLosesFewerFramesThanTheBaseline()
 *                  .frameLossNeverRisesWithTheProtectionRate();
 * }</pre>
 *
 * <p>Not final, so that soft assertions can proxy it. A {@code null} sweep fails as any AssertJ
 * assertion on {@code null} does.
 */
public class SweepAssert extends AbstractObjectAssert<SweepAssert, Sweep> {

    /**
     * Creates an assert on {@code actual}; most code calls {@link FecAssertions#assertThat(Sweep)}.
     *
     * @param actual the sweep under test
     */
    public SweepAssert(Sweep actual) {
        super(actual, SweepAssert.class);
    }

    /**
     * Verifies that every cell of the manifest was usable: no row skipped, no run directory missing or
     * without frames, so no other assertion silently judges fewer cells than the sweep ran.
     *
     * @return this assert, for chaining
     */
    public SweepAssert hasNoSkippedCells() {
        isNotNull();
        List<String> problems = new ArrayList<>();
        actual.diagnostics().forEach(d -> problems.add(d.toString()));
        actual.figures().skipped().forEach(d -> problems.add(d.toString()));
        if (!problems.isEmpty()) {
            throwAssertionError(ShouldHaveNoSkippedCells.shouldHaveNoSkippedCells(actual, problems));
        }
        return myself;
    }

    /**
     * Verifies that at every loss level, every FEC config lost a smaller share of its frames than the
     * baseline did. Fails too when a FEC cell has no usable baseline at its loss level (it cannot be
     * judged), or when the sweep has no FEC cell with a baseline at all.
     *
     * @return this assert, for chaining
     */
    public SweepAssert everyFecConfigLosesFewerFramesThanTheBaseline() {
        isNotNull();
        SweepVerdicts verdicts = SweepVerdicts.of(actual);
        List<BaselineComparison> comparisons = verdicts.comparisons();
        List<BaselineComparison> losers = verdicts.fecNotBeatingBaseline();
        List<CellFigures> unjudged = verdicts.fecCellsWithoutBaseline();
        if (comparisons.isEmpty() || !losers.isEmpty() || !unjudged.isEmpty()) {
            throwAssertionError(ShouldBeatTheBaselineAtEveryLossLevel.shouldBeatTheBaselineAtEveryLossLevel(
                    actual, comparisons.size(), losers, unjudged));
        }
        return myself;
    }

    /**
     * Verifies that, at each loss level and mask type, a higher FEC protection rate never lost a larger
     * share of frames than the next lower rate.
     *
     * @return this assert, for chaining
     */
    public SweepAssert frameLossNeverRisesWithTheProtectionRate() {
        isNotNull();
        SweepVerdicts verdicts = SweepVerdicts.of(actual);
        List<ProtectionStep> rising = verdicts.frameLossRisingWithProtection();
        if (!rising.isEmpty()) {
            throwAssertionError(ShouldNotLoseMoreFramesWithMoreProtection.shouldNotLoseMoreFramesWithMoreProtection(
                    actual, verdicts.protectionSteps().size(), rising));
        }
        return myself;
    }
}
