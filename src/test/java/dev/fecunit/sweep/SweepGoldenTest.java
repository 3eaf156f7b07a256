package dev.fecunit.sweep;

import dev.fecunit.internal.report.SweepSummaryCsv;
import dev.fecunit.internal.report.SweepTable;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity with the sweep script on {@code sweep-shaped}, a sweep with the script's own outputs
 * ({@code expected-sweep_summary.csv}, {@code expected-stdout.txt}) committed beside it.
 */
class SweepGoldenTest {

    static Path sweepShaped() throws URISyntaxException {
        return Path.of(SweepGoldenTest.class.getResource("/sweep-shaped/manifest.tsv").toURI()).getParent();
    }

    @Test
    void csvIsByteIdenticalToTheScripts() throws Exception {
        Path sweep = sweepShaped();

        String csv = SweepSummaryCsv.render(Sweep.load(sweep).figures());

        assertThat(csv).isEqualTo(Files.readString(sweep.resolve("expected-sweep_summary.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void tableIsByteIdenticalToTheScripts() throws Exception {
        Path sweep = sweepShaped();
        List<String> stdout = Files.readAllLines(sweep.resolve("expected-stdout.txt"), StandardCharsets.UTF_8);
        String expectedTable = String.join("\n", stdout.subList(3, stdout.size())) + "\n";

        String table = SweepTable.render(Sweep.load(sweep).figures());

        assertThat(stdout.subList(0, 3)).containsExactly("report:  ./sweep_report.png", "summary: ./sweep_summary.csv", "");
        assertThat(table).isEqualTo(expectedTable);
    }

    @Test
    void everyCellOfTheReferenceSweepIsUsable() throws Exception {
        Sweep sweep = Sweep.load(sweepShaped());

        assertThat(sweep.diagnostics()).isEmpty();
        assertThat(sweep.figures().skipped()).isEmpty();
        assertThat(sweep.figures().cells()).hasSize(9);
        assertThat(sweep.figures().lossIsInjectedDrop()).isFalse();
    }
}
