package examples;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * Refuse a broken run instead of judging it: a harness that died half-way leaves a run without
 * {@code T1_US} and with half-written lines, whose figures mean little. {@code isWellFormed()} first
 * turns that into a failure that lists what is wrong.
 */
class DataQualityTest {

    @Test
    void theSampleRunsAreWellFormed(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
        assertThat(baseline).isWellFormed();
        assertThat(fec).hasNoDiagnostics();   // only the lines; isWellFormed() also wants T1_US
    }

    /**
     * {@code defects/fec} died during a burst (no {@code T1_US}), had an SFU restart and malformed
     * lines (see {@code example-tests/runs/defects/DEFECTS.md}). In your tests you would write
     * {@code assertThat(run).isWellFormed()} and let it fail; here the failure is expected, so that the
     * build stays green.
     */
    @Test
    void aBrokenRunIsRefused(@RunDir("defects/fec") Run broken) {
        assertThatThrownBy(() -> assertThat(broken).isWellFormed())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be well formed (T1_US in meta.env, no line skipped or corrected)")
                .hasMessageContaining("meta.env: T1_US is missing")
                .hasMessageContaining("frames.csv:1044: row has 3 fields but the header has 5");
        // what was skipped or corrected is also a plain list to assert on
        assertThat(broken).diagnostics().extracting(Diagnostic::file).contains("meta.env", "frames.csv", "prom.tsv");
    }
}
