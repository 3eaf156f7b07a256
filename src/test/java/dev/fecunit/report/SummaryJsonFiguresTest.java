package dev.fecunit.report;

import dev.fecunit.Run;
import dev.fecunit.analysis.FiguresTestRuns;
import dev.fecunit.internal.report.SummaryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON summary and index.html list the catalogue's summary figures: the seed's, the rates, then the recovery figures. */
class SummaryJsonFiguresTest {

    @Test
    void recovery_and_condition_figures_follow_the_seed_keys_in_the_summary(@TempDir Path dir) {
        Run run = FiguresTestRuns.recoveryRun(dir);
        String json = SummaryJson.render(List.of(run));
        // 55 lost packets not repaired / 10.000001 s (the window holds both ends) = 5.499999450000056
        assertThat(json).contains(
                "        \"packet_loss_total\": 107,\n"
                + "        \"frame_loss_pct\": 0,\n"
                + "        \"recovery_rate_pct\": 20,\n"
                + "        \"fec_recovery_success_pct\": 75,\n"
                + "        \"loss_repaired_by_fec_pct\": 45,\n"
                + "        \"residual_loss_per_second\": 5.499999450000056,\n"
                + "        \"fec_overhead_pct\": 25,\n"
                + "        \"network_loss_pct\": 10\n"
                + "      },");
    }

    @Test
    void index_html_shows_the_recovery_and_condition_figures_with_the_catalogue_precision(@TempDir Path dir)
            throws java.io.IOException {
        Run run = FiguresTestRuns.recoveryRun(dir.resolve("fec"));
        ReportFiles files = Report.write(List.of(run), dir.resolve("out"));
        String html = java.nio.file.Files.readString(files.html());
        assertThat(html).contains("<td>fec_recovery_success_pct</td><td class=\"num\">75.0</td>")
                .contains("<td>residual_loss_per_second</td><td class=\"num\">5.50</td>")
                .contains("<td>network_loss_pct</td><td class=\"num\">10.00</td>");
    }
}
