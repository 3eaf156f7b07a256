package dev.fecunit.assertj;

import dev.fecunit.Run;

/**
 * Assertions on a {@link Run}; see {@link AbstractRunAssert} for the vocabulary. Not final, so that
 * soft assertions can proxy it and teams can add their own verbs.
 *
 * <pre>{@code
 * import static dev.fecunit.assertj.FecAssertions.assertThat;
 *
 * assertThat(fec).losesFewerFramesThan(baseline);
 * }</pre>
 */
public class RunAssert extends AbstractRunAssert<RunAssert, Run> {

    /**
     * Creates an assert on {@code actual}; most code calls {@link FecAssertions#assertThat(Run)}.
     *
     * <pre>{@code
     * new RunAssert(fec).hasNoFrameGaps();
     * }</pre>
     *
     * @param actual the run under test
     */
    public RunAssert(Run actual) {
        super(actual, RunAssert.class);
    }
}
