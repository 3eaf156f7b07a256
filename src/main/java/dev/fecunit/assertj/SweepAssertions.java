package dev.fecunit.assertj;

import dev.fecunit.sweep.Sweep;

/**
 * {@link FecAssertions} plus the entry point for sweeps: one static import gives the run vocabulary,
 * the sweep vocabulary and every AssertJ assertion.
 *
 * <pre>{@code
 * import static dev.fecunit.assertj.SweepAssertions.*;
 *
 * assertThat(sweep).everyFecConfigLosesFewerFramesThanTheBaseline();
 * assertThat(fec).losesFewerFramesThan(baseline);
 * }</pre>
 */
public class SweepAssertions extends FecAssertions {

    /** For subclasses that add their own entry points. */
    protected SweepAssertions() {
    }

    /**
     * Starts assertions on a sweep.
     *
     * @param actual the sweep under test
     * @return the sweep's assert
     */
    public static SweepAssert assertThat(Sweep actual) {
        return new SweepAssert(actual);
    }
}
