package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.report.Report;
import dev.fecunit.report.ReportFiles;
import dev.fecunit.testing.TwoBurstRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-burst table and freezes in the report, on the hand-worked run of
 * {@code dev.fecunit.assertj.FreezeAndBurstAssertionsTest}: window 0..8 s, bursts 2.0-3.0 s and
 * 6.0-7.5 s, a frame every 100 ms (latency 50 ms) except ids 25-28 (burst 1), 32, 34, 36 and 45-48.
 * Burst 1: 10 expected, 4 lost, recovered after 2 s (3 s before burst 2); burst 2: 15 expected, none lost, no whole second
 * before the end (0.5 s). Freezes 2.36-2.86 s and 4.36-4.86 s.
 */
class BurstSectionsTest {

    @TempDir
    Path dir;

    private Run run(String name) {
        return TwoBurstRun.load(dir, name, TwoBurstRun.LOST);
    }

    @Test
    void summaryJsonHasTheBurstsTheirTotalsAndTheFreezes() throws Exception {
        ReportFiles files = Report.write(List.of(run("fec")), dir.resolve("report"));
        String json = Files.readString(files.summaryJson()).replaceAll("\\s+", " ");

        assertThat(json).contains("\"bursts\": [ { \"burst\": 1, \"start_s\": 2, \"end_s\": 3, \"duration_s\": 1,"
                        + " \"frames_received\": 6, \"frames_expected\": 10, \"frames_lost\": 4, \"gap_events\": 1,")
                .contains("\"longest_gap_frames\": 4, \"longest_gap_ms\": 500, \"freeze_count\": 1,"
                        + " \"total_freezes_duration_s\": 0.5, \"recovery\": \"recovered\", \"time_to_recover_s\": 2,"
                        + " \"recovery_limit_s\": 3 }")
                .contains("{ \"burst\": 2, \"start_s\": 6, \"end_s\": 7.5, \"duration_s\": 1.5, \"frames_received\": 15,"
                        + " \"frames_expected\": 15, \"frames_lost\": 0,")
                .contains("\"recovery\": \"not_before_end\", \"time_to_recover_s\": null, \"recovery_limit_s\": 0.5 }")
                .contains("\"burst_totals\": { \"start_s\": 2, \"end_s\": 7.5, \"duration_s\": 2.5, \"frames_received\": 21,"
                        + " \"frames_expected\": 25, \"frames_lost\": 4,")
                .contains("\"steady_totals\": { \"start_s\": 0,")
                .contains("\"freezes\": { \"freeze_count\": 2, \"total_freezes_duration_s\": 1,")
                .contains("\"during_bursts\": { \"freeze_count\": 1,", "\"outside_bursts\": { \"freeze_count\": 1,")
                .contains("\"list\": [ { \"from_s\": 2.36, \"to_s\": 2.86, \"duration_s\": 0.5 },"
                        + " { \"from_s\": 4.36, \"to_s\": 4.86, \"duration_s\": 0.5 } ]");
    }

    @Test
    void indexHtmlShowsTheTableAndTheFreezesEscaped() throws Exception {
        ReportFiles files = Report.write(List.of(run("a<b")), dir.resolve("report"));
        String html = Files.readString(files.html());

        assertThat(html).contains("<h3>a&lt;b (2 bursts)</h3>")
                .contains("Normal delivery: 9.0\u201311.0 fps, p95 latency \u2264 75.0 ms (from the medians of 5 steady seconds).")
                .contains("<tr data-from=\"2\" data-to=\"3\"><td>1</td><td class=\"num\">2.0\u20133.0</td><td class=\"num\">10</td><td class=\"num\">4</td>")
                .contains("<td class=\"num\">not before end (0.5 s)</td>")
                .contains("<tr><td>all bursts</td><td class=\"num\">2.0\u20137.5</td><td class=\"num\">25</td><td class=\"num\">4</td>")
                .contains("<td class=\"num\">longest 2 s</td>")
                .contains("<tr><td>freezes</td><td class=\"num\">2</td></tr>")
                .contains("<tr><td>total freeze time s</td><td class=\"num\">1.00</td></tr>")
                .contains("<tr><td>freezes ending during bursts</td><td class=\"num\">1</td></tr>")
                .doesNotContain("a<b");
    }

    @Test
    void summaryLinesFollowTheTable() {
        assertThat(BurstSections.summaryLines(List.of(run("baseline"), run("fec")))).isEqualTo("""
                freezes: baseline 2 (1.00 s), fec 2 (1.00 s)
                frames lost in bursts: baseline 4 of 25, fec 4 of 25
                bursts recovered: baseline 1 of 2 (longest 2 s), fec 1 of 2 (longest 2 s)
                """);
        assertThat(BurstSections.summaryLines(List.of())).isEmpty();
    }
}
