package dev.fecunit.sweep;

import java.util.Comparator;
import java.util.Objects;

/**
 * A FEC cell and the baseline (no FEC) cell of the same loss level: the comparison a sweep exists for.
 *
 * @param baseline the baseline cell
 * @param fec      the FEC cell at the same loss level
 */
public record LossLevelPair(SweepCell baseline, SweepCell fec) {

    /** Orders pairs by loss level, then by the FEC cell's config in plain character order. */
    static final Comparator<LossLevelPair> BY_LOSS_THEN_CONFIG = Comparator
            .comparingDouble((LossLevelPair pair) -> pair.fec().loss())
            .thenComparing(pair -> pair.fec().config(), SweepOrder::compareCodePoints);

    /** Creates a pair; both cells are never null. */
    public LossLevelPair {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(fec, "fec");
    }

    /** {@code FEC r30/random vs baseline at loss 0.15}: a readable name for parameterized tests. */
    @Override
    public String toString() {
        return fec.config() + " vs baseline at loss " + fec.lossLabel();
    }
}
