package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTableTest {

    @TempDir
    Path dir;

    private Run run(String name, long lastId, int lost, long recovered) {
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve(name)).window(0, 100_000_000);
        for (long id = 1; id <= lastId; id++) {
            if (id > 10 && id <= 10 + lost) {
                continue;
            }
            builder.frame(id * 100_000 + 40_250, id, id * 100_000);
        }
        return builder
                .counter("livekit_flexfec_packet_total{state=\"recovered\"}", 1_000_000, 0)
                .counter("livekit_flexfec_packet_total{state=\"recovered\"}", 2_000_000, recovered)
                .load();
    }

    @Test
    void rendersTheSeedsTableAndComparison() {
        String table = SummaryTable.render(List.of(run("baseline", 20, 3, 0), run("fec", 20, 1, 12)));

        assertThat(table).isEqualTo(""
                + "metric                          baseline             fec\n"
                + "--------------------------------------------------------\n"
                + "frames_received                       17              19\n"
                + "frames_expected                       20              20\n"
                + "frames_lost                            3               1\n"
                + "gap_events                             1               1\n"
                + "latency_mean_ms                     40.2            40.2\n"
                + "latency_p50_ms                      40.2            40.2\n"
                + "latency_p95_ms                      40.2            40.2\n"
                + "latency_p99_ms                      40.2            40.2\n"
                + "fec_received                           0               0\n"
                + "fec_recovery_attempts                  0               0\n"
                + "fec_recovered                          0              12\n"
                + "fec_recovery_failed                    0               0\n"
                + "fec_unused                             0               0\n"
                + "fec_invalid                            0               0\n"
                + "nack_total                             0               0\n"
                + "packet_loss_total                      0               0\n"
                + "\n"
                + "frames lost reduced 3 -> 1 with FlexFEC\n"
                + "SFU recovered 12 packets via FlexFEC\n");
    }

    @Test
    void printsNanForFiguresWithoutDataAndNoComparisonForOneRun() {
        Run empty = RunDirectoryBuilder.in(dir.resolve("empty")).window(0, 1_000_000).load();

        String table = SummaryTable.render(List.of(empty));

        assertThat(table).contains("latency_mean_ms                      nan\n")
                .endsWith("packet_loss_total                      0\n");
    }

    @Test
    void longRunNamesWidenTheHeaderAsPythonsRjustDoes() {
        String table = SummaryTable.render(List.of(run("a-very-long-run-name-xyz", 5, 0, 0)));

        assertThat(table.lines().findFirst()).contains("metric                  a-very-long-run-name-xyz");
    }
}
