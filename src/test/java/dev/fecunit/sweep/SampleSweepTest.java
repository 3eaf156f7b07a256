package dev.fecunit.sweep;

import dev.fecunit.internal.report.SweepSummaryCsv;

import dev.fecunit.internal.sweep.SweepVerdicts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated sample sweep {@code example-tests/runs/sweep-small} (burst loss 0.15/0.30/0.50; rate 30, two masks). */
class SampleSweepTest {

    static final Path SWEEP_SMALL = Path.of("example-tests/runs/sweep-small");

    @Test
    void everyCellIsUsableAndTheLossLevelsAreBurstLossFractions() {
        Sweep sweep = Sweep.load(SWEEP_SMALL);

        assertThat(sweep.diagnostics()).isEmpty();
        assertThat(sweep.figures().skipped()).isEmpty();
        assertThat(sweep.figures().configs()).containsExactly("baseline", "FEC r30/bursty", "FEC r30/random");
        assertThat(sweep.lossLevels()).containsExactly(0.15, 0.30, 0.50);
        assertThat(sweep.baselinePairs()).hasSize(6);
        assertThat(sweep.figures().lossIsInjectedDrop()).isFalse();
    }

    @Test
    void aCellsCsvRowIsTheOneTheSeedsFiguresGive() throws Exception {
        String expected = Files.readString(
                Path.of("src/test/resources/golden/sweep/sweep-small-cell_loss0.30_rate30_random.csv-row.txt"),
                StandardCharsets.UTF_8).strip();

        String csv = SweepSummaryCsv.render(Sweep.load(SWEEP_SMALL).figures());

        assertThat(Arrays.asList(csv.split("\r\n"))).contains(expected);
    }

    @Test
    void namesTheFecConfigsThatDoNotBeatTheBaseline() {
        SweepVerdicts verdicts = SweepVerdicts.of(Sweep.load(SWEEP_SMALL));

        assertThat(verdicts.fecNotBeatingBaseline()).extracting(c -> c.fec().cell().toString()).containsExactly(
                "FEC r30/bursty at loss 0.15 (cell_loss0.15_rate30_bursty/fec)",
                "FEC r30/random at loss 0.15 (cell_loss0.15_rate30_random/fec)",
                "FEC r30/random at loss 0.50 (cell_loss0.50_rate30_random/fec)");
        assertThat(verdicts.fecCellsWithoutBaseline()).isEmpty();
        assertThat(verdicts.protectionSteps()).isEmpty();
    }
}
