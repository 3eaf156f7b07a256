package dev.fecunit.assertj;

import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.RunMeta;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatCode;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/** isWellFormed() / hasNoDiagnostics(): refuse a broken run instead of judging it. */
class DataQualityTest extends AbTest {

    /** frames.csv lines 2..4 are good; lines 3 + k (k = 1..badRows) have 2 fields instead of 5. */
    private Run withBadRows(String name, int badRows, boolean withEnd) {
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve(name));
        if (withEnd) {
            b.window(0, 4_000_000);
        } else {
            b.windowWithoutEnd(0);
        }
        b.frame(60_000, 1, 10_000).frame(160_000, 2, 110_000);
        for (int k = 0; k < badRows; k++) {
            b.rawFrameLine("260000,3");
        }
        return b.frame(360_000, 4, 310_000).load();
    }

    @Test
    void well_formed_runs_pass() {
        assertThatCode(() -> assertThat(fec).isWellFormed().hasNoDiagnostics()).doesNotThrowAnyException();
    }

    @Test
    void hasNoDiagnostics_lists_them_as_file_line_message() {
        Run broken = withBadRows("broken", 2, true);
        assertThatThrownBy(() -> assertThat(broken).hasNoDiagnostics())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""

                        Expecting run:
                          broken (%s)
                        to have no diagnostics,
                        but 2 lines were skipped or corrected while reading it:
                          frames.csv:4: row has 2 fields but the header has 5; row skipped
                          frames.csv:5: row has 2 fields but the header has 5; row skipped"""
                        .formatted(broken.path()));
    }

    @Test
    void a_long_list_of_diagnostics_is_capped_with_a_count() {
        Run broken = withBadRows("very-broken", 13, true);
        assertThatThrownBy(() -> assertThat(broken).hasNoDiagnostics())
                .hasMessageContaining("but 13 lines were skipped or corrected while reading it:\n")
                .hasMessageEndingWith("\n  frames.csv:13: row has 2 fields but the header has 5; row skipped"
                        + "\n  ... and 3 more (run.diagnostics() lists them all)");
    }

    @Test
    void a_single_diagnostic_reads_in_the_singular() {
        Run broken = withBadRows("one-bad-row", 1, true);
        assertThatThrownBy(() -> assertThat(broken).hasNoDiagnostics())
                .hasMessageContaining("but 1 line was skipped or corrected while reading it:\n"
                        + "  frames.csv:4: row has 2 fields but the header has 5; row skipped");
    }

    @Test
    void isWellFormed_also_refuses_a_run_without_T1() {
        Run died = withBadRows("died", 1, false);
        assertThatThrownBy(() -> assertThat(died).isWellFormed())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""

                        Expecting run:
                          died (%s)
                        to be well formed (T1_US in meta.env, no line skipped or corrected),
                        but it has 2 problems:
                          meta.env: T1_US is missing: the run did not finish, so the measurement window has no end \
                        and everything after T0_US is judged
                          frames.csv:4: row has 2 fields but the header has 5; row skipped"""
                        .formatted(died.path()));
    }

    @Test
    void isWellFormed_refuses_a_run_assembled_without_T1_even_without_diagnostics() {
        Run inMemory = new Run(dir.resolve("in-memory"), new RunMeta(Map.of("T0_US", "0"), 0, OptionalLong.empty()),
                Frames.empty(), List.of(), List.of(), List.of(), List.of());
        assertThatCode(() -> assertThat(inMemory).hasNoDiagnostics()).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(inMemory).isWellFormed())
                .hasMessageEndingWith("""
                        but it has 1 problem:
                          meta.env: no T1_US, so the measurement window has no end (the run died before finishing)""");
    }
}
